"use server";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { innovationPhasesSchema } from "@/lib/schemas/innovation-phases";
import { defineAction } from "@/lib/server/action";
import { getTender } from "@/lib/server/tenders/get-tender";
import { saveTenderSection } from "@/lib/server/tenders/save-tender-section";
import { sectionSaved } from "@/lib/server/tenders/section-saved-event";

const refresh = ({ input }: { input: { tenderId: string } }) => revalidatePath(`/tenders/${input.tenderId}`, "layout");

/** Saves the phases of an innovation partnership; other procedures have none (Art. 31). */
export const saveInnovationPhasesAction = defineAction(
  {
    schema: innovationPhasesSchema,
    permission: "tender.draft",
    after: refresh,
  },
  async ({ viewer, input, tx, audit }) => {
    const tender = await getTender(tx, viewer, input.tenderId);
    if (tender.procedureType !== "INNOVATION_PARTNERSHIP") {
      throw new AppError("INVALID_STATE", "tenders.phases.onlyForInnovationPartnership");
    }
    const { before, after, corrigendum } = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      corrigendumReason: input.corrigendumReason,
      section: "phases",
      data: { innovationPhases: input.phases },
    });
    audit(sectionSaved("phases", before, after, corrigendum));
    return { version: after.version };
  },
);
