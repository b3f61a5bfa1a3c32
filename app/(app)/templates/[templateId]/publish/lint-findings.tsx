import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FindingArticle } from "@/components/lint/finding-card";
import { findingWords } from "@/components/lint/finding-text";
import type { LintFinding } from "@/lib/domain/lint";
import type { LintableTemplate } from "@/lib/domain/templates/lint-template";
import { sectionOfLintFinding } from "@/lib/domain/templates/section-status";
import { readTemplateField } from "@/lib/domain/templates/template-field";
import { TEMPLATE_SECTION_PATHS } from "@/lib/domain/templates/template-sections";

/**
 * The lock-in linter's findings on the draft, each in full as on a tender, with the way to the
 * builder's section concerned. Errors block publication; warnings are worth a second look but
 * do not.
 */
export async function LintFindings({
  templateId,
  template,
  findings,
}: {
  templateId: string;
  template: LintableTemplate;
  findings: LintFinding[];
}) {
  const [words, tTemplates] = await Promise.all([findingWords(), getTranslations("templates.publish")]);
  const { t } = words;
  if (findings.length === 0) return <p>{tTemplates("noLintFindings")}</p>;
  const where = (field: string) => {
    const guidance = /^guidance\.(\d+)\.text$/.exec(field);
    if (guidance) {
      const section = template.content.guidance[Number(guidance[1])]?.section ?? "general";
      return tTemplates("guidanceField", { section: t(`templates.guidance.sections.${section}`) });
    }
    if (field === "title") return t("templates.fields.name");
    return words.field(field);
  };
  return (
    <ol className="space-y-6">
      {findings.map((finding, index) => {
        const section = sectionOfLintFinding(finding);
        return (
          <li key={finding.key}>
            <FindingArticle
              finding={finding}
              number={index + 1}
              where={where(finding.location.field)}
              text={readTemplateField(template, finding.location.field)}
              withRule={false}
              actions={
                <p className="mt-2">
                  <Link href={`/templates/${templateId}/${TEMPLATE_SECTION_PATHS[section]}`}>
                    {tTemplates("goToSection", { section: t(`templates.sections.${section}.name`) })}
                  </Link>
                </p>
              }
            />
          </li>
        );
      })}
    </ol>
  );
}
