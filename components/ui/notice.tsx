import type { ReactNode } from "react";

type Tone = "info" | "success" | "danger";

const TONE_CLASSES: Record<Tone, string> = {
  info: "border-brand bg-blue-50",
  success: "border-success bg-green-50",
  danger: "border-danger bg-red-50",
};

/** A bordered message; `role="status"` makes screen readers announce changes politely. */
export function Notice({
  tone = "info",
  title,
  children,
  live = false,
}: {
  tone?: Tone;
  title?: string;
  children?: ReactNode;
  live?: boolean;
}) {
  return (
    <div className={`mb-6 border-l-8 p-4 ${TONE_CLASSES[tone]}`} role={live ? "status" : undefined}>
      {title ? <p className="font-bold">{title}</p> : null}
      {children}
    </div>
  );
}
