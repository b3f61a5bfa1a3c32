"use client";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

/** The form's submit button; disabled while the action runs so that it is not sent twice. */
export function SubmitButton({
  pending,
  variant,
  children,
}: {
  pending: boolean;
  variant?: "primary" | "warning";
  children: ReactNode;
}) {
  return (
    <Button type="submit" variant={variant} disabled={pending}>
      {children}
    </Button>
  );
}
