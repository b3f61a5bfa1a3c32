"use server";
import { revalidatePath } from "next/cache";
import { sovereigntySchema, toSovereigntyProfile } from "@/lib/schemas/sovereignty";
import { defineAction } from "@/lib/server/action";
import { saveTenderSection } from "@/lib/server/tenders/save-tender-section";
import { sectionSaved } from "@/lib/server/tenders/section-saved-event";

const refresh = ({ input }: { input: { tenderId: string } }) => revalidatePath(`/tenders/${input.tenderId}`, "layout");

/**
 * Saves the sovereignty profile. The schema re-checks everything the page checked: the answers,
 * each minimum against the proposal the answers give (with its justification), the weights.
 */
export const saveSovereigntyAction = defineAction(
  {
    schema: sovereigntySchema,
    permission: "tender.draft",
    after: refresh,
  },
  async ({ viewer, input, tx, audit }) => {
    const { before, after, corrigendum } = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      corrigendumReason: input.corrigendumReason,
      section: "sovereignty",
      data: { sovereignty: toSovereigntyProfile(input) },
    });
    audit(sectionSaved("sovereignty", before, after, corrigendum));
    return { version: after.version };
  },
);
