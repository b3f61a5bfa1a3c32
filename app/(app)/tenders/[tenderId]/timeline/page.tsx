import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TenderSectionPage } from "@/components/layout/tender-section-page";
import { checkTender } from "@/lib/domain/tender/check-tender";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { TimelineForm } from "./timeline-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.tasks.sections.timeline");
  return { title: t("name") };
}

export default async function TimelinePage({ params }: Props) {
  const { viewer, tender } = await requireTender((await params).tenderId, "tender.draft");
  const { threshold } = checkTender(tender, viewer.organisation.authorityType);
  return (
    <TenderSectionPage tender={tender} section="timeline" editable={isEditable(tender.status)}>
      <TimelineForm
        procedure={tender.procedureType}
        isAboveThreshold={threshold?.isAboveThreshold ?? true}
        values={{
          tenderId: tender.id,
          version: tender.version,
          publicationDate: tender.publicationDate ?? "",
          requestsDeadline: tender.requestsDeadline ?? "",
          invitationDate: tender.invitationDate ?? "",
          clarificationDeadline: tender.clarificationDeadline ?? "",
          tenderDeadline: tender.tenderDeadline ?? "",
          openingDate: tender.openingDate ?? "",
        }}
      />
    </TenderSectionPage>
  );
}
