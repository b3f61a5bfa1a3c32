import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { SummaryList } from "@/components/ui/summary-list";
import type { TemplateIntendedUse } from "@/lib/domain/templates/template-content";
import { isLocale } from "@/lib/i18n/config";
import { getCpvIndex } from "@/lib/server/cpv/cpv-index";
import { TemplateSection } from "./section";

/** What the template is for: the facts the catalogue's filters read. */
export async function IntendedUseSection({ intendedUse }: { intendedUse: TemplateIntendedUse }) {
  const [t, tNature, tProcedure, format, locale] = await Promise.all([
    getTranslations("catalogue.template"),
    getTranslations("tenders.nature"),
    getTranslations("tenders.procedure"),
    getFormatter(),
    getLocale(),
  ]);
  const tCategory = await getTranslations("templates.categories");
  const cpvLocale = isLocale(locale) ? locale : "en";
  const index = getCpvIndex();
  const euros = (cents: number) =>
    format.number(cents / 100, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  const { minCents, maxCents } = intendedUse.valueRange;
  const range =
    minCents !== null && maxCents !== null
      ? t("valueBetween", { min: euros(minCents), max: euros(maxCents) })
      : minCents !== null
        ? t("valueFrom", { min: euros(minCents) })
        : maxCents !== null
          ? t("valueUpTo", { max: euros(maxCents) })
          : t("valueAny");
  return (
    <TemplateSection id="intended-use" title={t("sections.intended-use")}>
      <SummaryList
        rows={[
          { key: "category", label: t("category"), value: tCategory(intendedUse.category) },
          {
            key: "nature",
            label: t("contractNature"),
            value: intendedUse.contractNature ? tNature(`${intendedUse.contractNature}.name`) : t("notStated"),
          },
          {
            key: "cpv",
            label: t("cpvPrefixes"),
            value:
              intendedUse.cpvPrefixes.length === 0 ? (
                t("notStated")
              ) : (
                <ul>
                  {intendedUse.cpvPrefixes.map((prefix) => {
                    const entry = index.get(prefix.padEnd(8, "0"));
                    return (
                      <li key={prefix}>
                        <span className="font-mono">{prefix}</span>
                        {entry ? ` – ${entry.labels[cpvLocale]}` : null}
                      </li>
                    );
                  })}
                </ul>
              ),
          },
          {
            key: "procedures",
            label: t("procedures"),
            value:
              intendedUse.procedureTypes.length === 0
                ? t("notStated")
                : intendedUse.procedureTypes.map((procedure) => tProcedure(`${procedure}.name`)).join("\n"),
          },
          { key: "value", label: t("valueRange"), value: range },
        ]}
      />
    </TemplateSection>
  );
}
