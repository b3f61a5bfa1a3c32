import "server-only";
import { includedClauses, offeredClauses } from "@/lib/domain/templates/reuse/prefill-tender";
import type { TemplateSectionChange } from "@/lib/domain/templates/reuse/changed-sections";
import { takeOverSection, type TakeOverResult } from "@/lib/domain/templates/reuse/take-over-section";
import type { TemplateClause } from "@/lib/domain/templates/template-content";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import type { DbClient } from "@/lib/server/db";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";
import type { TenderTemplateLink } from "./tender-template-link";

export type TakeOverPreview = {
  change: TemplateSectionChange;
  /** The tender as it would be after taking this section over (the others unchanged). */
  after: TenderDto;
  droppedValues: TakeOverResult["droppedValues"];
};

/**
 * What taking over each changed section would make of the tender, computed as the take-over
 * itself computes it, so the differences shown are exactly what the button does. The page compares
 * the tender now with the tender after (compareTenders, in the words of "check your answers"),
 * not the two template versions (diffTemplateVersions, the catalogue's comparison): what the
 * drafter must judge is what happens to their tender, which keeps their own requirements, clauses
 * and changed values whatever the template did. Also the optional
 * clauses the latest version suggests, with their definitions for their titles.
 */
export async function previewTakeOver(
  db: DbClient,
  tender: TenderDto,
  link: TenderTemplateLink,
): Promise<{ previews: TakeOverPreview[]; offered: { clause: TemplateClause; definition: Clause | undefined }[] }> {
  const offered = offeredClauses(link.latest.content);
  const definitions = await getChosenClauseVersions(db, [
    ...tender.clauses,
    ...includedClauses(link.latest.content),
    ...offered.map(({ key, version }) => ({ key, version, values: {} })),
  ]);
  const previews = link.changes.map((change) => {
    const { data, droppedValues } = takeOverSection({
      section: change.section,
      tender,
      base: link.versions.get(change.fromVersion) ?? null,
      newer: link.latest.content,
      definitions,
    });
    return { change, after: { ...tender, ...data }, droppedValues };
  });
  return {
    previews,
    offered: offered.map((clause) => ({ clause, definition: definitions.get(`${clause.key}@${clause.version}`) })),
  };
}
