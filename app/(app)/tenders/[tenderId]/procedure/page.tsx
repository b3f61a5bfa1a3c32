import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TenderSectionPage } from "@/components/layout/tender-section-page";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { ProcedureForm } from "./procedure-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.tasks.sections.procedure");
  return { title: t("name") };
}

export default async function ProcedurePage({ params }: Props) {
  const { tender } = await requireTender((await params).tenderId, "tender.draft");
  return (
    <TenderSectionPage tender={tender} section="procedure" editable={isEditable(tender.status)}>
      <ProcedureForm
        contractNature={tender.contractNature}
        values={{
          tenderId: tender.id,
          version: tender.version,
          procedureType: tender.procedureType ?? undefined,
          procedureGround: tender.procedureGround ?? "",
        }}
      />
    </TenderSectionPage>
  );
}
