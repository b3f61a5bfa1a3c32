import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import type { TemplateClause } from "@/lib/domain/templates/template-content";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";

/**
 * The optional clauses of the template's latest version: not put into the tender, only suggested;
 * the drafter adds those that fit from the clauses page's library.
 */
export async function OfferedClauses({
  tenderId,
  offered,
}: {
  tenderId: string;
  offered: readonly { clause: TemplateClause; definition: Clause | undefined }[];
}) {
  if (offered.length === 0) return null;
  const [t, locale] = await Promise.all([getTranslations("templateReuse.updates"), getLocale()]);
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return (
    <section aria-labelledby="offered-clauses-heading" className="mb-10">
      <h2 id="offered-clauses-heading" className="mb-3 text-xl">
        {t("offeredHeading")}
      </h2>
      <p className="mb-3">{t("offeredIntro")}</p>
      <ul className="mb-3 list-disc pl-6">
        {offered.map(({ clause, definition }) => (
          <li key={clause.key}>{definition?.content[language].title ?? clause.key}</li>
        ))}
      </ul>
      <p>
        <Link href={`/tenders/${tenderId}/clauses`}>{t("offeredLink")}</Link>
      </p>
    </section>
  );
}
