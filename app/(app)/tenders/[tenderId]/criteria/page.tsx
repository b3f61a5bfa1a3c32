import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { TenderSectionPage } from "@/components/layout/tender-section-page";
import {
  DEFAULT_DISCOUNT_RATE_PERCENT,
  DEFAULT_SCORE_AGGREGATION,
  defaultTcoHorizonYears,
} from "@/lib/domain/tender/award-settings";
import { recommendedCriteria } from "@/lib/domain/tender/recommended-criteria";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { awardFormValues, criterionFormValues } from "@/lib/schemas/award-criteria";
import { documentText } from "@/lib/server/tenders/criteria-document-text";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { CriteriaForm } from "./criteria-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.tasks.sections.criteria");
  return { title: t("name") };
}

export default async function CriteriaPage({ params }: Props) {
  const { tender } = await requireTender((await params).tenderId, "tender.draft");
  const locale = isLocale(tender.documentsLanguage) ? tender.documentsLanguage : await getLocale();
  const [{ anchors, recommended }, format] = await Promise.all([documentText(locale as Locale), getFormatter()]);
  const award = tender.award ?? {
    criteria: [],
    qualityScale: { max: 5 as const, descriptors: anchors },
    scoreAggregation: DEFAULT_SCORE_AGGREGATION,
    discountRatePercent: DEFAULT_DISCOUNT_RATE_PERCENT,
    tcoHorizonYears: defaultTcoHorizonYears(tender.durationMonths),
  };
  const formAward = awardFormValues(award);
  // A draft saved before the scale had descriptors starts from the usual ones.
  if (formAward.qualityScale.descriptors?.length === 0) formAward.qualityScale.descriptors = anchors;
  return (
    <TenderSectionPage tender={tender} section="criteria" editable={isEditable(tender.status)}>
      <CriteriaForm
        values={{ tenderId: tender.id, version: tender.version, ...formAward }}
        recommended={recommendedCriteria(recommended).map(criterionFormValues)}
        anchors={anchors}
        procedure={tender.procedureType}
        estimatedValue={
          tender.estimatedValueCents === null
            ? null
            : format.number(tender.estimatedValueCents / 100, { style: "currency", currency: tender.currency })
        }
        durationMonths={tender.durationMonths}
      />
    </TenderSectionPage>
  );
}
