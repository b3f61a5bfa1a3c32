import { getTranslations } from "next-intl/server";
import { clauseVersionDiff } from "@/lib/domain/clauses/clause-version-diff";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { hasChanges } from "@/lib/domain/clauses/text-diff";
import type { Locale } from "@/lib/i18n/config";
import { DiffText } from "@/components/ui/diff-text";

/** What changed between a version and the one before it, in the preview language. */
export async function ClauseDiff({ older, newer, locale }: { older: Clause; newer: Clause; locale: Locale }) {
  const t = await getTranslations("clauses.view");
  const tLanguage = await getTranslations("clauses.language");
  const diff = clauseVersionDiff(older, newer, locale);
  const marks = { inserted: t("inserted"), deleted: t("deleted") };
  const textChanged = hasChanges(diff.title) || hasChanges(diff.body);
  return (
    <section aria-labelledby="diff-heading" className="mb-10 border-l-8 border-brand pl-4">
      <h2 id="diff-heading" className="mb-2">
        {t("diff", { version: newer.version })}
      </h2>
      <p className="text-muted mb-4">{t("diffLead", { previous: older.version, language: tLanguage(locale) })}</p>
      {textChanged ? (
        <>
          <h3 className="mb-1 text-lg">{t("diffTitle")}</h3>
          <DiffText parts={diff.title} {...marks} />
          <h3 className="mt-4 mb-1 text-lg">{t("diffBody")}</h3>
          <DiffText parts={diff.body} {...marks} />
        </>
      ) : (
        <p>{t("noTextChange")}</p>
      )}
      {diff.parameters.length > 0 ? (
        <>
          <h3 className="mt-4 mb-1 text-lg">{t("parameterChanges")}</h3>
          <ul className="list-disc pl-6">
            {diff.parameters.map((change) => (
              <li key={change.name}>
                {t(`parameterChange.${change.change}`, { name: change.label })}
                {change.aspects.includes("default")
                  ? ` (${t("defaultChange", { before: change.defaultBefore ?? "—", after: change.defaultAfter ?? "—" })})`
                  : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {diff.otherChanges.length > 0 ? (
        <>
          <h3 className="mt-4 mb-1 text-lg">{t("otherChanges")}</h3>
          <ul className="list-disc pl-6">
            {diff.otherChanges.map((field) => (
              <li key={field}>{t(`other.${field}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
