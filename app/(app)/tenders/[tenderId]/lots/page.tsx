import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TenderSectionPage } from "@/components/layout/tender-section-page";
import { formatMoneyInput } from "@/lib/domain/money";
import { checkTender } from "@/lib/domain/tender/check-tender";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { LotsForm, type ReasonsRule } from "./lots-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.tasks.sections.lots");
  return { title: t("name") };
}

export default async function LotsPage({ params }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId, "tender.draft");
  const { threshold } = checkTender(tender, viewer.organisation.authorityType);
  const reasonsRule: ReasonsRule = threshold === null ? "UNKNOWN" : threshold.isAboveThreshold ? "REQUIRED" : "ADVISED";
  // A saved answer is the lots or the reasons; with neither, the question is still open.
  const divided =
    tender.lots.length > 0 ? "DIVIDED" : tender.reasonsForNotDividing.trim() !== "" ? "NOT_DIVIDED" : undefined;
  return (
    <TenderSectionPage tender={tender} section="lots" editable={isEditable(tender.status)}>
      <LotsForm
        currency={tender.currency}
        estimatedValueCents={tender.estimatedValueCents}
        reasonsRule={reasonsRule}
        values={{
          tenderId: tender.id,
          version: tender.version,
          divided,
          lots: tender.lots.map((lot) => ({
            key: lot.key,
            title: lot.title,
            description: lot.description,
            cpv: lot.cpv ?? "",
            estimatedValue: formatMoneyInput(lot.estimatedValueCents),
          })),
          reasonsForNotDividing: tender.reasonsForNotDividing,
        }}
      />
    </TenderSectionPage>
  );
}
