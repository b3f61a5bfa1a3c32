import { beforeAll, describe, expect, it, vi } from "vitest";
import type { BidComponent } from "@/lib/domain/bids/bid-model";
import { evaluateTender } from "@/lib/domain/evaluation/evaluate-tender";
import { toExactText } from "@/lib/domain/rational";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import { evaluationFileSchema, evaluationInputOf } from "@/lib/schemas/evaluation-file";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { actionTestSession } from "@/scripts/testing/action-session";
import {
  createEvaluatedTender,
  EVALUATION_TEST_AWARD,
  createPanelMembers,
  evaluationPeople,
} from "@/scripts/testing/evaluation-fixtures";
import { readConsensusView } from "./consensus-view";
import { loadEvaluation } from "./load-evaluation";
import { readScoringView } from "./scoring-view";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const actions = await import("@/app/(app)/tenders/[tenderId]/evaluation/actions");
const { GET } = await import("@/app/api/evaluation-file/route");

/**
 * The award of evaluation-fixtures.ts with its "exit" sub-criterion (OPENNESS, 30 points) computed
 * automatically from the licences alone (the tender requires no open standard, so they would count
 * alone anyway). By hand, with "fit" scored 4, 3, 5 by consensus (30 × s / 5) and F1 on EUR 100,000,
 * 80,000 and 125,000 (40 × 80,000 / P):
 *   Alpha: EUPL-1.2 and PostgreSQL, both open → exit 30; 24 + 30 + 32 = 86;
 *   Beta: claims open source, delivers BUSL-1.1 → open-washing, exit 0; 18 + 0 + 40 = 58;
 *   Gamma: EUPL-1.2 and a proprietary dependency, no open source claim → 1/2, exit 15; 30 + 15 + 25.6 = 70.6.
 * Ranking: Alpha, Gamma, Beta (with the panel's exit scores 4, 2, 5 it was Gamma, Alpha, Beta).
 */
const AUTOMATIC_AWARD: AwardCriteria = {
  ...EVALUATION_TEST_AWARD,
  criteria: EVALUATION_TEST_AWARD.criteria.map((criterion) =>
    criterion.key === "quality"
      ? {
          ...criterion,
          children: criterion.children!.map((child) =>
            child.key === "exit"
              ? { ...child, automaticOpenness: { licencesPercent: 100, standardsPercent: 0 } }
              : child,
          ),
        }
      : criterion,
  ),
};
const component = (name: string, licence: string, relation: BidComponent["relation"]): BidComponent => ({
  name,
  version: "1",
  supplier: "",
  licence,
  repository: "",
  relation,
  isAiModel: false,
  modelOpennessClass: null,
});
const CONTENTS = [
  {},
  { components: [component("core", "BUSL-1.1", "DELIVERED"), component("db", "PostgreSQL", "DEPENDENCY")] },
  {
    claimsOpenSource: false,
    components: [component("app", "EUPL-1.2", "DELIVERED"), component("reports", "LicenseRef-Own", "DEPENDENCY")],
  },
];

const { db, viewers } = actionTestSession(stubs);
let chair: Viewer;
let evaluators: [Viewer, Viewer];

beforeAll(async () => {
  ({ chair, evaluators } = await createPanelMembers(db, viewers.DRAFTER.organisation.id));
});

const evaluated = (stage: "PANEL" | "SUBMITTED" | "CONSENSUS") =>
  createEvaluatedTender(db, evaluationPeople(viewers, chair, evaluators), {
    stage,
    award: AUTOMATIC_AWARD,
    contents: CONTENTS,
  });
const as = (viewer: Viewer) => {
  stubs.viewer = viewer;
  return actions;
};
const refusal = {
  ok: false,
  code: "VALIDATION",
  formError: "validation.evaluation.criterionAutomatic",
  fieldErrors: { criterionKey: ["validation.evaluation.criterionAutomatic"] },
};

describe("an openness criterion computed automatically", () => {
  it("cannot be scored by an evaluator, and is not needed to submit", async () => {
    const { tender, bids } = await evaluated("PANEL");
    const score = (criterionKey: string, bidId: string) =>
      as(evaluators[0]!).saveScoreAction({
        tenderId: tender.id,
        bidId,
        criterionKey,
        version: "",
        score: "4",
        justification: "Open licences throughout",
      });
    expect(await score("exit", bids[0]!.id)).toEqual(refusal);
    expect(await db.evaluatorScore.count({ where: { bidId: bids[0]!.id } })).toBe(0);

    // The scoring page lists "fit" only to score, and shows the exit's figures instead.
    const view = await readScoringView(db, evaluators[0]!, tender.id);
    expect(view.context.criteria.map((criterion) => criterion.key)).toEqual(["fit"]);
    expect(view.context.automaticCriteria.map((criterion) => criterion.key)).toEqual(["exit"]);
    expect(bids.map((bid) => view.automatic.get(bid.id)![0]!.points.shown)).toEqual(["30.00", "0.00", "15.00"]);
    expect(view.progress.total).toBe(3);

    for (const bid of bids) expect((await score("fit", bid.id)).ok).toBe(true);
    const member = await db.panelMember.findFirstOrThrow({ where: { userId: evaluators[0]!.userId, panel: { tenderId: tender.id } } }); // prettier-ignore
    const submitted = await as(evaluators[0]!).submitScoresAction({
      tenderId: tender.id,
      version: member.version,
      confirm: true,
    });
    expect(submitted).toEqual({ ok: true, data: null });
  });

  it("cannot be given a consensus score by the chair", async () => {
    const { tender, bids } = await evaluated("SUBMITTED");
    const consensus = await as(chair).recordConsensusAction({
      tenderId: tender.id,
      bidId: bids[1]!.id,
      criterionKey: "exit",
      version: "",
      score: "5",
      rationale: "Agreed",
    });
    expect(consensus).toEqual(refusal);
    // The chair moderates "fit" only, and reads the exit's figures beside it.
    const view = await readConsensusView(db, chair, tender.id);
    expect(
      view.bids.map(({ cells, automatic }) => [
        cells.map((cell) => cell.criterionKey),
        automatic.map((figures) => figures.licenceBasis),
      ]),
    ).toEqual([
      // prettier-ignore
      [["fit"], ["COMPONENTS"]],
      [["fit"], ["OPEN_WASHING"]],
      [["fit"], ["COMPONENTS"]],
    ]);
  });

  it("counts in the ranking with its computed points, and the evaluation file recomputes them", async () => {
    const { tender, bids } = await evaluated("CONSENSUS");
    const loaded = await loadEvaluation(db, viewers.DRAFTER, tender.id);
    if (!loaded.ready) throw new Error(JSON.stringify(loaded.problems));
    const lot = loaded.evaluation.result.lots[0]!;
    const exit = (bidId: string) => lot.bids.find((bid) => bid.bidId === bidId)!.points.find((p) => p.criterionKey === "exit")!.points; // prettier-ignore
    expect(bids.map((bid) => toExactText(exit(bid.id)!))).toEqual(["30", "0", "15"]);
    expect(lot.ranking.map((entry) => [entry.bidId, entry.rank])).toEqual([
      [bids[0]!.id, 1],
      [bids[2]!.id, 2],
      [bids[1]!.id, 3],
    ]);
    expect(lot.bids.map((bid) => toExactText(bid.totalPoints!))).toEqual(["86", "58", "353/5"]);

    stubs.viewer = viewers.DRAFTER;
    const response = await GET(new Request(`http://localhost/api/evaluation-file?tender=${tender.id}`));
    expect(response.status).toBe(200);
    const file = evaluationFileSchema.parse(await response.json());
    expect(file.award.criteria[1]!.children![1]!.automaticOpenness).toEqual({ licencesPercent: 100, standardsPercent: 0 }); // prettier-ignore
    expect(file.bids[1]!.openness).toMatchObject({
      openWashing: true,
      standards: { required: 0, met: 0, partlyMet: 0 },
    });
    const again = evaluateTender(evaluationInputOf(file));
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect(again.result.lots[0]!.bids.map((bid) => toExactText(bid.totalPoints!))).toEqual(["86", "58", "353/5"]);
  });
});
