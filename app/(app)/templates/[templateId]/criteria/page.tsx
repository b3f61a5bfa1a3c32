import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import {
  DEFAULT_DISCOUNT_RATE_PERCENT,
  DEFAULT_SCORE_AGGREGATION,
  DEFAULT_TCO_HORIZON_YEARS,
} from "@/lib/domain/tender/award-settings";
import { recommendedCriteria } from "@/lib/domain/tender/recommended-criteria";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { awardFormValues, criterionFormValues } from "@/lib/schemas/award-criteria";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { documentText } from "@/lib/server/tenders/criteria-document-text";
import { TemplateSectionFrame } from "../section-frame";
import { TemplateCriteriaForm } from "./criteria-form";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.sections.criteria");
  return { title: t("name") };
}

export default async function TemplateCriteriaPage({ params }: Props) {
  const { template } = await requireTemplate((await params).templateId);
  const content = template.draft?.content;
  // The recommended criteria and the scale's descriptors in the template's language, as tender text.
  const locale = isLocale(template.language) ? template.language : await getLocale();
  const { anchors, recommended } = await documentText(locale as Locale);
  const award = content?.award ?? {
    criteria: [],
    qualityScale: { max: 5 as const, descriptors: anchors },
    scoreAggregation: DEFAULT_SCORE_AGGREGATION,
    discountRatePercent: DEFAULT_DISCOUNT_RATE_PERCENT,
    tcoHorizonYears: DEFAULT_TCO_HORIZON_YEARS,
  };
  return (
    <TemplateSectionFrame template={template} section="criteria">
      {content ? (
        <TemplateCriteriaForm
          values={{ templateId: template.id, version: template.version, ...awardFormValues(award) }}
          recommended={recommendedCriteria(recommended).map(criterionFormValues)}
          anchors={anchors}
        />
      ) : null}
    </TemplateSectionFrame>
  );
}
