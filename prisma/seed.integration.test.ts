import { afterAll, describe, expect, it } from "vitest";
import { loadViewer } from "@/lib/server/auth/load-viewer";
import { getCatalogueTemplate } from "@/lib/server/catalogue/get-catalogue-template";
import { getTenderTemplateLink } from "@/lib/server/templates/reuse/tender-template-link";
import { connectTestDatabase } from "@/scripts/testing/test-database";
import { seedDemoData } from "./seed";

// `npm test` loaded the demo data into the test database before the tests; this runs it again.
const db = connectTestDatabase();
afterAll(() => db.$disconnect());

const INSPECTION_APP = "Inspection planning application for food safety inspectors, released under EUPL-1.2";
const COLLABORATION = "Collaboration suite based on open standards for 4,000 staff";

async function ministryDrafter() {
  const user = await db.user.findUniqueOrThrow({
    where: { email: "drafter@ministry.example" },
    include: { memberships: true },
  });
  const result = await loadViewer(db, user.id, user.memberships[0]!.organisationId);
  if (result.kind !== "viewer") throw new Error("the demo drafter has no organisation");
  return result.viewer;
}

describe("the demo data", () => {
  it("loads again without creating anything", async () => {
    const tenders = await db.tender.count();
    expect(await seedDemoData(process.env.DATABASE_URL!)).toEqual({ created: 0 });
    expect(await db.tender.count()).toBe(tenders);
  });

  it("starts two Ministry drafts from demo templates, as the app does", async () => {
    const drafter = await ministryDrafter();
    const rows = await db.tender.findMany({
      where: { title: { in: [COLLABORATION, INSPECTION_APP] }, organisationId: drafter.organisation.id },
      select: { id: true, title: true, templateSections: true, templateVersion: { select: { number: true } } },
      orderBy: { title: "asc" },
    });
    expect(rows.map((row) => [row.title, row.templateVersion?.number, row.templateSections])).toEqual([
      [COLLABORATION, 1, {}],
      [INSPECTION_APP, 1, {}],
    ]);
    const events = await db.auditEvent.findMany({
      where: { entityId: { in: rows.map((row) => row.id) }, action: "tender.created_from_template" },
    });
    expect(events).toHaveLength(2);

    // The inspection application was started before version 2: it is offered what version 2 changes.
    const inspection = await getTenderTemplateLink(db, drafter, rows[1]!.id);
    expect(inspection).toMatchObject({ startVersion: 1, latest: { number: 2 } });
    expect(inspection!.changes.map((change) => change.section)).toEqual(["criteria", "requirements", "clauses"]);
    // The collaboration suite follows its template's only version.
    expect((await getTenderTemplateLink(db, drafter, rows[0]!.id))!.changes).toEqual([]);
  });

  it("makes the catalogue count the templates' use", async () => {
    for (const slug of ["custom-software-eupl", "open-source-collaboration-suite"]) {
      expect((await getCatalogueTemplate(db, slug))!.usageCount).toBeGreaterThanOrEqual(1);
    }
  });
});
