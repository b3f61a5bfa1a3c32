import type { ReactNode } from "react";
import type { LintFinding } from "@/lib/domain/lint";
import { readTenderField, type EditableTender } from "@/lib/domain/lint/tender-field-edit";
import { FindingExcerpt, findingWords } from "./finding-text";

/**
 * One finding on a tender, in full (FindingArticle), its place named and quoted from the tender.
 * `actions` holds the fix button and the "Set aside" form where the viewer may use them.
 */
export async function FindingCard({
  finding,
  number,
  tender,
  headingLevel = 3,
  actions,
}: {
  finding: LintFinding;
  /** Its position on the page, which also names its buttons for screen readers. */
  number: number;
  tender: EditableTender;
  headingLevel?: 3 | 4;
  actions?: ReactNode;
}) {
  const words = await findingWords();
  return (
    <FindingArticle
      finding={finding}
      number={number}
      where={words.field(finding.location.field)}
      text={readTenderField(tender, finding.location.field)}
      headingLevel={headingLevel}
      actions={actions}
    />
  );
}

/**
 * One finding in full, on a tender or a template: rule and severity (in words, not only by
 * colour), where it is (the field in words and the words concerned, from `text`, the field's
 * text), the rule (unless `withRule` is false), the legal basis and the plain explanation, then
 * `actions`.
 */
export async function FindingArticle({
  finding,
  number,
  where,
  text,
  headingLevel = 3,
  withRule = true,
  actions,
}: {
  finding: LintFinding;
  number: number;
  where: string;
  text: string | undefined;
  headingLevel?: 3 | 4;
  withRule?: boolean;
  actions?: ReactNode;
}) {
  const words = await findingWords();
  const { t } = words;
  const { start, end } = finding.location;
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`border-l-4 pl-4 ${finding.severity === "error" ? "border-danger" : "border-brand"}`}>
      <Heading className="mb-2 text-lg">
        {t("tenders.openness.findingHeading", { number, severity: words.severity(finding), rule: words.rule(finding) })}
      </Heading>
      <dl className="mb-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("tenders.openness.where")}</dt>
        <dd>{where}</dd>
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
        {withRule ? (
          <>
            <dt className="font-semibold">{t("tenders.openness.rule")}</dt>
            <dd>
              {words.rule(finding)} ({finding.ruleId})
            </dd>
          </>
        ) : null}
        <dt className="font-semibold">{t("tenders.openness.legalBasis")}</dt>
        <dd>{finding.legalBasis}</dd>
      </dl>
      <p>{words.message(finding)}</p>
      {actions}
    </article>
  );
}
