import { getTranslations } from "next-intl/server";
import { Markdown } from "@/components/ui/markdown";
import { ScrollTable } from "@/components/ui/scroll-table";
import { TableHead } from "@/components/ui/table-head";
import { criterionChoices } from "@/lib/domain/tender/requirements";
import type { TemplateContent } from "@/lib/domain/templates/template-content";
import type { Locale } from "@/lib/i18n/config";
import { TemplateSection } from "./section";

/** The default requirement blocks, with their level and the criterion each is scored under. */
export async function RequirementsSection({ content, locale }: { content: TemplateContent; locale: Locale }) {
  const [t, tLevel] = await Promise.all([
    getTranslations("catalogue.template"),
    getTranslations("tenders.requirementLevel"),
  ]);
  const criteria = new Map(criterionChoices(content.award?.criteria ?? []).map((choice) => [choice.key, choice.label]));
  return (
    <TemplateSection id="requirements" title={t("sections.requirements")}>
      <p className="mb-4 max-w-3xl">{t("requirementsLead")}</p>
      <ScrollTable caption={t("requirementsCaption", { count: content.requirements.length })} captionHidden>
        <TableHead columns={[t("requirementKey"), t("requirementLevel"), t("requirementText"), t("scoredUnder")]} />
        <tbody>
          {content.requirements.map((requirement) => (
            <tr key={requirement.key} className="border-b border-line align-top">
              <th scope="row" className="py-3 pr-4 font-mono whitespace-nowrap">
                {requirement.key}
              </th>
              <td className="py-3 pr-4 font-semibold">{tLevel(requirement.level)}</td>
              <td lang={locale} className="max-w-prose py-3 pr-4">
                <Markdown>{requirement.text}</Markdown>
              </td>
              <td lang={locale} className="py-3">
                {requirement.criterionKey ? (criteria.get(requirement.criterionKey) ?? requirement.criterionKey) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </TemplateSection>
  );
}
