import { describe, expect, it, vi } from "vitest";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import { awardFormValues, type CriteriaInput } from "@/lib/schemas/award-criteria";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { createTender } from "@/lib/server/tenders/create-tender";
import { getTender } from "@/lib/server/tenders/get-tender";
import { restoreTenderRevision } from "@/lib/server/tenders/restore-tender-revision";
import { actionTestSession } from "@/scripts/testing/action-session";
import { expectOneSectionSaved } from "@/scripts/testing/section-saves";

// The server action runs for real (validation, permission, transaction, audit event); only the
// session (who is signed in) and Next's cache are stood in for.
const stubs = vi.hoisted(() => ({ viewer: null as Viewer | null, db: null as Db | null }));
vi.mock("@/lib/server/auth/viewer", () => ({ getViewer: async () => stubs.viewer }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { saveCriteriaAction } = await import("./actions");

const { db, viewers, runAs } = actionTestSession(stubs);

const award: AwardCriteria = {
  criteria: [
    {
      key: "cost",
      name: "Total cost of ownership",
      kind: "COST",
      weight: 40,
      costFormula: "F5",
      referencePriceCents: 50_000_000,
      floorPriceCents: 25_000_000,
    },
    {
      key: "quality",
      name: "Quality",
      kind: "QUALITY",
      weight: 40,
      children: [
        {
          key: "fit",
          name: "Fit for the users' needs",
          description: "EN 301 549 **AA**.",
          kind: "QUALITY",
          weight: 60,
        },
        { key: "exit", name: "Exit plan", kind: "OPENNESS", weight: 40 },
      ],
    },
    { key: "sovereignty", name: "Sovereignty", kind: "SOVEREIGNTY", weight: 10 },
    { key: "openness", name: "Openness", kind: "OPENNESS", weight: 10 },
  ],
  qualityScale: { max: 5, descriptors: ["None", "Poor", "Fair", "Good", "Very good", "Excellent"] },
  scoreAggregation: "MEAN",
  discountRatePercent: 3.5,
  tcoHorizonYears: 4,
};

const draft = () => db.$transaction((tx) => createTender(tx, viewers.DRAFTER, { title: "Collaboration suite" }));

const save = runAs(saveCriteriaAction);

const input = (tenderId: string, version = 0, values = awardFormValues(award)): CriteriaInput => ({
  tenderId,
  version,
  ...values,
});

const stored = async (tenderId: string) => db.tender.findUniqueOrThrow({ where: { id: tenderId } });

describe("saving the award criteria", () => {
  it.each(["DRAFTER", "ADMIN"] as const)("lets a %s of the organisation save them, as sent", async (role) => {
    const tender = await draft();
    expect(await save(viewers[role], input(tender.id))).toEqual({ ok: true, data: { version: 1 } });
    expect((await stored(tender.id)).award).toEqual(award);
    expect((await getTender(db, viewers.DRAFTER, tender.id)).award).toEqual(award);
  });

  it.each([
    ["OSPO", "FORBIDDEN"],
    ["EVALUATOR", "FORBIDDEN"],
    ["OTHER_DRAFTER", "NOT_FOUND"],
  ] as const)("refuses a %s (%s) and changes nothing", async (who, code) => {
    const tender = await draft();
    expect(await save(viewers[who], input(tender.id))).toMatchObject({ ok: false, code });
    expect(await stored(tender.id)).toMatchObject({ award: null, version: 0 });
  });

  it("refuses weights that do not add up to 100, naming the level, and saves nothing", async () => {
    const tender = await draft();
    const values = awardFormValues(award);
    values.criteria![0]!.weight = "30";
    values.criteria![1]!.children![1]!.weight = "45";
    expect(await save(viewers.DRAFTER, input(tender.id, 0, values))).toEqual({
      ok: false,
      code: "VALIDATION",
      formError: "errors.VALIDATION",
      fieldErrors: {
        "criteria.1.children": ['validation.criteria.weightsSum?{"sum":105}'],
        criteria: ['validation.criteria.weightsSum?{"sum":90}'],
      },
    });
    expect(await stored(tender.id)).toMatchObject({ award: null, version: 0 });
  });

  it("refuses F5 without its reference price, at the field", async () => {
    const tender = await draft();
    const values = awardFormValues(award);
    values.criteria![0]!.referencePrice = "";
    expect(await save(viewers.DRAFTER, input(tender.id, 0, values))).toMatchObject({
      ok: false,
      fieldErrors: { "criteria.0.referencePrice": ["validation.criteria.referencePriceInvalid"] },
    });
  });

  it("never overwrites a newer save: a save from an old version gets a conflict", async () => {
    const tender = await draft();
    expect(await save(viewers.DRAFTER, input(tender.id, 0))).toMatchObject({ ok: true });
    const older = awardFormValues({ ...award, scoreAggregation: "CONSENSUS" });
    expect(await save(viewers.ADMIN, input(tender.id, 0, older))).toMatchObject({
      ok: false,
      code: "CONFLICT",
      formError: "errors.tenderChangedMeanwhile",
    });
    expect(await stored(tender.id)).toMatchObject({ version: 1, award: { scoreAggregation: "MEAN" } });
  });

  it("records who saved what in the audit trail, and a revision", async () => {
    const tender = await draft();
    await save(viewers.DRAFTER, input(tender.id));
    await expectOneSectionSaved(db, tender.id, viewers.DRAFTER, {
      before: { section: "criteria", award: null },
      after: { section: "criteria", version: 1, award },
    });
    const revisions = await db.tenderRevision.findMany({ where: { tenderId: tender.id }, orderBy: { version: "asc" } });
    expect(revisions.map((revision) => [revision.version, revision.section])).toEqual([
      [0, "created"],
      [1, "criteria"],
    ]);
  });

  it("saves an openness criterion computed automatically, in the audit trail like any change", async () => {
    const tender = await draft();
    await save(viewers.DRAFTER, input(tender.id));
    const values = awardFormValues(award);
    values.criteria![3] = { ...values.criteria![3]!, opennessScoring: "AUTOMATIC", licencesPercent: "60" };
    expect(await save(viewers.DRAFTER, input(tender.id, 1, values))).toEqual({ ok: true, data: { version: 2 } });
    const automatic = { key: "openness", name: "Openness", kind: "OPENNESS", weight: 10, automaticOpenness: { licencesPercent: 60, standardsPercent: 40 } }; // prettier-ignore
    expect((await stored(tender.id)).award).toMatchObject({ criteria: [{}, {}, {}, automatic] });
    const events = await db.auditEvent.findMany({ where: { entityType: "Tender", entityId: tender.id }, orderBy: { occurredAt: "asc" } }); // prettier-ignore
    expect(events.at(-1)).toMatchObject({
      action: "tender.section_saved",
      before: { section: "criteria", award: { criteria: [{}, {}, {}, { key: "openness", weight: 10 }] } },
      after: { section: "criteria", version: 2, award: { criteria: [{}, {}, {}, automatic] } },
    });
    // A share of the licences that is not a whole percentage is refused at its field.
    values.criteria![3]!.licencesPercent = "half";
    expect(await save(viewers.DRAFTER, input(tender.id, 2, values))).toMatchObject({
      ok: false,
      fieldErrors: { "criteria.3.licencesPercent": ["validation.criteria.automaticOpennessMixInvalid"] },
    });
  });

  it("saves an empty list (the section is then not started)", async () => {
    const tender = await draft();
    expect(await save(viewers.DRAFTER, input(tender.id, 0, { ...awardFormValues(award), criteria: [] }))).toMatchObject(
      {
        ok: true,
      },
    );
    expect((await stored(tender.id)).award).toEqual({ ...award, criteria: [] });
  });
});

/** The award with a minimum score on "Fit for the users' needs" and 30 of the 60 quality points required. */
const withThresholds: AwardCriteria = {
  ...award,
  criteria: award.criteria.map((criterion) =>
    criterion.key === "quality"
      ? {
          ...criterion,
          children: criterion.children!.map((child, i) => (i === 0 ? { ...child, minimumScore: 3 } : child)),
        }
      : criterion,
  ),
  minimumQualityPoints: 30,
};

describe("quality thresholds (C-546/16 Montte)", () => {
  it("keeps a minimum score and a minimum of quality points through a save", async () => {
    const tender = await draft();
    expect(await save(viewers.DRAFTER, input(tender.id, 0, awardFormValues(withThresholds)))).toMatchObject({
      ok: true,
    });
    expect((await stored(tender.id)).award).toEqual(withThresholds);
    expect((await getTender(db, viewers.DRAFTER, tender.id)).award).toEqual(withThresholds);
  });

  it("refuses a minimum score above the scale and quality points above those there are, at their fields", async () => {
    const tender = await draft();
    const values = awardFormValues(withThresholds);
    values.criteria![1]!.children![0]!.minimumScore = "6";
    values.minimumQualityPoints = "61"; // cost weighs 40, so 60 quality points at most
    expect(await save(viewers.DRAFTER, input(tender.id, 0, values))).toEqual({
      ok: false,
      code: "VALIDATION",
      formError: "errors.VALIDATION",
      fieldErrors: {
        "criteria.1.children.0.minimumScore": ['validation.criteria.minimumScoreInvalid?{"max":5}'],
        minimumQualityPoints: ['validation.criteria.minimumQualityPointsInvalid?{"max":60}'],
      },
    });
    expect(await stored(tender.id)).toMatchObject({ award: null, version: 0 });
  });

  it("brings the thresholds back with the revision that had them", async () => {
    const tender = await draft();
    await save(viewers.DRAFTER, input(tender.id, 0, awardFormValues(withThresholds)));
    await save(viewers.DRAFTER, input(tender.id, 1, awardFormValues(award)));
    expect((await stored(tender.id)).award).toEqual(award);
    await db.$transaction((tx) =>
      restoreTenderRevision(tx, viewers.DRAFTER, { tenderId: tender.id, revision: 1, version: 2 }),
    );
    expect((await stored(tender.id)).award).toEqual(withThresholds);
  });

  it("publishes a threshold added after publication as a corrigendum, before and after", async () => {
    const tender = await draft();
    await save(viewers.DRAFTER, input(tender.id, 0));
    await db.tender.update({ where: { id: tender.id }, data: { status: "PUBLISHED" } });
    const reason = "A minimum quality was announced in the clarification answers.";
    expect(
      await save(viewers.DRAFTER, {
        ...input(tender.id, 1, awardFormValues(withThresholds)),
        corrigendumReason: reason,
      }),
    ).toMatchObject({ ok: true });
    const corrigenda = await db.tenderCorrigendum.findMany({ where: { tenderId: tender.id } });
    expect(corrigenda).toMatchObject([
      { number: 1, section: "criteria", reason, before: { award }, after: { award: withThresholds } },
    ]);
    expect((await stored(tender.id)).award).toEqual(withThresholds);
  });
});
