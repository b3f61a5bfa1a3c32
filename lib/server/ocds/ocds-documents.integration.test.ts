import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { TenderStatus } from "@/lib/domain/tender/tender-enums";
import { ocdsReleasesQuerySchema } from "@/lib/schemas/ocds";
import type { Db } from "@/lib/server/db";
import { createPublishedTender, insertSealedBid, sampleBidContent } from "@/scripts/testing/bid-fixtures";
import { releasePackageProblems } from "@/scripts/testing/ocds-validator";
import { connectTestDatabase, createTestOrganisation } from "@/scripts/testing/test-database";
import { readOcdsReleasesPage } from "./ocds-releases";

/**
 * Published tenders' documents as open data: the public route serves them for the tenders whose
 * release is public and for no other, and the releases list them in tender.documents, still
 * valid against the official OCDS schema.
 */
const stubs = vi.hoisted(() => ({ db: null as Db | null, viewerAsked: false }));
// A public route never asks who is signed in.
vi.mock("@/lib/server/auth/viewer", () => ({
  getViewer: async () => {
    stubs.viewerAsked = true;
    return null;
  },
}));
vi.mock("@/lib/server/db", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/server/db")>()),
  getDb: () => stubs.db,
}));
const { GET } = await import("@/app/api/ocds/documents/[tenderId]/route");

const db = connectTestDatabase();
stubs.db = db;
afterAll(() => db.$disconnect());

const BASE = "https://tenders.example.eu";
const SEALED_BIDDER = "Sealed Bidder Documents Ltd";
let organisationId: string;
const tenders: Record<string, { id: string; title: string }> = {};

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

beforeAll(async () => {
  organisationId = (await createTestOrganisation(db, "Open Data Authority")).id;
  tenders.draft = await tenderIn("DRAFT", "Secret draft tender", false);
  tenders.review = await tenderIn("IN_REVIEW", "Secret tender in review", false);
  tenders.approved = await tenderIn("APPROVED", "Secret approved tender", false);
  tenders.cancelledDraft = await tenderIn("CANCELLED", "Secret abandoned draft", false);
  tenders.published = await tenderIn("PUBLISHED", "Published tender with documents", true);
  tenders.evaluation = await tenderIn("EVALUATION", "Tender in evaluation", true);
  tenders.cancelled = await tenderIn("CANCELLED", "Cancelled after publication", true);
  await insertSealedBid(db, tenders.published.id, {
    content: sampleBidContent({ bidder: { ...sampleBidContent().bidder, name: SEALED_BIDDER } }),
  });
}, 60_000);

const get = (tenderId: string, format: string) =>
  GET(new Request(`${BASE}/api/ocds/documents/${tenderId}?format=${format}`), {
    params: Promise.resolve({ tenderId }),
  });

describe("GET /api/ocds/documents/{tenderId}", () => {
  it("serves a published tender's documents to anyone, with nothing of its sealed bid", async () => {
    for (const key of ["published", "evaluation", "cancelled"]) {
      const response = await get(tenders[key]!.id, "md");
      expect(response.status, key).toBe(200);
      const text = await response.text();
      expect(text).toContain(`# ${tenders[key]!.title}`);
      expect(text).not.toContain(SEALED_BIDDER);
    }
    const pdf = await get(tenders.published!.id, "pdf");
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 4)
        .toString("latin1"),
    ).toBe("%PDF");
    expect(stubs.viewerAsked).toBe(false);
  });

  it("answers not found for a tender that is not published, or unknown", async () => {
    for (const key of ["draft", "review", "approved", "cancelledDraft"]) {
      const response = await get(tenders[key]!.id, "odt");
      expect(response.status, key).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "NOT_FOUND", message: "Not found." } });
    }
    expect((await get("cm0000000000000000000000", "odt")).status).toBe(404);
  });

  it("refuses an unknown format, saying which there are", async () => {
    const response = await get(tenders.published!.id, "exe");
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      'Unknown format "exe": use one of odt, docx, pdf, md, json.',
    );
  });
});

describe("tender.documents in the releases", () => {
  it("lists each published tender's documents with their public address, in a package that still validates", async () => {
    const page = await readOcdsReleasesPage(db, ocdsReleasesQuerySchema.parse({ pageSize: "200" }), {
      settings: { ocidPrefix: "ocds-test01", publisher: { name: "Test instance" }, license: "https://creativecommons.org/publicdomain/zero/1.0/" }, // prettier-ignore
      baseUrl: BASE,
      organisationIds: [organisationId],
    });
    if (page.kind !== "PACKAGE") throw new Error(`expected a package, got ${page.kind}`);
    expect(releasePackageProblems(page.releasePackage)).toEqual([]);
    const releases = page.releasePackage.releases.filter((release) => release.tag[0] !== "award");
    expect(releases.map((release) => release.tender.title).sort()).toEqual([
      "Cancelled after publication",
      "Published tender with documents",
      "Tender in evaluation",
    ]);
    const published = releases.find((release) => release.tender.title === tenders.published!.title)!;
    expect(published.tender.documents!.map((document) => [document.id, document.format])).toEqual([
      ["tender-documents-odt", "application/vnd.oasis.opendocument.text"],
      ["tender-documents-docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["tender-documents-pdf", "application/pdf"],
      ["tender-documents-md", "text/markdown"],
      ["tender-documents-json", "application/json"],
    ]);
    expect(published.tender.documents![0]).toEqual({
      id: "tender-documents-odt",
      documentType: "biddingDocuments",
      title: "Tender documents (ODT)",
      url: `${BASE}/api/ocds/documents/${tenders.published!.id}?format=odt`,
      format: "application/vnd.oasis.opendocument.text",
      language: "en",
    });
    // Each address answers with its document.
    const markdown = new URL(published.tender.documents![3]!.url);
    const response = await get(tenders.published!.id, markdown.searchParams.get("format")!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
  });
});
