"use client";
import { ScoreWithReasonForm, type ScoreWithReasonValues } from "@/components/evaluation/score-with-reason-form";
import { scoreSchema } from "@/lib/schemas/evaluation";
import { saveScoreAction } from "../actions";

/** An evaluator's own score of one criterion for one bid, with its justification, saved as they go. */
export function ScoreForm(props: ScoreWithReasonValues) {
  return (
    <ScoreWithReasonForm
      kind={{
        schema: scoreSchema,
        action: saveScoreAction,
        reasonField: "justification",
        namespace: "evaluation.scoring",
      }}
      {...props}
    />
  );
}
