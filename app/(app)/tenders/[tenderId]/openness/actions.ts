"use server";
import { revalidatePath } from "next/cache";
import { applyLintFixSchema, dismissLintWarningSchema } from "@/lib/schemas/openness";
import { defineAction } from "@/lib/server/action";
import { applyLintFix, dismissLintWarning } from "@/lib/server/tenders/lint-findings-actions";

/** The task list, every section page and the openness page show the findings. */
const refresh = ({ input }: { input: { tenderId: string } }) => revalidatePath(`/tenders/${input.tenderId}`, "layout");

export const applyLintFixAction = defineAction(
  { schema: applyLintFixSchema, permission: "tender.draft", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { after, event } = await applyLintFix(tx, viewer, input);
    audit(event);
    return { version: after.version };
  },
);

export const dismissLintWarningAction = defineAction(
  { schema: dismissLintWarningSchema, permission: "tender.draft", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { after, event } = await dismissLintWarning(tx, viewer, input);
    audit(event);
    return { version: after.version };
  },
);
