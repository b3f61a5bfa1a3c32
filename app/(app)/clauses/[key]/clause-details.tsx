import { getTranslations } from "next-intl/server";
import type { Clause, ClauseSource } from "@/lib/domain/clauses/clause-model";
import { formatParameterValue } from "@/lib/domain/clauses/render-clause";
import type { Locale } from "@/lib/i18n/config";

/** Guidance, legal basis and sources, applicability and parameters of one version. */
export async function ClauseDetails({ clause, language }: { clause: Clause; language: Locale }) {
  const [t, tLibrary, tTenders] = await Promise.all([
    getTranslations("clauses.view"),
    getTranslations("clauseLibrary"),
    getTranslations("tenders"),
  ]);
  const content = clause.content[language];
  const list = (items: readonly string[]) => (items.length === 0 ? t("any") : items.join(", "));
  return (
    <>
      <section aria-labelledby="guidance-heading" className="mb-10">
        <h2 id="guidance-heading" className="mb-2">
          {t("guidance")}
        </h2>
        <dl>
          {(["why", "whenToUse", "pitfalls"] as const).map((part) => (
            <div key={part} className="mb-4">
              <dt className="font-semibold">{t(part)}</dt>
              <dd lang={language}>{content.guidance[part]}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section aria-labelledby="sources-heading" className="mb-10">
        <h2 id="sources-heading" className="mb-2">
          {t("legalBasis")}
        </h2>
        <Sources sources={clause.legalBasis} none={t("none")} />
        <h3 className="mt-4 mb-2 text-lg">{t("sources")}</h3>
        <Sources sources={clause.sources} none={t("none")} />
      </section>

      <section aria-labelledby="applicability-heading" className="mb-10">
        <h2 id="applicability-heading" className="mb-2">
          {t("applicability")}
        </h2>
        <dl>
          <dt className="font-semibold">{t("natures")}</dt>
          <dd className="mb-2">
            {list(clause.applicability.contractNatures.map((nature) => tTenders(`nature.${nature}.name`)))}
          </dd>
          <dt className="font-semibold">{t("procedures")}</dt>
          <dd className="mb-2">
            {list(clause.applicability.procedureTypes.map((type) => tTenders(`procedure.${type}.name`)))}
          </dd>
          <dt className="font-semibold">{t("cpv")}</dt>
          <dd>{list(clause.applicability.cpvPrefixes)}</dd>
        </dl>
      </section>

      <section aria-labelledby="parameters-heading" className="mb-10">
        <h2 id="parameters-heading" className="mb-2">
          {t("parameters")}
        </h2>
        {clause.parameters.length === 0 ? (
          <p>{t("noParameters")}</p>
        ) : (
          <table className="w-full border-collapse text-left">
            <caption className="sr-only">{t("parametersCaption")}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                {(["name", "kind", "default", "required"] as const).map((column) => (
                  <th key={column} scope="col" className="py-2 pr-4">
                    {t(`parameterColumns.${column}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {clause.parameters.map((parameter) => (
                <tr key={parameter.name} className="border-b border-line align-top">
                  <td className="py-3 pr-4">
                    {content.parameters[parameter.name]?.label ?? parameter.name}
                    <span className="text-muted block font-mono text-sm">{parameter.name}</span>
                  </td>
                  <td className="py-3 pr-4">{tLibrary(`parameterKind.${parameter.kind}`)}</td>
                  <td className="py-3 pr-4">
                    {parameter.default === undefined
                      ? t("none")
                      : formatParameterValue(
                          parameter,
                          parameter.default,
                          language,
                          content.parameters[parameter.name]?.options,
                        )}
                  </td>
                  <td className="py-3 pr-4">{parameter.required ? t("yes") : t("no")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}

function Sources({ sources, none }: { sources: readonly ClauseSource[]; none: string }) {
  if (sources.length === 0) return <p>{none}</p>;
  return (
    <ul className="list-disc pl-6">
      {sources.map((source) => (
        <li key={`${source.citation}-${source.url}`}>
          <a href={source.url}>{source.citation}</a>
        </li>
      ))}
    </ul>
  );
}
