import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { DiffText } from "@/components/ui/diff-text";
import { isUnchanged, type ListChanges, type TemplateVersionDiff } from "@/lib/domain/templates/version-comparison";
import type { TemplatePage } from "../load-template-page";
import { DiffValue } from "./diff-value";

type Section = { id: string; title: string; body: ReactNode };

/**
 * What changed between two versions, one block per section that changed, then the list of the
 * sections that did not. Texts are compared word by word; lists item by item (by identifier).
 */
export async function VersionDiffView({
  diff,
  older,
  newer,
}: {
  diff: TemplateVersionDiff;
  older: TemplatePage;
  newer: TemplatePage;
}) {
  const [t, tTemplate, tStatus, tLevel, tTender] = await Promise.all([
    getTranslations("catalogue.compare"),
    getTranslations("catalogue.template"),
    getTranslations("clauseLibrary.status"),
    getTranslations("tenders.requirementLevel"),
    getTranslations("tenders"),
  ]);
  if (isUnchanged(diff)) return <p>{t("noChange")}</p>;
  const locale = newer.contentLocale;
  const marks = { inserted: t("inserted"), deleted: t("deleted") };
  const titleOf = (page: TemplatePage, key: string) =>
    page.clauses.find((clause) => clause.key === key)?.rendered?.title ?? key;
  const changeList = <T,>(changes: ListChanges<T>, render: (item: T, kind: "added" | "removed") => ReactNode) => [
    ...changes.added.map((item, i) => <li key={`a${i}`}>{render(item, "added")}</li>),
    ...changes.removed.map((item, i) => <li key={`r${i}`}>{render(item, "removed")}</li>),
  ];
  const tag = (kind: "added" | "removed" | "changed") => <strong>{t(`kinds.${kind}`)}: </strong>;

  const sections: (Section | null)[] = [
    diff.name || diff.summary
      ? {
          id: "summary",
          title: tTemplate("sections.summary"),
          body: (
            <div lang={locale}>
              {diff.name ? <DiffText parts={diff.name} {...marks} /> : null}
              {diff.summary ? <DiffText parts={diff.summary} {...marks} /> : null}
            </div>
          ),
        }
      : null,
    diff.intendedUse.length > 0
      ? {
          id: "intended-use",
          title: tTemplate("sections.intended-use"),
          body: (
            <ul className="list-disc pl-6">
              {diff.intendedUse.map((change) => (
                <li key={change.field}>
                  {t(`intendedUse.${change.field}`)}: <DiffValue field={change.field} value={change.before} /> →{" "}
                  <DiffValue field={change.field} value={change.after} />
                </li>
              ))}
            </ul>
          ),
        }
      : null,
    hasListChanges(diff.clauses)
      ? {
          id: "clauses",
          title: tTemplate("sections.clauses"),
          body: (
            <ul className="list-disc pl-6">
              {changeList(diff.clauses, (clause, kind) => (
                <>
                  {tag(kind)}
                  <span lang={locale}>{titleOf(kind === "added" ? newer : older, clause.key)}</span> (
                  {tStatus(clause.status)})
                </>
              ))}
              {diff.clauses.changed.map(({ before, after }) => (
                <li key={after.key}>
                  {tag("changed")}
                  <span lang={locale}>{titleOf(newer, after.key)}</span>:{" "}
                  {[
                    before.status !== after.status
                      ? t("clauseStatus", { before: tStatus(before.status), after: tStatus(after.status) })
                      : null,
                    before.version !== after.version
                      ? t("clauseVersion", { before: before.version, after: after.version })
                      : null,
                    JSON.stringify(before.values) !== JSON.stringify(after.values) ? t("clauseValues") : null,
                  ]
                    .filter(Boolean)
                    .join("; ")}
                </li>
              ))}
            </ul>
          ),
        }
      : null,
    hasListChanges(diff.requirements)
      ? {
          id: "requirements",
          title: tTemplate("sections.requirements"),
          body: (
            <ul className="space-y-3">
              {changeList(diff.requirements, (requirement, kind) => (
                <>
                  {tag(kind)}
                  {requirement.key} ({tLevel(requirement.level)}):{" "}
                  <span lang={locale} className={kind === "removed" ? "line-through" : undefined}>
                    {requirement.text}
                  </span>
                </>
              ))}
              {diff.requirements.changed.map(({ before, after }) => (
                <li key={after.key}>
                  {tag("changed")}
                  {after.key}
                  {before.level !== after.level
                    ? ` (${t("levelChange", { before: tLevel(before.level), after: tLevel(after.level) })})`
                    : null}
                  {diff.requirements.textDiffs[after.key] ? (
                    <div lang={locale}>
                      <DiffText parts={diff.requirements.textDiffs[after.key]!} {...marks} />
                    </div>
                  ) : null}
                  {before.criterionKey !== after.criterionKey ? <p>{t("criterionLinkChanged")}</p> : null}
                </li>
              ))}
            </ul>
          ),
        }
      : null,
    diff.sovereignty.assessmentChanged || diff.sovereignty.objectives.length > 0
      ? {
          id: "sovereignty",
          title: tTemplate("sections.sovereignty"),
          body: (
            <ul className="list-disc pl-6">
              {diff.sovereignty.assessmentChanged ? <li>{t("assessmentChanged")}</li> : null}
              {diff.sovereignty.objectives.map((change) => (
                <li key={change.objective}>
                  {change.objective} · {tTender(`sovereigntyObjective.${change.objective}`)}:{" "}
                  {t("sovereigntyChange", {
                    sealBefore: change.sealBefore ?? "—",
                    sealAfter: change.sealAfter ?? "—",
                    weightBefore: change.weightBefore ?? "—",
                    weightAfter: change.weightAfter ?? "—",
                  })}
                </li>
              ))}
            </ul>
          ),
        }
      : null,
    hasListChanges(diff.criteria) || diff.awardSettings.length > 0
      ? {
          id: "award",
          title: tTemplate("sections.award"),
          body: (
            <ul className="list-disc pl-6">
              {changeList(diff.criteria, (entry, kind) => (
                <>
                  {tag(kind)}
                  <span lang={locale}>{entry.label}</span> ({tTender(`criterionKind.${entry.criterion.kind}`)},{" "}
                  {tTemplate("percent", { value: entry.criterion.weight })})
                </>
              ))}
              {diff.criteria.changed.map(({ before, after }) => (
                <li key={after.key}>
                  {tag("changed")}
                  <span lang={locale}>{after.label}</span>
                  {before.criterion.weight !== after.criterion.weight
                    ? `: ${t("weightChange", { before: before.criterion.weight, after: after.criterion.weight })}`
                    : `: ${t("criterionDetails")}`}
                </li>
              ))}
              {diff.awardSettings.map((change) => (
                <li key={change.field}>
                  {t(`awardSettings.${change.field}`)}: <DiffValue field={change.field} value={change.before} /> →{" "}
                  <DiffValue field={change.field} value={change.after} />
                </li>
              ))}
            </ul>
          ),
        }
      : null,
    diff.guidance.length > 0
      ? {
          id: "guidance",
          title: tTemplate("sections.guidance"),
          body: diff.guidance.map((change) => (
            <div key={change.section} className="mb-3">
              <h4 className="font-semibold">{tTemplate(`guidanceSections.${change.section}`)}</h4>
              <div lang={locale}>
                <DiffText parts={change.parts} {...marks} />
              </div>
            </div>
          )),
        }
      : null,
    diff.licence
      ? {
          id: "licence",
          title: tTemplate("licence"),
          body: <p>{t("licenceChange", diff.licence)}</p>,
        }
      : null,
  ];
  const changed = sections.filter((section): section is Section => section !== null);
  return (
    <>
      {changed.map((section) => (
        <section key={section.id} aria-labelledby={`diff-${section.id}`} className="mb-8 border-l-8 border-brand pl-4">
          <h2 id={`diff-${section.id}`} className="mb-3 text-2xl">
            {section.title}
          </h2>
          {section.body}
        </section>
      ))}
    </>
  );
}

function hasListChanges(changes: ListChanges<unknown>): boolean {
  return changes.added.length + changes.removed.length + changes.changed.length > 0;
}
