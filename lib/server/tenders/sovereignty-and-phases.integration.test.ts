import { describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { SovereigntyInput } from "@/lib/schemas/sovereignty";
import type { Db } from "@/lib/server/db";
import { phaseForm, storedPhase } from "@/lib/schemas/testing/innovation-phase-samples";
import { FRAMEWORK_WEIGHTS_FORM } from "@/lib/schemas/testing/sovereignty-form";
import { actionTestSession } from "@/scripts/testing/action-session";
import { expectOneSectionSaved, SECTION_SAVERS } from "@/scripts/testing/section-saves";
import { createTender } from "./create-tender";

// The server actions run for real (validation, permission, transaction, audit events); only the
// session (who is signed in) and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { saveSovereigntyAction } = await import("@/app/(app)/tenders/[tenderId]/sovereignty/actions");
const { saveInnovationPhasesAction } = await import("@/app/(app)/tenders/[tenderId]/phases/actions");

const { db, viewers } = actionTestSession(stubs);

async function draftTender(procedureType: "OPEN" | "INNOVATION_PARTNERSHIP" | null = null) {
  const tender = await db.$transaction((tx) => createTender(tx, viewers.DRAFTER, { title: "Case file search" }));
  if (procedureType) await db.tender.update({ where: { id: tender.id }, data: { procedureType } });
  return tender;
}

const auditEvents = (tenderId: string) =>
  db.auditEvent.findMany({ where: { entityType: "Tender", entityId: tenderId }, orderBy: { occurredAt: "asc" } });

const stored = (tenderId: string) =>
  db.tender.findUniqueOrThrow({
    where: { id: tenderId },
    select: { version: true, sovereignty: true, innovationPhases: true },
  });

// Personal data, an essential service, regulated, moderate lock-in. By hand from the drivers:
// SOV-1 max(dep 1, crit 2−1) = 1; SOV-2 max(legal 2, data 2) = 2; SOV-3 max(data 2, legal 2−1) = 2;
// SOV-4 max(crit 2, dep 1−1) = 2; SOV-5 max(dep 1, crit 2−1) = 1; SOV-6 max(dep 1, data 2−1) = 1;
// SOV-7 max(crit 2, data 2, legal 2−1) = 2; SOV-8 never gated = 0.
const PROPOSAL = { "SOV-1": 1, "SOV-2": 2, "SOV-3": 2, "SOV-4": 2, "SOV-5": 1, "SOV-6": 1, "SOV-7": 2, "SOV-8": 0 };

function sovereigntyForm(
  tenderId: string,
  version = 0,
  changes: { seal?: object; weights?: object } = {},
): SovereigntyInput {
  const minimumSeal = Object.fromEntries(
    Object.entries(PROPOSAL).map(([objective, seal]) => [objective, { seal: String(seal), justification: "" }]),
  );
  return {
    tenderId,
    version,
    assessment: { dataSensitivity: "2", serviceCriticality: "2", legalExposure: "2", supplierDependence: "1" },
    minimumSeal: { ...minimumSeal, ...changes.seal },
    weights: { ...FRAMEWORK_WEIGHTS_FORM, ...changes.weights },
  } as SovereigntyInput;
}

const phase = phaseForm;
const phasesForm = (tenderId: string, version = 0) => ({
  tenderId,
  version,
  phases: [phase("RESEARCH_AND_DEVELOPMENT"), phase("PILOT", { maxCost: "450 000", goNoGoCriteria: "" })],
});

describe("saving the sovereignty profile", () => {
  it.each(SECTION_SAVERS)("as %s: %s", async (role, outcome) => {
    const tender = await draftTender();
    stubs.viewer = viewers[role];
    const result = await saveSovereigntyAction(sovereigntyForm(tender.id));
    if (outcome === "ok") {
      expect(result).toEqual({ ok: true, data: { version: 1 } });
      expect((await stored(tender.id)).version).toBe(1);
    } else {
      expect(result).toMatchObject({ ok: false, code: outcome });
      expect(await stored(tender.id)).toMatchObject({ version: 0, sovereignty: null });
      expect(await auditEvents(tender.id)).toHaveLength(0);
    }
  });

  it("stores the profile, with a justification only where the minimum differs, and audits it", async () => {
    const tender = await draftTender();
    stubs.viewer = viewers.DRAFTER;
    const result = await saveSovereigntyAction(
      sovereigntyForm(tender.id, 0, {
        seal: {
          "SOV-6": { seal: "3", justification: "  The source code must be auditable.  " },
          "SOV-8": { seal: "0", justification: "Left over from an earlier choice" },
        },
        weights: { "SOV-5": "10", "SOV-6": "25" },
      }),
    );
    expect(result).toEqual({ ok: true, data: { version: 1 } });
    const profile = {
      assessment: { dataSensitivity: 2, serviceCriticality: 2, legalExposure: 2, supplierDependence: 1 },
      minimumSeal: {
        ...Object.fromEntries(
          Object.entries(PROPOSAL).map(([objective, seal]) => [objective, { seal, justification: null }]),
        ),
        "SOV-6": { seal: 3, justification: "The source code must be auditable." },
      },
      weights: {
        "SOV-1": 15,
        "SOV-2": 10,
        "SOV-3": 10,
        "SOV-4": 15,
        "SOV-5": 10,
        "SOV-6": 25,
        "SOV-7": 10,
        "SOV-8": 5,
      },
    };
    expect((await stored(tender.id)).sovereignty).toEqual(profile);
    await expectOneSectionSaved(db, tender.id, viewers.DRAFTER, {
      before: { section: "sovereignty", sovereignty: null },
      after: { section: "sovereignty", version: 1, sovereignty: profile },
    });
  });

  it("refuses weights that do not sum to 100 and a changed level without justification, saving nothing", async () => {
    const tender = await draftTender();
    stubs.viewer = viewers.DRAFTER;
    const result = await saveSovereigntyAction(
      sovereigntyForm(tender.id, 0, {
        seal: { "SOV-3": { seal: "3", justification: " " } },
        weights: { "SOV-8": "10" },
      }),
    );
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      formError: "errors.VALIDATION",
      fieldErrors: {
        "minimumSeal.SOV-3.justification": [
          'validation.sovereignty.justificationRequired?{"objective":"SOV-3","proposed":2}',
        ],
        // 15 + 10 + 10 + 15 + 20 + 15 + 10 + 10
        weights: ['validation.sovereignty.weightsSum?{"sum":105}'],
      },
    });
    const forged = await saveSovereigntyAction({
      ...sovereigntyForm(tender.id),
      assessment: { dataSensitivity: "9", serviceCriticality: "2", legalExposure: "2", supplierDependence: "1" },
    });
    expect(forged).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: { "assessment.dataSensitivity": ["validation.sovereignty.answerRequired.dataSensitivity"] },
    });
    expect(await stored(tender.id)).toMatchObject({ version: 0, sovereignty: null });
    expect(await auditEvents(tender.id)).toHaveLength(0);
  });

  it("answers a save on an old version with a conflict and keeps the newer profile", async () => {
    const tender = await draftTender();
    stubs.viewer = viewers.DRAFTER;
    expect(await saveSovereigntyAction(sovereigntyForm(tender.id, 0))).toMatchObject({ ok: true });
    const late = await saveSovereigntyAction(
      sovereigntyForm(tender.id, 0, { weights: { "SOV-1": "20", "SOV-5": "15" } }),
    );
    expect(late).toMatchObject({ ok: false, code: "CONFLICT", formError: "errors.tenderChangedMeanwhile" });
    const after = await stored(tender.id);
    expect(after.version).toBe(1);
    expect((after.sovereignty as { weights: Record<string, number> }).weights["SOV-1"]).toBe(15);
    expect(await auditEvents(tender.id)).toHaveLength(1);
  });
});

describe("saving the innovation phases", () => {
  it.each(SECTION_SAVERS)("as %s: %s", async (role, outcome) => {
    const tender = await draftTender("INNOVATION_PARTNERSHIP");
    stubs.viewer = viewers[role];
    const result = await saveInnovationPhasesAction(phasesForm(tender.id));
    if (outcome === "ok") {
      expect(result).toEqual({ ok: true, data: { version: 1 } });
    } else {
      expect(result).toMatchObject({ ok: false, code: outcome });
      expect(await stored(tender.id)).toMatchObject({ version: 0, innovationPhases: [] });
      expect(await auditEvents(tender.id)).toHaveLength(0);
    }
  });

  it("stores the plan as lists, months and cents, and audits it", async () => {
    const tender = await draftTender("INNOVATION_PARTNERSHIP");
    stubs.viewer = viewers.DRAFTER;
    expect(await saveInnovationPhasesAction(phasesForm(tender.id))).toEqual({ ok: true, data: { version: 1 } });
    const plan = [
      storedPhase("RESEARCH_AND_DEVELOPMENT"),
      // "450 000" euros = 45,000,000 cents.
      storedPhase("PILOT", { goNoGoCriteria: [], maxCostCents: 45_000_000 }),
    ];
    expect((await stored(tender.id)).innovationPhases).toEqual(plan);
    await expectOneSectionSaved(db, tender.id, viewers.DRAFTER, {
      before: { section: "phases", innovationPhases: [] },
      after: { section: "phases", version: 1, innovationPhases: plan },
    });
  });

  it("refuses phases for a tender that is not an innovation partnership", async () => {
    for (const procedure of ["OPEN", null] as const) {
      const tender = await draftTender(procedure);
      stubs.viewer = viewers.DRAFTER;
      expect(await saveInnovationPhasesAction(phasesForm(tender.id))).toMatchObject({
        ok: false,
        code: "INVALID_STATE",
        formError: "tenders.phases.onlyForInnovationPartnership",
      });
      expect(await stored(tender.id)).toMatchObject({ version: 0, innovationPhases: [] });
      expect(await auditEvents(tender.id)).toHaveLength(0);
    }
  });

  it("refuses a plan out of order or with missing targets, naming the phase", async () => {
    const tender = await draftTender("INNOVATION_PARTNERSHIP");
    stubs.viewer = viewers.DRAFTER;
    const result = await saveInnovationPhasesAction({
      tenderId: tender.id,
      version: 0,
      phases: [phase("PROTOTYPE", { goNoGoCriteria: "" }), phase("PILOT", { maxCost: "nothing" })],
    });
    expect(result).toMatchObject({
      ok: false,
      code: "VALIDATION",
      fieldErrors: {
        "phases.0.kind": ['validation.phases.mustStartWithResearch?{"number":1}'],
        "phases.0.goNoGoCriteria": ['validation.phases.goNoGoMissing?{"number":1}'],
        "phases.1.maxCost": ['validation.phases.maxCostInvalid?{"number":2}'],
      },
    });
    expect(await stored(tender.id)).toMatchObject({ version: 0, innovationPhases: [] });
  });

  it("answers a save on an old version with a conflict and keeps the newer plan", async () => {
    const tender = await draftTender("INNOVATION_PARTNERSHIP");
    stubs.viewer = viewers.ADMIN;
    expect(await saveInnovationPhasesAction(phasesForm(tender.id, 0))).toMatchObject({ ok: true });
    const late = await saveInnovationPhasesAction({
      tenderId: tender.id,
      version: 0,
      phases: [phase("RESEARCH_AND_DEVELOPMENT", { goNoGoCriteria: "" })],
    });
    expect(late).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await stored(tender.id)).toMatchObject({ version: 1 });
    expect((await stored(tender.id)).innovationPhases).toHaveLength(2);
    expect(await auditEvents(tender.id)).toHaveLength(1);
  });
});
