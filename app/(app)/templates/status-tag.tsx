import { getTranslations } from "next-intl/server";
import type { TemplateStatus } from "@/lib/domain/templates/lifecycle";

const CLASSES: Record<TemplateStatus, string> = {
  DRAFT: "bg-surface text-ink border border-ink",
  PUBLISHED: "bg-green-100 text-green-900",
  DEPRECATED: "bg-red-100 text-danger",
};

/** The template's status in words (not colour alone). */
export async function StatusTag({ status }: { status: TemplateStatus }) {
  const t = await getTranslations("templates.status");
  return <strong className={`rounded px-2 py-1 text-sm ${CLASSES[status]}`}>{t(status)}</strong>;
}
