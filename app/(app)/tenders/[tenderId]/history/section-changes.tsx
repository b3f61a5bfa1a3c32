import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";
import type { Answer, AnswerChange, ComparedAnswer } from "@/lib/domain/tender/revisions/compare-answers";
import { TENDER_SECTIONS } from "@/lib/domain/tender/tender-tasks";
import { RowValue } from "../row-value";
import type { TenderComparison } from "./compare-tenders";

type T = Awaited<ReturnType<typeof getTranslations<"tenders">>>;

/** The change in words, with a colour as a second cue only (WCAG 1.4.1). */
const CHANGE_CLASSES: Record<AnswerChange, string> = {
  changed: "bg-blue-100 text-brand-dark",
  added: "bg-green-100 text-success",
  removed: "bg-red-100 text-danger",
  unchanged: "bg-surface text-ink",
};

/**
 * Two versions side by side, one table per section of the task list: the answers that differ
 * (or, with `showUnchanged`, every answer), the older value, the newer one, and what happened.
 */
export async function SectionChanges({
  comparison,
  fromVersion,
  toVersion,
  showUnchanged,
  headingLevel = 2,
  columnLabels,
}: {
  comparison: TenderComparison;
  fromVersion: number;
  toVersion: number;
  showUnchanged: boolean;
  /** 3 when the comparison sits under a heading of its own. */
  headingLevel?: 2 | 3;
  /** Headings of the two value columns, when they are not two versions of the tender. */
  columnLabels?: { before: string; after: string; caption: (section: string, count: number) => string };
}) {
  const t = await getTranslations("tenders");
  const Heading = headingLevel === 3 ? "h3" : "h2";
  const headingClass = headingLevel === 3 ? "mb-3 text-xl" : "mb-3 text-2xl";
  const shown = showUnchanged
    ? [...comparison.changed, ...comparison.unchanged].sort(
        (a, b) => TENDER_SECTIONS.indexOf(a.section) - TENDER_SECTIONS.indexOf(b.section),
      )
    : comparison.changed;
  const columns = [
    t("history.compareView.answer"),
    columnLabels?.before ?? t("history.version", { version: fromVersion }),
    columnLabels?.after ?? t("history.version", { version: toVersion }),
    t("history.compareView.change"),
  ];

  return (
    <>
      {shown.map(({ section, answers, changedCount, unprintedChange }) => {
        const name = t(`tasks.sections.${section}.name`);
        const rows = showUnchanged ? answers : answers.filter((answer) => answer.change !== "unchanged");
        return (
          <section key={section} className="mb-10">
            <Heading id={`changes-${section}`} className={headingClass}>
              {name}
            </Heading>
            {unprintedChange ? <p className="mb-3 font-semibold">{t("history.compareView.unprintedChange")}</p> : null}
            {rows.length > 0 ? (
              // On a narrow screen the table scrolls sideways: the keyboard must be able to scroll it too.
              <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`changes-${section}`}>
                {/* Fixed columns, so the sections' tables line up one under the other. */}
                <table className="w-full min-w-[40rem] table-fixed border-collapse text-left">
                  <caption className="sr-only">
                    {columnLabels
                      ? columnLabels.caption(name, changedCount)
                      : t("history.compareView.caption", {
                          section: name,
                          count: changedCount,
                          from: fromVersion,
                          to: toVersion,
                        })}
                  </caption>
                  <colgroup>
                    <col className="w-[22%]" />
                    <col className="w-[33%]" />
                    <col className="w-[33%]" />
                    <col className="w-[12%]" />
                  </colgroup>
                  <TableHead columns={columns} />
                  <tbody>
                    {rows.map((answer, index) => (
                      <AnswerRow key={`${answer.key}-${index}`} answer={answer} t={t} />
                    ))}
                  </tbody>
                </table>
              </div>
            ) : null}
          </section>
        );
      })}
      {!showUnchanged && comparison.unchanged.length > 0 ? (
        <section aria-labelledby="unchanged-sections" className="mb-10">
          <Heading id="unchanged-sections" className="mb-3 text-xl">
            {t("history.compareView.unchangedSections")}
          </Heading>
          <ul className="list-disc pl-6">
            {comparison.unchanged.map(({ section }) => (
              <li key={section}>{t(`tasks.sections.${section}.name`)}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

function AnswerRow({ answer, t }: { answer: ComparedAnswer; t: T }) {
  const label = answer.after?.label ?? answer.before?.label ?? t(`review.fields.${answer.key}`);
  // A renamed entry (a lot, a requirement) shows each version's name in its own cell.
  const renamed = answer.change === "changed" && (answer.before?.label ?? null) !== (answer.after?.label ?? null);
  const changed = answer.change !== "unchanged";
  return (
    <tr className="border-b border-line align-top">
      <th scope="row" className="py-3 pr-4 font-semibold break-words hyphens-auto">
        {label}
      </th>
      <td className={`py-3 pr-4 pl-2 break-words ${changed ? "bg-red-50" : ""}`}>
        <AnswerValue answer={answer.before} showLabel={renamed} t={t} />
      </td>
      <td className={`py-3 pr-4 pl-2 break-words ${changed ? "bg-green-50" : ""}`}>
        <AnswerValue answer={answer.after} showLabel={renamed} t={t} />
      </td>
      <td className="py-3">
        <strong className={`rounded px-2 py-1 text-sm whitespace-nowrap ${CHANGE_CLASSES[answer.change]}`}>
          {t(`history.compareView.changes.${answer.change}`)}
        </strong>
      </td>
    </tr>
  );
}

/** A value as "check your answers" prints it, under the entry's name when it was renamed. */
function AnswerValue({ answer, showLabel, t }: { answer: Answer | null; showLabel: boolean; t: T }) {
  if (!answer) return <span className="text-muted">{t("history.compareView.absent")}</span>;
  return (
    <>
      {showLabel && answer.label ? <span className="mb-1 block font-semibold">{answer.label}</span> : null}
      <RowValue value={answer.value} markdown={answer.markdown} notProvided={t("review.notProvided")} />
    </>
  );
}
