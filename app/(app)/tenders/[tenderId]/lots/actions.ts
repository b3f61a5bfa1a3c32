"use server";
import { revalidatePath } from "next/cache";
import { checkTender } from "@/lib/domain/tender/check-tender";
import type { Lot } from "@/lib/domain/tender/lots";
import { AppError } from "@/lib/errors";
import { lotsSchema } from "@/lib/schemas/tender-lots";
import { defineAction } from "@/lib/server/action";
import { isKnownCpv } from "@/lib/server/cpv/cpv-index";
import { getTender } from "@/lib/server/tenders/get-tender";
import { saveTenderSection } from "@/lib/server/tenders/save-tender-section";
import { sectionSaved } from "@/lib/server/tenders/section-saved-event";

const refresh = ({ input }: { input: { tenderId: string } }) => revalidatePath(`/tenders/${input.tenderId}`, "layout");

/**
 * Saves the answer to "divide into lots?": the lots, or the reasons for not dividing. One answer
 * replaces the other, so the tender never holds both.
 */
export const saveLotsAction = defineAction(
  { schema: lotsSchema, permission: "tender.draft", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    let data: { lots: Lot[]; reasonsForNotDividing: string };
    if (input.divided === "DIVIDED") {
      // The form only offers codes from the list; a forged post is answered next to the field.
      input.lots.forEach((lot, i) => {
        if (lot.cpv !== "" && !isKnownCpv(lot.cpv))
          throw new AppError("VALIDATION", "cpv.unknownCode", `lots.${i}.cpv`);
      });
      data = {
        lots: input.lots.map((lot) => ({
          key: lot.key,
          title: lot.title,
          description: lot.description,
          cpv: lot.cpv === "" ? null : lot.cpv,
          estimatedValueCents: lot.estimatedValue,
        })),
        reasonsForNotDividing: "",
      };
    } else {
      // Art. 46(1): above the threshold the reasons are mandatory; the threshold comes from the
      // saved scope, read as above while it is unknown (the stricter reading, as checkTender does).
      const { threshold } = checkTender(await getTender(tx, viewer, input.tenderId), viewer.organisation.authorityType);
      if (input.reasonsForNotDividing === "" && (threshold?.isAboveThreshold ?? true)) {
        throw new AppError("VALIDATION", "validation.lots.reasonsRequired", "reasonsForNotDividing");
      }
      data = { lots: [], reasonsForNotDividing: input.reasonsForNotDividing };
    }
    const { before, after, corrigendum } = await saveTenderSection(tx, viewer, {
      tenderId: input.tenderId,
      version: input.version,
      corrigendumReason: input.corrigendumReason,
      section: "lots",
      data,
    });
    audit(sectionSaved("lots", before, after, corrigendum));
    return { version: after.version };
  },
);
