import { createFormatter, createTranslator } from "next-intl";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import messages from "@/lib/i18n/messages/en.json";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import { createTender } from "@/lib/server/tenders/create-tender";
import { getTenderRevision } from "@/lib/server/tenders/get-tender-revision";
import { saveTenderSection } from "@/lib/server/tenders/save-tender-section";
import { connectTestDatabase, createTestOrganisation, createTestViewer } from "@/scripts/testing/test-database";
import type { Formatters } from "../summary-row";
import { compareTenders, sectionsApplying } from "./compare-tenders";

// Two revisions stored in PostgreSQL (JSON sections through jsonb and back), compared as the
// history's pages compare them, with the English texts.
const db = connectTestDatabase();
let drafter: Viewer;

const f = {
  t: createTranslator({ locale: "en", messages, namespace: "tenders" }),
  format: createFormatter({ locale: "en", timeZone: "Europe/Brussels" }),
  locale: "en",
  clauseVersions: new Map(),
} as unknown as Formatters;

beforeAll(async () => {
  drafter = await createTestViewer(db, (await createTestOrganisation(db)).id, ["DRAFTER"]);
});

afterAll(() => db.$disconnect());

type SectionData = Parameters<typeof saveTenderSection>[2]["data"];

const save = (tenderId: string, version: number, section: string, data: SectionData) =>
  db.$transaction((tx) => saveTenderSection(tx, drafter, { tenderId, version, section, data }));

const lot = { key: "LOT-1", title: "Hosting", description: "Two data centres", cpv: null, estimatedValueCents: 100_00 };

async function compareVersions(tenderId: string, from: number, to: number) {
  const [before, after] = await Promise.all([
    getTenderRevision(db, drafter, tenderId, from),
    getTenderRevision(db, drafter, tenderId, to),
  ]);
  const applies = sectionsApplying([before.tender, after.tender], drafter.organisation.authorityType);
  return compareTenders(before.tender, after.tender, applies, f);
}

describe("comparing two revisions", () => {
  it("shows, per section, the answers that changed with readable values", async () => {
    const tender = await db.$transaction((tx) => createTender(tx, drafter, { title: "Collaboration suite" }));
    await save(tender.id, 0, "about", { summary: "For 4,000 staff", reasonsForNotDividing: "One service" });
    await save(tender.id, 1, "lots", { summary: "For 5,000 staff", lots: [lot], reasonsForNotDividing: "" });

    const { changed, unchanged } = await compareVersions(tender.id, 1, 2);
    expect(changed.map((section) => section.section)).toEqual(["about", "lots"]);
    const about = changed[0]!;
    expect(about.changedCount).toBe(1);
    expect(about.answers.find((answer) => answer.change !== "unchanged")).toEqual({
      key: "summary",
      change: "changed",
      before: { key: "summary", value: "For 4,000 staff" },
      after: { key: "summary", value: "For 5,000 staff" },
    });
    // The reasons for not dividing went, a lot came, its value written as money.
    expect(changed[1]!.answers).toEqual([
      {
        key: "reasonsForNotDividing",
        change: "removed",
        before: { key: "reasonsForNotDividing", value: "One service" },
        after: null,
      },
      {
        key: "LOT-1",
        change: "added",
        before: null,
        after: { key: "LOT-1", label: "LOT-1 · Hosting", value: ["€100.00", "Two data centres"] },
      },
    ]);
    // The innovation phases do not apply to this tender, so they are not even listed as unchanged.
    expect(unchanged.map((section) => section.section)).toEqual([
      "procedure",
      "scope",
      "criteria",
      "requirements",
      "clauses",
      "sovereignty",
      "timeline",
    ]);
  });

  it("shows a lot's new CPV code as a changed answer, and sees nothing in a JSON section saved again as it was", async () => {
    const tender = await db.$transaction((tx) => createTender(tx, drafter, { title: "Hosting" }));
    await save(tender.id, 0, "lots", { lots: [lot] });
    await save(tender.id, 1, "lots", { lots: [{ ...lot, cpv: "72000000" }] });
    // The same lot written with its keys in another order: jsonb stores it as it likes.
    const { key, title, ...rest } = lot;
    await save(tender.id, 2, "lots", { lots: [{ ...rest, cpv: "72000000", title, key }] });

    const detail = await compareVersions(tender.id, 1, 2);
    expect(detail.changed).toHaveLength(1);
    // The lot's own CPV code is printed in its row (a change the rows did not print would be
    // flagged as unprintedChange: see compare-answers.test.ts).
    expect(detail.changed[0]).toMatchObject({ section: "lots", changedCount: 1, unprintedChange: false });

    const same = await compareVersions(tender.id, 2, 3);
    expect(same.changed).toEqual([]);
  });

  it("shows a criterion's new minimum score and description, and the minimum quality points", async () => {
    const tender = await db.$transaction((tx) => createTender(tx, drafter, { title: "Case management" }));
    const fit = { key: "fit", name: "Fit", kind: "QUALITY", weight: 70 };
    const award = (extra: { fit?: object; minimumQualityPoints?: number } = {}) => ({
      criteria: [
        { key: "cost", name: "Cost", kind: "COST", weight: 30, costFormula: "F1" },
        { ...fit, ...extra.fit },
      ],
      qualityScale: { max: 5, descriptors: ["0", "1", "2", "3", "4", "5"] },
      scoreAggregation: "CONSENSUS",
      discountRatePercent: 3,
      tcoHorizonYears: 4,
      ...(extra.minimumQualityPoints === undefined ? {} : { minimumQualityPoints: extra.minimumQualityPoints }),
    });
    await save(tender.id, 0, "criteria", { award: award() });
    await save(tender.id, 1, "criteria", {
      award: award({ fit: { minimumScore: 3, description: "EN 301 549 **AA**." }, minimumQualityPoints: 35.5 }),
    });

    const { changed } = await compareVersions(tender.id, 1, 2);
    expect(changed.map((section) => section.section)).toEqual(["criteria"]);
    expect(changed[0]!.answers.filter((answer) => answer.change !== "unchanged")).toEqual([
      {
        key: "criterion-fit",
        change: "changed",
        before: { key: "criterion-fit", label: "Fit", value: "Quality, weight 70 %" },
        after: {
          key: "criterion-fit",
          label: "Fit",
          value: ["Quality, weight 70 %", "Minimum score 3 out of 5: a bid below it is excluded"],
          markdown: "EN 301 549 **AA**.",
        },
      },
      {
        // Quality points: every weight but cost's, 100 − 30 = 70.
        key: "minimumQualityPoints",
        change: "changed",
        before: { key: "minimumQualityPoints", label: "Minimum quality points", value: "None" },
        after: {
          key: "minimumQualityPoints",
          label: "Minimum quality points",
          value: "35.5 of 70 quality points: a bid below it is excluded",
        },
      },
    ]);
  });
});
