import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { sovereigntyFormValues } from "@/lib/schemas/sovereignty";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { TemplateSectionFrame } from "../section-frame";
import { RemoveSovereigntyForm } from "./remove-sovereignty-form";
import { TemplateSovereigntyForm } from "./sovereignty-form";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.sections.sovereignty");
  return { title: t("name") };
}

export default async function TemplateSovereigntyPage({ params }: Props) {
  const { template } = await requireTemplate((await params).templateId);
  const content = template.draft?.content;
  return (
    <TemplateSectionFrame template={template} section="sovereignty">
      {content ? (
        <>
          <TemplateSovereigntyForm
            values={{
              templateId: template.id,
              version: template.version,
              ...sovereigntyFormValues(content.sovereignty),
            }}
          />
          {content.sovereignty ? <RemoveSovereigntyForm templateId={template.id} version={template.version} /> : null}
        </>
      ) : null}
    </TemplateSectionFrame>
  );
}
