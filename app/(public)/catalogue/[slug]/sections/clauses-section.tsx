import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import { CLAUSE_STATUSES } from "@/lib/domain/clauses/clause-model";
import type { Locale } from "@/lib/i18n/config";
import type { TemplateClauseView } from "../load-template-page";
import { TemplateSection } from "./section";

/**
 * The clauses as they read in a tender started from the template, with its default parameters,
 * grouped by what the template makes of them: mandatory, recommended, optional.
 */
export async function ClausesSection({ clauses, locale }: { clauses: TemplateClauseView[]; locale: Locale }) {
  const [t, tCategory] = await Promise.all([
    getTranslations("catalogue.template"),
    getTranslations("clauseLibrary.category"),
  ]);
  return (
    <TemplateSection id="clauses" title={t("sections.clauses")}>
      <p className="mb-4 max-w-3xl">{t("clausesLead")}</p>
      {CLAUSE_STATUSES.map((status) => {
        const group = clauses.filter((clause) => clause.status === status);
        if (group.length === 0) return null;
        return (
          <div key={status} className="mb-6">
            <h3 className="mb-1 text-xl">{t(`clauseStatus.${status}.title`, { count: group.length })}</h3>
            <p className="text-muted mb-3">{t(`clauseStatus.${status}.hint`)}</p>
            <ul className="space-y-3">
              {group.map((clause) => (
                <li key={clause.key} className="rounded border border-line p-4">
                  {clause.rendered ? (
                    <details>
                      <summary className="cursor-pointer">
                        <span lang={locale} className="font-semibold">
                          {clause.rendered.title}
                        </span>
                        {clause.category ? (
                          <span className="text-muted ml-2 text-sm">{tCategory(clause.category)}</span>
                        ) : null}
                      </summary>
                      <div lang={locale} className="mt-3">
                        <Markdown>{clause.rendered.body}</Markdown>
                      </div>
                    </details>
                  ) : (
                    <p>{t("clauseMissing", { key: clause.key, version: clause.version })}</p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </TemplateSection>
  );
}
