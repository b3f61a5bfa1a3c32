"use server";
import { revalidatePath } from "next/cache";
import {
  completeConsensusSchema,
  confirmNamesSchema,
  conflictSchema,
  consensusSchema,
  panelSchema,
  reopenSchema,
  scoreSchema,
  signDeclarationSchema,
  submitScoresSchema,
} from "@/lib/schemas/evaluation";
import { defineAction } from "@/lib/server/action";
import { completeConsensus, recordConsensus, reopenSubmission } from "@/lib/server/evaluation/consensus";
import { confirmDeclarationWithNames, declareConflict, signDeclaration } from "@/lib/server/evaluation/declarations";
import { savePanel } from "@/lib/server/evaluation/manage-panel";
import { saveScore, submitScores } from "@/lib/server/evaluation/scoring";

/** A change to the evaluation changes what its pages, the bid pages and /evaluations show. */
function refresh({ input }: { input: { tenderId: string } }) {
  revalidatePath(`/tenders/${input.tenderId}`, "layout");
  revalidatePath("/evaluations");
}

/** The procurement lead sets up the panel and its settings. */
export const savePanelAction = defineAction(
  { schema: panelSchema, permission: "panel.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { panelId, version, event } = await savePanel(tx, viewer, input);
    audit(event);
    return { panelId, version };
  },
);

export const signDeclarationAction = defineAction(
  { schema: signDeclarationSchema, permission: "bid.evaluate", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    audit(await signDeclaration(tx, viewer, input));
    return null;
  },
);

export const confirmNamesAction = defineAction(
  { schema: confirmNamesSchema, permission: "bid.evaluate", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    audit(await confirmDeclarationWithNames(tx, viewer, input));
    return null;
  },
);

export const declareConflictAction = defineAction(
  { schema: conflictSchema, permission: "bid.evaluate", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    audit(await declareConflict(tx, viewer, input));
    return null;
  },
);

/** An evaluator saves one score as they go. */
export const saveScoreAction = defineAction(
  { schema: scoreSchema, permission: "bid.evaluate", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { version, event } = await saveScore(tx, viewer, input);
    audit(event);
    return { version };
  },
);

export const submitScoresAction = defineAction(
  { schema: submitScoresSchema, permission: "bid.evaluate", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    audit(await submitScores(tx, viewer, input));
    return null;
  },
);

/** The chair reopens one evaluator's submitted scores, with a reason. */
export const reopenSubmissionAction = defineAction(
  { schema: reopenSchema, permission: "bid.evaluate", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    audit(await reopenSubmission(tx, viewer, input));
    return null;
  },
);

export const recordConsensusAction = defineAction(
  { schema: consensusSchema, permission: "bid.evaluate", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const { version, event } = await recordConsensus(tx, viewer, input);
    audit(event);
    return { version };
  },
);

export const completeConsensusAction = defineAction(
  { schema: completeConsensusSchema, permission: "bid.evaluate", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    audit(await completeConsensus(tx, viewer, input));
    return null;
  },
);
