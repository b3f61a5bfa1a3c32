import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { formatMoneyInput } from "@/lib/domain/money";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { TemplateSectionFrame } from "../section-frame";
import { IntendedUseForm } from "./intended-use-form";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.sections.intendedUse");
  return { title: t("name") };
}

export default async function TemplateIntendedUsePage({ params }: Props) {
  const { template } = await requireTemplate((await params).templateId);
  const use = template.draft?.content.intendedUse;
  const amount = (cents: number | null) => (cents === null ? "" : formatMoneyInput(cents));
  return (
    <TemplateSectionFrame template={template} section="intendedUse">
      {use ? (
        <IntendedUseForm
          values={{
            templateId: template.id,
            version: template.version,
            contractNature: use.contractNature ?? "",
            cpvPrefixes: use.cpvPrefixes.join(", "),
            procedureTypes: use.procedureTypes,
            minValue: amount(use.valueRange.minCents),
            maxValue: amount(use.valueRange.maxCents),
          }}
        />
      ) : null}
    </TemplateSectionFrame>
  );
}
