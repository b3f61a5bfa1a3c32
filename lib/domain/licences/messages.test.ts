import { describe, expect, it } from "vitest";
import en from "../../i18n/messages/en.json";
import { MODEL_OPENNESS_CLASSES } from "../bids/bid-model";
import { MODEL_CLAIM_STATUSES, MODEL_OPENNESS_LABELS } from "./ai-model";
import { OPEN_SOURCE_CLAIM_STATUSES } from "./assess-bid-licences";
import { DELIVERABLE_FINDINGS, DELIVERABLE_VERDICTS } from "./deliverables-check";
import { LICENCE_CLASSES, USE_RESTRICTIONS } from "./licence-class";
import { LICENCE_REASON_CODES } from "./licence-reasons";

function messageAt(path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], en);
}

describe("the licence messages", () => {
  it("has an English text (and so, by the translation tests, French and German) for every code and value", () => {
    const keys = [
      ...LICENCE_REASON_CODES,
      ...LICENCE_CLASSES.flatMap((value) => [`licences.class.${value}`, `licences.classHint.${value}`]),
      ...USE_RESTRICTIONS.map((value) => `licences.useRestriction.${value}`),
      ...DELIVERABLE_VERDICTS.map((value) => `licences.deliverables.verdict.${value}`),
      ...DELIVERABLE_FINDINGS.map((value) => `licences.deliverables.finding.${value}`),
      ...MODEL_CLAIM_STATUSES.map((value) => `licences.modelClaim.${value}`),
      ...MODEL_OPENNESS_CLASSES.map((value) => `licences.modelOpenness.${MODEL_OPENNESS_LABELS[value]}`),
      ...OPEN_SOURCE_CLAIM_STATUSES.map((value) => `licences.openSourceClaim.${value}`),
    ];
    for (const key of keys) expect(typeof messageAt(key), key).toBe("string");
  });
});
