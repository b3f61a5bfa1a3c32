"use server";
import { revalidatePath } from "next/cache";
import { createTenderSchema } from "@/lib/schemas/tender";
import { defineAction } from "@/lib/server/action";
import { createTender } from "@/lib/server/tenders/create-tender";

export const createTenderAction = defineAction(
  { schema: createTenderSchema, permission: "tender.draft", after: () => revalidatePath("/tenders") },
  async ({ viewer, input, tx, audit }) => {
    const tender = await createTender(tx, viewer, input);
    audit({
      action: "tender.created",
      entityType: "Tender",
      entityId: tender.id,
      after: { reference: tender.reference, title: tender.title },
    });
    return { tenderId: tender.id };
  },
);
