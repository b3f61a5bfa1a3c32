"use client";
import { useTranslations } from "next-intl";
import { SEAL_CODES, SEAL_LEVELS } from "@/lib/domain/tender/sovereignty";

/** What the five SEAL levels mean, folded away for those who know them already. */
export function SealLevelsHelp() {
  const t = useTranslations("tenders.sovereignty");
  return (
    <details className="bg-surface mb-6 rounded border border-line p-4">
      <summary className="cursor-pointer font-semibold">{t("sealHelp.summary")}</summary>
      <p className="mt-3">{t("sealHelp.intro")}</p>
      <dl className="mt-3 space-y-2">
        {SEAL_LEVELS.map((level) => (
          <div key={level}>
            <dt className="font-semibold">{t("sealLevel", { level, name: t(`seal.${SEAL_CODES[level]}.name`) })}</dt>
            <dd>{t(`seal.${SEAL_CODES[level]}.description`)}</dd>
          </div>
        ))}
      </dl>
      <p className="mt-3">{t("sealHelp.guidance")}</p>
    </details>
  );
}
