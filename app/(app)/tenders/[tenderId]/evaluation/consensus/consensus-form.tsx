"use client";
import { ScoreWithReasonForm, type ScoreWithReasonValues } from "@/components/evaluation/score-with-reason-form";
import { consensusSchema } from "@/lib/schemas/evaluation";
import { recordConsensusAction } from "../actions";

/** The chair records (or changes) the agreed score of one criterion for one bid, with the rationale. */
export function ConsensusForm(props: ScoreWithReasonValues) {
  return (
    <ScoreWithReasonForm
      kind={{
        schema: consensusSchema,
        action: recordConsensusAction,
        reasonField: "rationale",
        namespace: "evaluation.consensus",
      }}
      {...props}
    />
  );
}
