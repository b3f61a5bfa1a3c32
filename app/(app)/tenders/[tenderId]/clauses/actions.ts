"use server";
import { revalidatePath } from "next/cache";
import { chosenClauseProblems, chosenVersionKey, normaliseParameterValues } from "@/lib/domain/clauses/chosen-clauses";
import { AppError } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import { clausesSchema } from "@/lib/schemas/tender-clauses";
import { defineAction } from "@/lib/server/action";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import { saveTenderSection } from "@/lib/server/tenders/save-tender-section";
import { sectionSaved } from "@/lib/server/tenders/section-saved-event";

const refresh = ({ input }: { input: { tenderId: string } }) => revalidatePath(`/tenders/${input.tenderId}`, "layout");

/**
 * Saves the chosen clauses, in the drafter's order. Only versions the library holds are accepted,
 * and each clause's values are checked against that version's definition: the first error is
 * answered next to its field (`clauses.2.values.exitPlanMonths`). Values are stored normalised
 * (numbers as numbers, blanks left out so the default applies).
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
    const { before, after, corrigendum } = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      corrigendumReason: input.corrigendumReason,
      section: "clauses",
      data: { clauses },
    });
    audit(sectionSaved("clauses", before, after, corrigendum));
    return { version: after.version };
  },
);
