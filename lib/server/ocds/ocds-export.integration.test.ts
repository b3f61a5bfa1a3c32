import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPublishedTender } from "@/scripts/testing/bid-fixtures";
import { releasePackageProblems } from "@/scripts/testing/ocds-validator";
import { connectTestDatabase, createTestOrganisation } from "@/scripts/testing/test-database";
import { readOcdsExport } from "./ocds-export";
import { readOcdsReleasesPage } from "./ocds-releases";

const db = connectTestDatabase();
afterAll(() => db.$disconnect());

const options = (organisationIds: string[]) => ({
  settings: { ocidPrefix: "ocds-test02", publisher: { name: "Test" }, license: "https://example.eu/licence" },
  baseUrl: "https://tenders.example.eu",
  organisationIds,
});

let organisationId: string;
const titles: string[] = [];
beforeAll(async () => {
  organisationId = (await createTestOrganisation(db)).id;
  // 205 published tenders: more than one page of the largest size (200).
  for (let index = 0; index < 205; index++) {
    const tender = await createPublishedTender(db, organisationId);
    titles.push(`Export ${index} ${tender.reference}`);
    await db.tender.update({ where: { id: tender.id }, data: { title: titles[index] } });
  }
});

describe("the OCDS export", () => {
  it("gathers every page in one package, in the API's order, with the first page's address", async () => {
    const exported = await readOcdsExport(db, {}, options([organisationId]));
    expect(exported?.processCount).toBe(205);
    const { releasePackage } = exported!;
    expect(releasePackage.releases.map((release) => release.tender.title)).toEqual(titles);
    expect(releasePackage.uri).toBe("https://tenders.example.eu/api/ocds/releases");
    expect(releasePackage).not.toHaveProperty("links");
    expect(releasePackageProblems(releasePackage)).toEqual([]);
    // The same releases as the API's pages.
    const api = await readOcdsReleasesPage(db, { page: 2, pageSize: 200 }, options([organisationId]));
    expect(api.kind === "PACKAGE" && api.releasePackage.releases).toEqual(releasePackage.releases.slice(200));
  });

  it("is nothing when nothing is published", async () => {
    expect(await readOcdsExport(db, {}, options([]))).toBeNull();
  });
});
