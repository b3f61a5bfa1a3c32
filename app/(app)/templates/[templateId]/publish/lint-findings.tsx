import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { FindingExcerpt, findingWords } from "@/components/lint/finding-text";
import type { LintFinding } from "@/lib/domain/lint";
import { describeField } from "@/lib/domain/lint/field-description";
import type { LintableTemplate } from "@/lib/domain/templates/lint-template";
import { sectionOfLintFinding } from "@/lib/domain/templates/section-status";
import { readTemplateField } from "@/lib/domain/templates/template-field";
import { TEMPLATE_SECTION_PATHS } from "@/lib/domain/templates/template-sections";

/**
 * The lock-in linter's findings on the draft, each in full as on a tender: severity and rule in
 * words, where it is, the words concerned, the explanation and the legal basis. Errors block
 * publication; warnings are worth a second look but do not.
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
    const { code, values } = describeField(field);
    return t(`tenders.openness.fields.${code}` as never, values as never);
  };
  return (
    <ol className="space-y-6">
      {findings.map((finding, index) => {
        const text = readTemplateField(template, finding.location.field);
        const { start, end } = finding.location;
        return (
          <li key={finding.key}>
            <article className={`border-l-4 pl-4 ${finding.severity === "error" ? "border-danger" : "border-brand"}`}>
              <h3 className="mb-2 text-lg">
                {t("tenders.openness.findingHeading", {
                  number: index + 1,
                  severity: words.severity(finding),
                  rule: words.rule(finding),
                })}
              </h3>
              <dl className="mb-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
                <dt className="font-semibold">{t("tenders.openness.where")}</dt>
                <dd>{where(finding.location.field)}</dd>
                {text !== undefined && start !== undefined && end !== undefined ? (
                  <>
                    <dt className="font-semibold">{t("tenders.openness.text")}</dt>
                    <dd>
                      <FindingExcerpt
                        text={text}
                        start={start}
                        end={end}
                        startLabel={t("tenders.openness.matchStart")}
                        endLabel={t("tenders.openness.matchEnd")}
                      />
                    </dd>
                  </>
                ) : null}
                <dt className="font-semibold">{t("tenders.openness.legalBasis")}</dt>
                <dd>{finding.legalBasis}</dd>
              </dl>
              <p className="mb-2">{words.message(finding)}</p>
              <Link href={`/templates/${templateId}/${TEMPLATE_SECTION_PATHS[sectionOfLintFinding(finding)]}`}>
                {tTemplates("goToSection", { section: t(`templates.sections.${sectionOfLintFinding(finding)}.name`) })}
              </Link>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
