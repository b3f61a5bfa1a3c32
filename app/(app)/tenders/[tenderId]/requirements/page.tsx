import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TenderSectionPage } from "@/components/layout/tender-section-page";
import { criterionChoices } from "@/lib/domain/tender/requirements";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { RequirementsForm } from "./requirements-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.tasks.sections.requirements");
  return { title: t("name") };
}

export default async function RequirementsPage({ params }: Props) {
  const { tender } = await requireTender((await params).tenderId, "tender.draft");
  return (
    <TenderSectionPage tender={tender} section="requirements" editable={isEditable(tender.status)}>
      <RequirementsForm
        criteria={criterionChoices(tender.award?.criteria ?? [])}
        values={{
          tenderId: tender.id,
          version: tender.version,
          requirements: tender.requirements.map((requirement) => ({
            ...requirement,
            criterionKey: requirement.criterionKey ?? "",
          })),
        }}
      />
    </TenderSectionPage>
  );
}
