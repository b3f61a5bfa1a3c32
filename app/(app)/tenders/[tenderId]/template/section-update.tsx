import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { TakeOverPreview } from "@/lib/server/templates/reuse/preview-take-over";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import { compareTenders, sectionsApplying } from "../history/compare-tenders";
import { SectionChanges } from "../history/section-changes";
import type { Formatters } from "../summary-row";
import { TakeOverForm } from "./take-over-form";

/**
 * One section the newer version changes: the tender's answers now and after the take-over, in the
 * words of "check your answers", the clause values that could not be kept, and the button.
 */
export async function SectionUpdate({
  tender,
  preview,
  formatters,
  authorityType,
  mayTakeOver,
}: {
  tender: TenderDto;
  preview: TakeOverPreview;
  formatters: Formatters;
  authorityType: Viewer["organisation"]["authorityType"];
  mayTakeOver: boolean;
}) {
  const t = await getTranslations("templateReuse.updates");
  const tTasks = await getTranslations("tenders.tasks.sections");
  const { section, fromVersion, toVersion } = preview.change;
  const name = tTasks(`${section}.name`);
  const comparison = compareTenders(tender, preview.after, sectionsApplying([tender], authorityType), formatters);
  const changed = comparison.changed.filter((candidate) => candidate.section === section);
  return (
    <div className="mb-12 border-t border-line pt-6" data-testid={`template-section-${section}`}>
      {changed.length > 0 ? (
        <SectionChanges
          comparison={{ changed, unchanged: [] }}
          fromVersion={tender.version}
          toVersion={toVersion}
          showUnchanged={false}
          columnLabels={{
            before: t("columnNow"),
            after: t("columnAfter", { version: toVersion }),
            caption: (sectionName, count) => t("caption", { section: sectionName, count, version: toVersion }),
          }}
        />
      ) : (
        <>
          <h2 className="mb-3 text-2xl">{name}</h2>
          <p className="mb-4">{t("noVisibleChange")}</p>
        </>
      )}
      <p className="text-muted mb-4">{t("fromTo", { from: fromVersion, to: toVersion })}</p>
      {preview.droppedValues.length > 0 ? (
        <div className="border-danger mb-4 border-l-4 pl-4">
          <p className="font-semibold">{t("droppedHeading")}</p>
          <ul className="list-disc pl-6">
            {preview.droppedValues.map((dropped) => (
              <li key={dropped.key}>
                {formatters.clauseVersions.get(
                  `${dropped.key}@${preview.after.clauses.find((clause) => clause.key === dropped.key)?.version}`,
                )?.content[formatters.locale].title ?? dropped.key}
                : {dropped.parameters.join(", ")}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {mayTakeOver ? (
        <TakeOverForm
          tenderId={tender.id}
          version={tender.version}
          section={section}
          sectionName={name}
          templateVersion={toVersion}
        />
      ) : null}
    </div>
  );
}
