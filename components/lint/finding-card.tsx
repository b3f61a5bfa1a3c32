import type { ReactNode } from "react";
import type { LintFinding } from "@/lib/domain/lint";
import { readTenderField, type EditableTender } from "@/lib/domain/lint/tender-field-edit";
import { FindingExcerpt, findingWords } from "./finding-text";

/**
 * One finding in full: rule and severity (in words, not only by colour), where it is (the field
 * in words and the words concerned), the plain explanation and the legal basis. `actions` holds
 * the fix button and the "Set aside" form where the viewer may use them.
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
  const { t } = words;
  const text = readTenderField(tender, finding.location.field);
  const { start, end } = finding.location;
  const Heading = `h${headingLevel}` as const;
  return (
    <article className={`border-l-4 pl-4 ${finding.severity === "error" ? "border-danger" : "border-brand"}`}>
      <Heading className="mb-2 text-lg">
        {t("tenders.openness.findingHeading", { number, severity: words.severity(finding), rule: words.rule(finding) })}
      </Heading>
      <dl className="mb-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("tenders.openness.where")}</dt>
        <dd>{words.field(finding.location.field)}</dd>
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
        <dt className="font-semibold">{t("tenders.openness.rule")}</dt>
        <dd>
          {words.rule(finding)} ({finding.ruleId})
        </dd>
        <dt className="font-semibold">{t("tenders.openness.legalBasis")}</dt>
        <dd>{finding.legalBasis}</dd>
      </dl>
      <p>{words.message(finding)}</p>
      {actions}
    </article>
  );
}
