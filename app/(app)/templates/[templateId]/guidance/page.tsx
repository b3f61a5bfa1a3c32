import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { GUIDANCE_SECTIONS } from "@/lib/domain/templates/template-content";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { TemplateSectionFrame } from "../section-frame";
import { GuidanceForm } from "./guidance-form";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.sections.guidance");
  return { title: t("name") };
}

export default async function TemplateGuidancePage({ params }: Props) {
  const { template } = await requireTemplate((await params).templateId);
  const guidance = template.draft?.content.guidance;
  return (
    <TemplateSectionFrame template={template} section="guidance">
      {guidance ? (
        <GuidanceForm
          values={{
            templateId: template.id,
            version: template.version,
            notes: Object.fromEntries(
              GUIDANCE_SECTIONS.map((section) => [
                section,
                guidance.find((note) => note.section === section)?.text ?? "",
              ]),
            ) as Record<(typeof GUIDANCE_SECTIONS)[number], string>,
          }}
        />
      ) : null}
    </TemplateSectionFrame>
  );
}
