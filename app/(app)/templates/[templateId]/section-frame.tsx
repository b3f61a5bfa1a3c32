import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { refusalOf } from "@/lib/domain/templates/lifecycle";
import type { TemplateSection } from "@/lib/domain/templates/template-sections";
import type { TemplateDto } from "@/lib/server/templates/template-dto";

/**
 * The frame of a builder section: the way back to the template, the section's heading with the
 * template's name and draft version, and the form, only while there is a draft to edit (a
 * published version never changes; the notice says how to change the template instead).
 */
export async function TemplateSectionFrame({
  template,
  section,
  children,
}: {
  template: TemplateDto;
  section: TemplateSection;
  children: ReactNode;
}) {
  const t = await getTranslations("templates");
  const refusal = refusalOf("editDraft", template.lifecycle);
  return (
    <div className="max-w-4xl">
      <Link href={`/templates/${template.id}`} className="mb-6 inline-block">
        {t("builder.back", { name: template.name })}
      </Link>
      <PageHeading
        caption={
          template.draft
            ? t("builder.draftCaption", { name: template.name, number: template.draft.number })
            : template.name
        }
        title={t(`sections.${section}.name`)}
        lead={t(`sections.${section}.lead`)}
      />
      {refusal ? (
        <Notice title={t(`lifecycle.${refusal}`)}>
          <p>{t("builder.notEditable")}</p>
        </Notice>
      ) : (
        children
      )}
    </div>
  );
}
