import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OcdsReleasePackage } from "@/lib/domain/ocds/ocds-model";
import type { TenderStatus } from "@/lib/domain/tender/tender-enums";
import { ocdsReleasesQuerySchema } from "@/lib/schemas/ocds";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import { loadEvaluation } from "@/lib/server/evaluation/load-evaluation";
import { recordAward } from "@/lib/server/evaluation/record-award";
import { createPublishedTender, insertSealedBid, sampleBidContent } from "@/scripts/testing/bid-fixtures";
import { createEvaluatedTender } from "@/scripts/testing/evaluation-fixtures";
import { releasePackageProblems } from "@/scripts/testing/ocds-validator";
import { connectTestDatabase, createRoleViewers, createTestViewer } from "@/scripts/testing/test-database";
import { readOcdsReleasesPage, type OcdsReadOptions } from "./ocds-releases";

const db = connectTestDatabase();
afterAll(() => db.$disconnect());

const SETTINGS = {
  ocidPrefix: "ocds-test01",
  publisher: { name: "Test instance" },
  license: "https://creativecommons.org/publicdomain/zero/1.0/",
};
const today = new Date().toISOString().slice(0, 10);

let organisationId: string;
let lead: Viewer;
const tenders: Partial<Record<string, { id: string; title: string }>> = {};

async function tenderIn(status: TenderStatus, title: string, published: boolean) {
  const tender = await createPublishedTender(db, organisationId);
  const updated = await db.tender.update({ where: { id: tender.id }, data: { status, title } });
  if (published) {
    // As the app records the move to PUBLISHED (changeTenderStatus).
    await db.auditEvent.create({
      data: {
        organisationId,
        action: "tender.status_changed",
        entityType: "Tender",
        entityId: tender.id,
        before: { status: "APPROVED", version: 0 },
        after: { status: "PUBLISHED", version: 1, transition: "publish", reason: null },
      },
    });
  }
  return updated;
}

function read(query: Record<string, string> = {}, options: Partial<OcdsReadOptions> = {}) {
  return readOcdsReleasesPage(db, ocdsReleasesQuerySchema.parse(query), {
    settings: SETTINGS,
    baseUrl: "https://tenders.example.eu",
    today,
    organisationIds: [organisationId],
    ...options,
  });
}

async function readPackage(query: Record<string, string> = {}): Promise<OcdsReleasePackage> {
  const page = await read(query);
  if (page.kind !== "PACKAGE") throw new Error(`expected a package, got ${page.kind}`);
  expect(releasePackageProblems(page.releasePackage)).toEqual([]);
  return page.releasePackage;
}

beforeAll(async () => {
  const viewers = await createRoleViewers(db);
  lead = viewers.DRAFTER;
  organisationId = lead.organisation.id;
  const chair = await createTestViewer(db, organisationId, ["EVALUATOR"]);
  const evaluator = await createTestViewer(db, organisationId, ["EVALUATOR"]);

  // Created in this order, which is the feed's order.
  tenders.draft = await tenderIn("DRAFT", "Secret draft tender", false);
  tenders.review = await tenderIn("IN_REVIEW", "Secret tender in review", false);
  tenders.approved = await tenderIn("APPROVED", "Secret approved tender", false);
  tenders.cancelledDraft = await tenderIn("CANCELLED", "Secret abandoned draft", false);
  tenders.published = await tenderIn("PUBLISHED", "Published tender", true);
  await insertSealedBid(db, tenders.published.id, {
    content: sampleBidContent({ bidder: { ...sampleBidContent().bidder, name: "Sealed Bidder Ltd" } }),
  });
  tenders.cancelled = await tenderIn("CANCELLED", "Cancelled after publication", true);

  const people = { organisationId, leadId: lead.userId, openerId: viewers.ADMIN.userId, chairId: chair.userId };
  const evaluated = await createEvaluatedTender(db, { ...people, evaluatorIds: [evaluator.userId] });
  tenders.evaluation = evaluated.tender;
  const awarded = await createEvaluatedTender(db, { ...people, evaluatorIds: [evaluator.userId] });
  const loaded = await loadEvaluation(db, lead, awarded.tender.id);
  if (!loaded.ready) throw new Error("the evaluation should be ready");
  const { evaluation } = loaded;
  await db.$transaction((tx) =>
    recordAward(tx, lead, {
      tenderId: awarded.tender.id,
      version: evaluation.tender.version,
      fingerprint: evaluation.fingerprint,
      lotKey: "",
      // The fixture's ranking: Gamma Software (EUR 125,000) first.
      winnerBidId: awarded.bids[2]!.id,
      decidedOn: today,
      reason: "",
    }),
  );
  tenders.awarded = awarded.tender;
});

describe("the OCDS releases of an instance", () => {
  it("holds the published, in-evaluation, awarded and cancelled-after-publication tenders, nothing else", async () => {
    const releasePackage = await readPackage();
    const ocids = [...new Set(releasePackage.releases.map((release) => release.ocid))];
    expect(ocids).toEqual(
      [tenders.published, tenders.cancelled, tenders.evaluation, tenders.awarded].map((t) => `ocds-test01-${t!.id}`),
    );
    const text = JSON.stringify(releasePackage);
    for (const secret of ["Secret draft", "Secret tender in review", "Secret approved", "Secret abandoned"]) {
      expect(text).not.toContain(secret);
    }
    expect(releasePackage.releases.map((release) => [release.tag[0], release.tender.status])).toEqual([
      ["tender", "active"],
      ["tenderCancellation", "cancelled"],
      ["tender", "active"],
      ["tender", "complete"],
      ["award", undefined],
    ]);
  });

  it("never shows a sealed bid, nor any bid of a tender in evaluation", async () => {
    const text = JSON.stringify(await readPackage());
    expect(text).not.toContain("Sealed Bidder Ltd");
    // The tender in evaluation has opened bids from Alpha Coop, Beta Systems and Gamma Software,
    // the awarded one the same three: only the awarded tender's winner may appear, once.
    expect(text).not.toContain("Alpha Coop");
    expect(text).not.toContain("Beta Systems");
    expect(text.match(/Gamma Software/g)).toHaveLength(2);
  });

  it("publishes the winner of an awarded tender: name and price, pending during the standstill; no contact", async () => {
    const releasePackage = await readPackage();
    const award = releasePackage.releases.find((release) => release.tag[0] === "award")!;
    expect(award.ocid).toBe(`ocds-test01-${tenders.awarded!.id}`);
    expect(award.parties.find((party) => party.roles.includes("supplier"))?.name).toBe("Gamma Software");
    // Decided today: the standstill runs 10 more days. Gamma's bid: EUR 125,000 in year 0.
    expect(award.awards).toEqual([
      expect.objectContaining({
        status: "pending",
        date: `${today}T00:00:00Z`,
        value: { amount: 125_000, currency: "EUR" },
      }),
    ]);
    const text = JSON.stringify(award);
    for (const privateField of ["tenders@codeworks.example", "Ana Lopes", "BE0123456789", "case-engine"]) {
      expect(text).not.toContain(privateField);
    }
  });

  it("pages by contracting process, with links to the next and previous pages", async () => {
    const first = await readPackage({ pageSize: "3" });
    const second = await readPackage({ pageSize: "3", page: "2" });
    // 4 processes: 3 on the first page, the awarded one (2 releases) on the second.
    expect(first.releases.map((release) => release.ocid)).toHaveLength(3);
    expect(second.releases.map((release) => release.id)).toEqual([
      expect.stringMatching(/^tender-/),
      expect.stringMatching(/^award-/),
    ]);
    expect(first.uri).toBe("https://tenders.example.eu/api/ocds/releases?pageSize=3");
    expect(first.links).toEqual({ next: "https://tenders.example.eu/api/ocds/releases?pageSize=3&page=2" });
    expect(second.links).toEqual({ prev: "https://tenders.example.eu/api/ocds/releases?pageSize=3" });
    expect(await read({ pageSize: "3", page: "3" })).toEqual({ kind: "EMPTY", processCount: 4, pageCount: 2 });
  });

  it("since a date: only the processes changed since", async () => {
    const before = new Date(Date.now() - 60_000).toISOString();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const mark = new Date().toISOString();
    await db.tender.update({ where: { id: tenders.published!.id }, data: { summary: "Corrected summary." } });
    const releasePackage = await readPackage({ since: mark });
    expect(releasePackage.releases.map((release) => release.ocid)).toEqual([`ocds-test01-${tenders.published!.id}`]);
    expect(releasePackage.releases[0]!.tender.description).toBe("Corrected summary.");
    expect((await readPackage({ since: before })).releases.length).toBeGreaterThan(1);
    const future = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect(await read({ since: future })).toEqual({ kind: "EMPTY", processCount: 0, pageCount: 0 });
  });

  it("an organisation with nothing published has nothing", async () => {
    expect(await read({}, { organisationIds: [] })).toEqual({ kind: "EMPTY", processCount: 0, pageCount: 0 });
  });
});
