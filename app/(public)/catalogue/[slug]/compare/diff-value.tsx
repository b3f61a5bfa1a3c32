import { getFormatter, getTranslations } from "next-intl/server";
import type { QualityScale } from "@/lib/domain/tender/criteria-tree";

/** One value of the intended use or the award settings, written for the reader, before or after a change. */
export async function DiffValue({ field, value }: { field: string; value: unknown }) {
  const [t, tTemplate, tTender, format] = await Promise.all([
    getTranslations("catalogue.compare"),
    getTranslations("catalogue.template"),
    getTranslations("tenders"),
    getFormatter(),
  ]);
  const euros = (cents: number | null) =>
    cents === null ? "—" : format.number(cents / 100, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });
  if (value === null || value === undefined) return <em>{t("none")}</em>;
  switch (field) {
    case "category":
      return <>{(await getTranslations("catalogue.categories"))(String(value))}</>;
    case "contractNature":
      return <>{tTender(`nature.${String(value)}.name`)}</>;
    case "procedureTypes":
      return <>{(value as string[]).map((procedure) => tTender(`procedure.${procedure}.name`)).join(", ")}</>;
    case "cpvPrefixes":
      return <span className="font-mono">{(value as string[]).join(", ") || "—"}</span>;
    case "valueRange": {
      const range = value as { minCents: number | null; maxCents: number | null };
      return <>{`${euros(range.minCents)} – ${euros(range.maxCents)}`}</>;
    }
    case "qualityScale": {
      const scale = value as QualityScale;
      return <>{`${tTemplate("qualityScale", { max: scale.max })}: ${scale.descriptors.join(" / ")}`}</>;
    }
    case "scoreAggregation":
      return <>{tTender(`criteria.rules.aggregation.${String(value)}.label`)}</>;
    case "discountRatePercent":
      return <>{tTemplate("percent", { value: format.number(Number(value), { maximumFractionDigits: 2 }) })}</>;
    case "tcoHorizonYears":
      return <>{tTemplate("years", { count: Number(value) })}</>;
    default:
      return <>{typeof value === "object" ? JSON.stringify(value) : String(value)}</>;
  }
}
