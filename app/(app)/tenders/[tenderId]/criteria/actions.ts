"use server";
import { revalidatePath } from "next/cache";
import { criteriaSchema } from "@/lib/schemas/award-criteria";
import { defineAction } from "@/lib/server/action";
import { saveTenderSection } from "@/lib/server/tenders/save-tender-section";
import { sectionSaved } from "@/lib/server/tenders/section-saved-event";

const refresh = ({ input }: { input: { tenderId: string } }) => revalidatePath(`/tenders/${input.tenderId}`, "layout");

/**
 * Saves the award criteria. The schema has already run validateCriteria on the award, so what
 * reaches the database can score bids (see criteriaSchema for what blocks a save and what not).
 */
export const saveCriteriaAction = defineAction(
  { schema: criteriaSchema, permission: "tender.draft", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { before, after, corrigendum } = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      corrigendumReason: input.corrigendumReason,
      section: "criteria",
      // Plain JSON by construction: readAwardInput leaves out every key it has no value for.
      data: { award: input.award },
    });
    audit(sectionSaved("criteria", before, after, corrigendum));
    return { version: after.version };
  },
);
