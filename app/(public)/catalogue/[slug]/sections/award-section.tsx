import { getFormatter, getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import { ScrollTable } from "@/components/ui/scroll-table";
import { SummaryList } from "@/components/ui/summary-list";
import { TableHead } from "@/components/ui/table-head";
import { COST_FORMULA_RULES } from "@/lib/domain/tender/cost-formulas";
import { flattenCriteria, usesQualityScale, type AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { Locale } from "@/lib/i18n/config";
import { TemplateSection } from "./section";

/** The award criteria tree with its weights, the cost formula, and the scoring rules. */
export async function AwardSection({ award, locale }: { award: AwardCriteria; locale: Locale }) {
  const [t, tTender, format] = await Promise.all([
    getTranslations("catalogue.template"),
    getTranslations("tenders"),
    getFormatter(),
  ]);
  const rows = flattenCriteria(award.criteria);
  const parents = new Map(
    rows.flatMap(({ criterion }) => (criterion.children ?? []).map((c) => [c.key, criterion.name])),
  );
  const cost = rows.map((row) => row.criterion).find((criterion) => criterion.kind === "COST" && criterion.costFormula);
  return (
    <TemplateSection id="award" title={t("sections.award")}>
      <ScrollTable caption={t("criteriaCaption")} className="mb-6">
        <TableHead columns={[t("criterion"), t("criterionKind"), t("weight")]} />
        <tbody>
          {rows.map(({ criterion, depth }) => {
            const parent = parents.get(criterion.key);
            return (
              <tr key={criterion.key} className="border-b border-line align-top">
                <th scope="row" className={`py-3 pr-4 font-normal ${depth > 0 ? "pl-6" : "font-semibold"}`}>
                  <span lang={locale}>{criterion.name}</span>
                  {criterion.description ? (
                    <div lang={locale} className="text-muted mt-1 text-sm font-normal">
                      <Markdown>{criterion.description}</Markdown>
                    </div>
                  ) : null}
                </th>
                <td className="py-3 pr-4">{tTender(`criterionKind.${criterion.kind}`)}</td>
                <td className="py-3 whitespace-nowrap">
                  {parent ? (
                    <>
                      {t("percent", { value: criterion.weight })} <span lang={locale}>{t("weightOf", { parent })}</span>
                    </>
                  ) : (
                    t("percent", { value: criterion.weight })
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </ScrollTable>
      <SummaryList
        rows={[
          ...(cost?.costFormula
            ? [
                {
                  key: "formula",
                  label: t("costFormula"),
                  value: (
                    <>
                      {tTender(`criteria.formulas.${COST_FORMULA_RULES[cost.costFormula].code}`)}
                      <br />
                      <code>{COST_FORMULA_RULES[cost.costFormula].expression}</code>
                    </>
                  ),
                },
              ]
            : []),
          ...(usesQualityScale(award.criteria)
            ? [
                {
                  key: "scale",
                  label: t("qualityScale", { max: award.qualityScale.max }),
                  value: (
                    <ol lang={locale} start={0} className="list-decimal pl-6">
                      {award.qualityScale.descriptors.map((descriptor, score) => (
                        <li key={score} value={score}>
                          {descriptor}
                        </li>
                      ))}
                    </ol>
                  ),
                },
              ]
            : []),
          {
            key: "aggregation",
            label: t("scoreAggregation"),
            value: tTender(`criteria.rules.aggregation.${award.scoreAggregation}.label`),
          },
          {
            key: "discount",
            label: t("discountRate"),
            value: t("percent", { value: format.number(award.discountRatePercent, { maximumFractionDigits: 2 }) }),
          },
          { key: "horizon", label: t("tcoHorizon"), value: t("years", { count: award.tcoHorizonYears }) },
        ]}
      />
    </TemplateSection>
  );
}
