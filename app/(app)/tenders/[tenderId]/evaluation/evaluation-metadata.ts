import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireEvaluation } from "@/lib/server/evaluation/require-evaluation";

/**
 * An evaluation page's title: its own (`title` in its namespace) and the tender's reference,
 * behind the same access check as the page, so a refused viewer learns nothing from the tab.
 */
export async function evaluationMetadata(
  params: Promise<{ tenderId: string }>,
  access: Parameters<typeof requireEvaluation>[1],
  namespace: "evaluation.overview" | "evaluation.panel" | "evaluation.declaration" | "evaluation.scoring",
): Promise<Metadata> {
  const [context, t] = await Promise.all([
    requireEvaluation((await params).tenderId, access),
    getTranslations(namespace),
  ]);
  return { title: `${t("title")} · ${context.tender.reference}` };
}
