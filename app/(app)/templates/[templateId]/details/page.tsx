import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { TemplateSectionFrame } from "../section-frame";
import { DetailsForm } from "./details-form";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.sections.details");
  return { title: t("name") };
}

export default async function TemplateDetailsPage({ params }: Props) {
  const { template } = await requireTemplate((await params).templateId);
  const content = template.draft?.content;
  return (
    <TemplateSectionFrame template={template} section="details">
      {content ? (
        <DetailsForm
          languageFixed={template.published.length > 0}
          values={{
            templateId: template.id,
            version: template.version,
            name: template.name,
            summary: content.summary,
            language: template.language as "en",
            category: content.intendedUse.category,
            licence: content.licence,
          }}
        />
      ) : null}
    </TemplateSectionFrame>
  );
}
