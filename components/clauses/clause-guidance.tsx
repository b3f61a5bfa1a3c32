"use client";
import { useTranslations } from "next-intl";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { Locale } from "@/lib/i18n/config";

/** Why, when and the pitfalls of a clause, for the drafter. */
export function ClauseGuidance({ clause, locale }: { clause: Clause; locale: Locale }) {
  const t = useTranslations("tenders.clauses");
  const { why, whenToUse, pitfalls } = clause.content[locale].guidance;
  return (
    <dl className="mt-2 space-y-2">
      <dt className="font-semibold">{t("why")}</dt>
      <dd>{why}</dd>
      <dt className="font-semibold">{t("whenToUse")}</dt>
      <dd>{whenToUse}</dd>
      <dt className="font-semibold">{t("pitfalls")}</dt>
      <dd>{pitfalls}</dd>
    </dl>
  );
}
