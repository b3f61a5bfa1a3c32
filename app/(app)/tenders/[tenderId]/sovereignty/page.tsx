import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TenderSectionPage } from "@/components/layout/tender-section-page";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { sovereigntyFormValues } from "@/lib/schemas/sovereignty";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { SovereigntyForm } from "./sovereignty-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.tasks.sections.sovereignty");
  return { title: t("name") };
}

export default async function SovereigntyPage({ params }: Props) {
  const { tender } = await requireTender((await params).tenderId, "tender.draft");
  return (
    <TenderSectionPage tender={tender} section="sovereignty" editable={isEditable(tender.status)}>
      <SovereigntyForm
        values={{ tenderId: tender.id, version: tender.version, ...sovereigntyFormValues(tender.sovereignty) }}
      />
    </TenderSectionPage>
  );
}
