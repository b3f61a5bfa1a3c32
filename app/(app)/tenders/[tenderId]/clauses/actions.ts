"use server";
import { revalidatePath } from "next/cache";
import { chosenClauseProblems, chosenVersionKey, normaliseParameterValues } from "@/lib/domain/clauses/chosen-clauses";
import { reconcileMandatoryRemovals } from "@/lib/domain/clauses/mandatory-removals";
import { AppError } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import { clausesSchema } from "@/lib/schemas/tender-clauses";
import { defineAction } from "@/lib/server/action";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import { tenderTemplateMandatoryKeys } from "@/lib/server/templates/reuse/template-mandatory-keys";
import { getTender } from "@/lib/server/tenders/get-tender";
import { saveTenderSection } from "@/lib/server/tenders/save-tender-section";
import { sectionSaved } from "@/lib/server/tenders/section-saved-event";

const refresh = ({ input }: { input: { tenderId: string } }) => revalidatePath(`/tenders/${input.tenderId}`, "layout");

/**
 * Saves the chosen clauses, in the drafter's order. Only versions the library holds are accepted,
 * and each clause's values are checked against that version's definition: the first error is
 * answered next to its field (`clauses.2.values.exitPlanMonths`). Values are stored normalised
 * (numbers as numbers, blanks left out so the default applies).
 *
 * A mandatory clause taken out needs a written justification, recorded with the tender (who and
 * when) and audited on its own (`tender.mandatory_clause_removed`). Mandatory means so in the
 * library, or in the template version the tender's clauses came from.
 */
export const saveClausesAction = defineAction(
  { schema: clausesSchema, permission: "tender.draft", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const definitions = await getChosenClauseVersions(tx, input.clauses);
    const error = chosenClauseProblems(input.clauses, definitions).find((problem) => problem.severity === "error");
    if (error) throw new AppError("VALIDATION", messageRef(`problems.${error.code}`, error.values), error.path);
    const clauses = input.clauses.map(({ key, version, values }) => ({
      key,
      version,
      values: normaliseParameterValues(definitions.get(chosenVersionKey(key, version))!, values),
    }));

    // The optimistic lock of saveTenderSection guarantees nobody saved between this read and the save.
    const current = await getTender(tx, viewer, input.tenderId);
    const { removals, added, unjustified } = reconcileMandatoryRemovals({
      before: current.clauses,
      after: clauses,
      recorded: current.clauseRemovals,
      justifications: input.removedMandatory,
      definitions: await getChosenClauseVersions(tx, current.clauses),
      templateMandatoryKeys: await tenderTemplateMandatoryKeys(tx, viewer, input.tenderId),
      actor: { userId: viewer.userId, userName: viewer.name },
      at: new Date().toISOString(),
    });
    if (unjustified.length > 0) {
      throw new AppError(
        "VALIDATION",
        messageRef("validation.mandatoryRemovalUnjustified", { key: unjustified[0]!.key }),
        "_form",
      );
    }

    const { before, after, corrigendum } = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      corrigendumReason: input.corrigendumReason,
      section: "clauses",
      data: { clauses, clauseRemovals: removals },
    });
    audit(sectionSaved("clauses", before, after, corrigendum));
    for (const removal of added) {
      audit({
        action: "tender.mandatory_clause_removed",
        entityType: "Tender",
        entityId: after.id,
        before: { key: removal.key, version: removal.version },
        after: { key: removal.key, version: removal.version, justification: removal.justification },
      });
    }
    return { version: after.version };
  },
);
