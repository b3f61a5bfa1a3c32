import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TenderSectionPage } from "@/components/layout/tender-section-page";
import { isEditable } from "@/lib/domain/tender/tender-status";
import { requireTender } from "@/lib/server/tenders/require-tender";
import { AboutForm } from "./about-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.tasks.sections.about");
  return { title: t("name") };
}

export default async function AboutTenderPage({ params }: Props) {
  const { tender } = await requireTender((await params).tenderId, "tender.draft");
  return (
    <TenderSectionPage tender={tender} section="about" editable={isEditable(tender.status)}>
      <AboutForm
        values={{
          tenderId: tender.id,
          version: tender.version,
          reference: tender.reference,
          title: tender.title,
          summary: tender.summary,
          contractNature: tender.contractNature ?? undefined,
          documentsLanguage:
            tender.documentsLanguage === "fr" || tender.documentsLanguage === "de" ? tender.documentsLanguage : "en",
        }}
      />
    </TenderSectionPage>
  );
}
