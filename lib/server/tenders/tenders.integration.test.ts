import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/domain/roles";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import { connectTestDatabase, createTestOrganisation, createTestViewer } from "@/scripts/testing/test-database";
import { createTender } from "./create-tender";
import { getTender } from "./get-tender";
import { listTenders } from "./list-tenders";
import { saveTenderSection } from "./save-tender-section";

const db = connectTestDatabase();
const viewers: Partial<Record<Role | "OTHER_DRAFTER", Viewer>> = {};
let prefix: string;

const viewerFor = (organisationId: string, roles: Role[]) => createTestViewer(db, organisationId, roles);

beforeAll(async () => {
  const organisation = await createTestOrganisation(db);
  prefix = organisation.referencePrefix;
  for (const role of ["DRAFTER", "EVALUATOR", "OSPO", "ADMIN"] as const)
    viewers[role] = await viewerFor(organisation.id, [role]);
  viewers.OTHER_DRAFTER = await viewerFor((await createTestOrganisation(db)).id, ["DRAFTER"]);
});

afterAll(() => db.$disconnect());

const create = (viewer: Viewer, title = "Collaboration suite") =>
  db.$transaction((tx) => createTender(tx, viewer, { title }, new Date("2026-03-01T10:00:00Z")));

describe("tenders", () => {
  it("numbers tenders per organisation and year, without duplicates under concurrency", async () => {
    const drafter = viewers.DRAFTER!;
    const created = await Promise.all(Array.from({ length: 8 }, (_, i) => create(drafter, `Tender ${i}`)));
    const references = created.map((tender) => tender.reference).sort();
    expect(references).toEqual(Array.from({ length: 8 }, (_, i) => `${prefix}-2026-${String(i + 1).padStart(4, "0")}`));
    expect(created.every((tender) => tender.version === 0 && tender.status === "DRAFT")).toBe(true);
  });

  it("lets drafters, OSPO and administrators see their organisation's tenders, and nobody else", async () => {
    const tender = await create(viewers.DRAFTER!);
    for (const role of ["DRAFTER", "OSPO", "ADMIN"] as const) {
      await expect(getTender(db, viewers[role]!, tender.id)).resolves.toMatchObject({ id: tender.id });
    }
    // Evaluators see published tenders assigned to them (issue 5); a draft is not found for them.
    await expect(getTender(db, viewers.EVALUATOR!, tender.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getTender(db, viewers.OTHER_DRAFTER!, tender.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    const otherList = await listTenders(db, viewers.OTHER_DRAFTER!, { q: "", sort: "updated", page: 1 });
    expect(otherList.items.map((item) => item.id)).not.toContain(tender.id);
  });

  it("never loses an update: of two saves from the same version, the second gets a conflict", async () => {
    const tender = await create(viewers.DRAFTER!);
    const save = (summary: string) =>
      db.$transaction((tx) =>
        saveTenderSection(tx, viewers.DRAFTER!, {
          tenderId: tender.id,
          version: 0,
          section: "about",
          data: { summary },
        }),
      );
    const outcomes = await Promise.allSettled([save("First summary"), save("Second summary")]);
    const fulfilled = outcomes.filter((outcome) => outcome.status === "fulfilled");
    const rejected = outcomes.filter((outcome) => outcome.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });

    const saved = await getTender(db, viewers.DRAFTER!, tender.id);
    const winner = (fulfilled[0] as PromiseFulfilledResult<{ after: { summary: string } }>).value.after.summary;
    expect(saved).toMatchObject({ version: 1, summary: winner });
    const revisions = await db.tenderRevision.findMany({ where: { tenderId: tender.id }, orderBy: { version: "asc" } });
    expect(revisions.map((revision) => [revision.version, revision.section])).toEqual([
      [0, "created"],
      [1, "about"],
    ]);
  });

  it("refuses to save a tender of another organisation or one that is no longer a draft", async () => {
    const tender = await create(viewers.DRAFTER!);
    await expect(
      db.$transaction((tx) =>
        saveTenderSection(tx, viewers.OTHER_DRAFTER!, {
          tenderId: tender.id,
          version: 0,
          section: "about",
          data: { title: "Hijacked" },
        }),
      ),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // (A published tender is changed by a corrigendum: corrigendum.integration.test.ts.)
    await db.tender.update({ where: { id: tender.id }, data: { status: "APPROVED" } });
    await expect(
      db.$transaction((tx) =>
        saveTenderSection(tx, viewers.DRAFTER!, {
          tenderId: tender.id,
          version: 0,
          section: "about",
          data: { title: "Changed" },
        }),
      ),
    ).rejects.toMatchObject({ code: "INVALID_STATE" });
    expect((await getTender(db, viewers.DRAFTER!, tender.id)).title).toBe("Collaboration suite");
  });

  it("searches by title, reference and CPV, filters by status, and pages", async () => {
    const drafter = viewers.ADMIN!;
    const office = await create(drafter, "Open office suite for the archives");
    await db.tender.update({ where: { id: office.id }, data: { mainCpv: "48310000" } });
    const byWord = await listTenders(db, drafter, { q: "ARCHIVES", sort: "updated", page: 1 });
    expect(byWord.items.map((item) => item.id)).toEqual([office.id]);
    const byReference = await listTenders(db, drafter, { q: office.reference, sort: "updated", page: 1 });
    expect(byReference.items.map((item) => item.id)).toEqual([office.id]);
    const byCpv = await listTenders(db, drafter, { q: "4831", sort: "updated", page: 1 });
    expect(byCpv.items.map((item) => item.id)).toEqual([office.id]);
    const published = await listTenders(db, drafter, { q: "", status: "PUBLISHED", sort: "updated", page: 1 });
    expect(published.items.every((item) => item.status === "PUBLISHED")).toBe(true);
    const all = await listTenders(db, drafter, { q: "", sort: "reference", page: 1 });
    expect(all.total).toBeGreaterThanOrEqual(12);
    expect(all.items.map((item) => item.reference)).toEqual([...all.items.map((item) => item.reference)].sort());
  });
});
