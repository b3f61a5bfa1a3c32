import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TenderSectionPage } from "@/components/layout/tender-section-page";
import { Notice } from "@/components/ui/notice";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { phaseFormValues } from "@/lib/schemas/innovation-phases";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { PhasesForm } from "./phases-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.tasks.sections.phases");
  return { title: t("name") };
}

export default async function PhasesPage({ params }: Props) {
  const { tender } = await requireTender((await params).tenderId, "tender.draft");
  const t = await getTranslations("tenders");
  return (
    <TenderSectionPage tender={tender} section="phases" editable={isEditable(tender.status)}>
      {tender.procedureType === "INNOVATION_PARTNERSHIP" ? (
        <PhasesForm
          currency={tender.currency}
          estimatedValueCents={tender.estimatedValueCents}
          values={{
            tenderId: tender.id,
            version: tender.version,
            phases: tender.innovationPhases.map(phaseFormValues),
          }}
        />
      ) : (
        // Reached by a bookmark or by changing the procedure after planning phases: say why
        // there is nothing to fill in, and where to change it.
        <Notice title={t("phases.onlyForInnovationPartnership")}>
          <p className="mb-3">
            {tender.procedureType
              ? t("phases.otherProcedure", { procedure: t(`procedure.${tender.procedureType}.name`) })
              : t("phases.noProcedure")}
          </p>
          <Link href={`/tenders/${tender.id}/procedure`}>{t("phases.toProcedure")}</Link>
        </Notice>
      )}
    </TenderSectionPage>
  );
}
