import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { criterionChoices } from "@/lib/domain/tender/requirements";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { TemplateSectionFrame } from "../section-frame";
import { TemplateRequirementsForm } from "./requirements-form";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.sections.requirements");
  return { title: t("name") };
}

export default async function TemplateRequirementsPage({ params }: Props) {
  const { template } = await requireTemplate((await params).templateId);
  const content = template.draft?.content;
  return (
    <TemplateSectionFrame template={template} section="requirements">
      {content ? (
        <TemplateRequirementsForm
          criteria={criterionChoices(content.award?.criteria ?? [])}
          values={{
            templateId: template.id,
            version: template.version,
            requirements: content.requirements.map((requirement) => ({
              ...requirement,
              criterionKey: requirement.criterionKey ?? "",
            })),
          }}
        />
      ) : null}
    </TemplateSectionFrame>
  );
}
