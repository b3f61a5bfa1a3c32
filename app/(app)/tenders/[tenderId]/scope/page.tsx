import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TenderSectionPage } from "@/components/layout/tender-section-page";
import { formatMoneyInput } from "@/lib/domain/money";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { CURRENCIES } from "@/lib/schemas/tender";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { ScopeForm } from "./scope-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.tasks.sections.scope");
  return { title: t("name") };
}

export default async function ScopePage({ params }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId, "tender.draft");
  const currency = (CURRENCIES as readonly string[]).includes(tender.currency)
    ? (tender.currency as (typeof CURRENCIES)[number])
    : "EUR";
  return (
    <TenderSectionPage tender={tender} section="scope" editable={isEditable(tender.status)}>
      <ScopeForm
        authorityType={viewer.organisation.authorityType}
        contractNature={tender.contractNature}
        values={{
          tenderId: tender.id,
          version: tender.version,
          mainCpv: tender.mainCpv ?? "",
          additionalCpvs: tender.additionalCpvs,
          estimatedValue: tender.estimatedValueCents === null ? "" : formatMoneyInput(tender.estimatedValueCents),
          currency,
          durationMonths: tender.durationMonths ?? undefined,
          renewalOptions: tender.renewalOptions,
        }}
      />
    </TenderSectionPage>
  );
}
