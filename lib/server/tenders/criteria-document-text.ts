import "server-only";
import { createTranslator } from "next-intl";
import { QUALITY_ANCHORS_0_5 } from "@/lib/domain/tender/criteria-tree";
import { RECOMMENDED_PARTS, type RecommendedText } from "@/lib/domain/tender/recommended-criteria";
import type { Locale } from "@/lib/i18n/config";

/**
 * What the page offers as text of the tender documents (the recommended criteria's names and
 * descriptions, the quality scale's descriptors), in the documents' language rather than the
 * drafter's: a German tender drafted in English still gets German criteria.
 */
export async function documentText(locale: Locale) {
  const messages = (await import(`@/lib/i18n/messages/${locale}.json`)).default;
  const t = createTranslator({ locale, messages, namespace: "tenders.criteria.documentText" });
  return {
    anchors: QUALITY_ANCHORS_0_5.map((code) => t(`anchors.${code}`)),
    recommended: Object.fromEntries(
      RECOMMENDED_PARTS.map((part) => [
        part,
        { name: t(`recommended.${part}.name`), description: t(`recommended.${part}.description`) },
      ]),
    ) as RecommendedText,
  };
}
