import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { evaluationView } from "@/lib/domain/evaluation/evaluation-view";
import { loadViewer, type Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { EVALUATED_TENDER_TITLE } from "@/prisma/demo-evaluated-tender";
import { fromRoot } from "@/scripts/project-root";
import { createEvaluatedTender } from "@/scripts/testing/evaluation-fixtures";
import { connectTestDatabase, createRoleViewers, createTestViewer } from "@/scripts/testing/test-database";
import { loadAwardReport } from "./load-award-report";
import { loadEvaluation } from "./load-evaluation";

const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { GET } = await import("@/app/api/evaluation-file/route");

const db = connectTestDatabase();
stubs.db = db;
afterAll(() => db.$disconnect());

/** A demo account as the guard sees it in its organisation. */
async function demoViewer(email: string): Promise<Viewer> {
  const user = await db.user.findUniqueOrThrow({ where: { email }, include: { memberships: true } });
  const result = await loadViewer(db, user.id, user.memberships[0]!.organisationId);
  if (result.kind !== "viewer") throw new Error(`${email} has no organisation`);
  return result.viewer;
}

const exportFile = (viewer: Viewer | null, tenderId: string) => {
  stubs.viewer = viewer;
  return GET(new Request(`http://localhost/api/evaluation-file?tender=${encodeURIComponent(tenderId)}`));
};

let tenderId: string;
beforeAll(async () => {
  // The demo tender the seed loaded: evaluated, consensus complete, waiting for the award.
  const tender = await db.tender.findFirstOrThrow({
    where: { title: EVALUATED_TENDER_TITLE, organisation: { referencePrefix: "MIN" } },
  });
  tenderId = tender.id;
});

describe("the evaluation file", () => {
  it("is what tender-commons evaluate reproduces exactly: the app's ranking, points and sensitivity", async () => {
    const lead = await demoViewer("drafter@ministry.example");
    const response = await exportFile(lead, tenderId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename=".+-evaluation\.json"/);
    const text = await response.text();
    const file = JSON.parse(text) as { format: string; bids: unknown[]; evaluators: unknown[] };
    expect(file.format).toBe("tender-commons/evaluation");
    expect(file.bids).toHaveLength(4);

    const folder = mkdtempSync(path.join(tmpdir(), "evaluation-file-"));
    const written = path.join(folder, "evaluation.json");
    writeFileSync(written, text);
    const cli = spawnSync(process.execPath, [fromRoot("scripts/tender-commons.mjs"), "evaluate", written, "--json"], {
      encoding: "utf8",
    });
    expect(cli.stderr).toBe("");
    expect(cli.status).toBe(0);
    const recomputed = JSON.parse(cli.stdout) as { evaluation: unknown };

    const loaded = await loadEvaluation(db, lead, tenderId);
    expect(loaded.ready).toBe(true);
    if (!loaded.ready) return;
    const app = evaluationView(loaded.evaluation.result);
    // Same figures, exact and shown, the same ranking and ties, the same sensitivity and check.
    expect(recomputed.evaluation).toEqual(JSON.parse(JSON.stringify(app)));
    expect(app.lots[0]!.outcome.kind).toBe("WINNER");
  }, 60_000);

  it("is for the procurement lead and the chair; not for an evaluator, the OSPO or another organisation", async () => {
    expect((await exportFile(await demoViewer("chair@ministry.example"), tenderId)).status).toBe(200);
    expect((await exportFile(await demoViewer("evaluator2@ministry.example"), tenderId)).status).toBe(403);
    expect((await exportFile(await demoViewer("ospo@ministry.example"), tenderId)).status).toBe(403);
    expect((await exportFile(await demoViewer("drafter@municipality.example"), tenderId)).status).toBe(404);
    expect((await exportFile(null, tenderId)).status).toBe(401);
  });

  it("is refused (409) until the consensus is complete", async () => {
    const viewers = await createRoleViewers(db);
    const organisationId = viewers.DRAFTER.organisation.id;
    const chair = await createTestViewer(db, organisationId, ["EVALUATOR"]);
    const evaluator = await createTestViewer(db, organisationId, ["EVALUATOR"]);
    const { tender } = await createEvaluatedTender(
      db,
      { organisationId, leadId: viewers.DRAFTER.userId, openerId: viewers.ADMIN.userId, chairId: chair.userId, evaluatorIds: [evaluator.userId] }, // prettier-ignore
      { stage: "SUBMITTED" },
    );
    const response = await exportFile(viewers.DRAFTER, tender.id);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: "INVALID_STATE" } });
    expect((await exportFile(chair, tender.id)).status).toBe(409);
  });
});

describe("the award report's data", () => {
  it("holds the findings per bid, the declarations and the audit trail of the evaluation, for the lead", async () => {
    const lead = await demoViewer("drafter@ministry.example");
    const loaded = await loadEvaluation(db, lead, tenderId);
    if (!loaded.ready) throw new Error("the demo evaluation should be complete");
    const report = await loadAwardReport(db, lead, loaded.evaluation);
    expect(report.assessments).toHaveLength(1);
    expect(report.assessments[0]!.bids).toHaveLength(4);
    expect(report.declarations.map((member) => [member.email, member.panelRole, member.signedAt !== null])).toEqual([
      ["chair@ministry.example", "CHAIR", true],
      ["evaluator@ministry.example", "EVALUATOR", true],
      ["evaluator2@ministry.example", "EVALUATOR", true],
      ["evaluator3@ministry.example", "EVALUATOR", true],
    ]);
    const actions = report.auditTrail.byAction.map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["bid.opened", "evaluation.scores_submitted", "evaluation.consensus_completed"])); // prettier-ignore
    // Drafting is not the evaluation's: no section saves or corrigenda are counted.
    expect(actions.some((action) => action.startsWith("tender.section"))).toBe(false);
    expect(report.auditTrail.keyEvents[0]!.action).toBe("bid.opening_requested");
  });

  it("is not for an evaluator of the panel (their colleagues' own scores are not theirs to read)", async () => {
    const evaluator = await demoViewer("evaluator3@ministry.example");
    const loaded = await loadEvaluation(db, evaluator, tenderId);
    expect(loaded.ready).toBe(true);
    if (!loaded.ready) return;
    expect(loaded.evaluation.role).toBe("EVALUATOR");
    await expect(loadAwardReport(db, evaluator, loaded.evaluation)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
