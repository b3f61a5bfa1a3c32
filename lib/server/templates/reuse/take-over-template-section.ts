import "server-only";
import { includedClauses } from "@/lib/domain/templates/reuse/prefill-tender";
import { takeOverSection, type TemplateFilledFields } from "@/lib/domain/templates/reuse/take-over-section";
import type { TemplateSection } from "@/lib/domain/templates/reuse/template-sections";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { messageRef } from "@/lib/i18n/message-ref";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import type { DbTransaction } from "@/lib/server/db";
import { getTender } from "@/lib/server/tenders/get-tender";
import { saveTenderSection } from "@/lib/server/tenders/save-tender-section";
import { getTenderTemplateLink } from "./tender-template-link";

/**
 * Takes one section of the template's latest version over into a draft tender, as a section save
 * does: under the tender's optimistic lock (`version`, as the page was read), as one revision, and
 * noting in Tender.templateSections the version the section now comes from. The other sections
 * stay as they are. Refused on anything but a draft (like every section: a tender in review is
 * the reviewer's to read, a published one changes only by corrigendum), when a newer version was
 * published after the page showed `templateVersion`, and when the section has nothing to take.
 */
export async function takeOverTemplateSection(
  tx: DbTransaction,
  viewer: Viewer,
  input: { tenderId: string; version: number; section: TemplateSection; templateVersion: number },
) {
  const tender = await getTender(tx, viewer, input.tenderId);
  const link = await getTenderTemplateLink(tx, viewer, input.tenderId);
  if (!link) throw new AppError("INVALID_STATE", "templateReuse.errors.noTemplate");
  if (tender.status !== "DRAFT") throw new AppError("INVALID_STATE", "errors.tenderNotEditable");
  if (link.latest.number !== input.templateVersion) {
    throw new AppError(
      "CONFLICT",
      messageRef("templateReuse.errors.newerVersionPublished", { version: link.latest.number }),
    );
  }
  const change = link.changes.find((candidate) => candidate.section === input.section);
  if (!change) throw new AppError("INVALID_STATE", "templateReuse.errors.sectionUpToDate");

  const definitions = await getChosenClauseVersions(tx, [...tender.clauses, ...includedClauses(link.latest.content)]);
  const { data, droppedValues } = takeOverSection({
    section: input.section,
    tender,
    base: link.versions.get(change.fromVersion) ?? null,
    newer: link.latest.content,
    definitions,
  });
  try {
    const saved = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      section: input.section,
      data: { ...toTenderUpdate(data), templateSections: { ...link.taken, [input.section]: link.latest.number } },
    });
    return { ...saved, templateId: link.template.id, change, droppedValues };
  } catch (error) {
    // The lock's own message speaks of "your changes"; here nothing was typed, so say what to do.
    if (error instanceof AppError && error.code === "CONFLICT") {
      throw new AppError("CONFLICT", "templateReuse.errors.tenderChangedMeanwhile");
    }
    throw error;
  }
}

/** The section's fields as Prisma writes them; a JSON section left null stays as it is. */
function toTenderUpdate(data: Partial<TemplateFilledFields>): Prisma.TenderUpdateInput {
  const { sovereignty, award, ...rest } = data;
  return {
    ...rest,
    ...(sovereignty ? { sovereignty } : {}),
    ...(award ? { award } : {}),
  } as Prisma.TenderUpdateInput;
}
