import { getTranslations } from "next-intl/server";

/** Marks a clause that is no longer offered to tenders (its text stays readable). */
export async function RetiredBadge() {
  const t = await getTranslations("clauses.view");
  return (
    <strong className="ml-2 inline-block rounded border-2 border-ink px-2 text-sm font-semibold">
      {t("retiredBadge")}
    </strong>
  );
}
