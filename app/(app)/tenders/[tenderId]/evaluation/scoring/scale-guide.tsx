import { getTranslations } from "next-intl/server";
import type { QualityScale } from "@/lib/domain/tender/criteria-tree";

/** The tender's scale with what each level means, as published: the yardstick for every score. */
export async function ScaleGuide({ scale }: { scale: QualityScale }) {
  const t = await getTranslations("evaluation.scoring");
  return (
    <details className="mb-10 border-l-4 border-line pl-4">
      <summary className="cursor-pointer font-semibold">{t("scaleSummary", { max: scale.max })}</summary>
      <dl className="mt-4 space-y-2">
        {Array.from({ length: scale.max + 1 }, (_, score) => (
          <div key={score} className="grid grid-cols-[4rem_1fr] gap-2">
            <dt className="font-semibold">{score}</dt>
            <dd>{scale.descriptors[score] || t("noDescriptor")}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
