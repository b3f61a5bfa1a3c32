"use server";
import { revalidatePath } from "next/cache";
import { flattenCriteria } from "@/lib/domain/tender/criteria-tree";
import { checkRequirements } from "@/lib/domain/tender/requirements";
import { AppError } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import { requirementsSchema } from "@/lib/schemas/tender-requirements";
import { defineAction } from "@/lib/server/action";
import { getTender } from "@/lib/server/tenders/get-tender";
import { saveTenderSection } from "@/lib/server/tenders/save-tender-section";
import { sectionSaved } from "@/lib/server/tenders/section-saved-event";

const refresh = ({ input }: { input: { tenderId: string } }) => revalidatePath(`/tenders/${input.tenderId}`, "layout");

/** Saves the list of requirements, in the drafter's order, after the rules across the list. */
export const saveRequirementsAction = defineAction(
  { schema: requirementsSchema, permission: "tender.draft", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    // Links are checked against the criteria as saved now, not as the form last saw them.
    const tender = await getTender(tx, viewer, input.tenderId);
    const criterionKeys = flattenCriteria(tender.award?.criteria ?? []).map(({ criterion }) => criterion.key);
    const [problem] = checkRequirements(input.requirements, criterionKeys);
    if (problem) {
      throw new AppError("VALIDATION", messageRef(`validation.${problem.code}`, problem.values), problem.path);
    }
    const { before, after, corrigendum } = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      corrigendumReason: input.corrigendumReason,
      section: "requirements",
      data: { requirements: input.requirements },
    });
    audit(sectionSaved("requirements", before, after, corrigendum));
    return { version: after.version };
  },
);
