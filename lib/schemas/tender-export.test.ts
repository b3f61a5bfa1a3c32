import { describe, expect, it } from "vitest";
import { buildTenderJson, TENDER_EXPORT_SCHEMA_PATH } from "@/lib/domain/documents/tender-json";
import { EXIT_CLAUSE, FIXTURE_CPV, fullTender } from "@/lib/domain/documents/testing/tender-fixture";
import { tenderExportJsonSchema, tenderExportSchema } from "./tender-export";

const json = buildTenderJson(
  {
    tender: fullTender(),
    authority: "Ministry of Digital Affairs",
    clauseDefinitions: new Map([["exit-plan@2", EXIT_CLAUSE]]),
    cpv: FIXTURE_CPV,
    createdAt: "2027-03-02T09:00:00.000Z",
  },
  "en",
  `https://tenders.example${TENDER_EXPORT_SCHEMA_PATH}`,
);

describe("the tender export's JSON", () => {
  it("is what its schema describes", () => {
    const parsed = tenderExportSchema.safeParse(json);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
  });

  it("holds the clauses with their values and their text filled in, and the CPV labels", () => {
    expect(json.tender.clauses).toEqual([
      {
        key: "exit-plan",
        version: 2,
        values: { months: 24, licence: "Apache-2.0" },
        title: "Exit plan within 24 months",
        text: "1. The Contractor delivers an **exit plan** within 24 months.\n2. Scripts are licensed under Apache-2.0 (Apache License 2.0).", // prettier-ignore
      },
      { key: "retired-clause", version: 1, values: {}, title: null, text: null },
    ]);
    expect(json.tender.mainCpv).toEqual({ code: "72212000-4", label: "Programming services of application software" });
    expect(json.tender.timeline.tenderDeadline).toBe("2027-04-12");
  });

  it("leaves out anything stored beside the documented fields", () => {
    const tender = fullTender();
    const lots = tender.lots.map((lot) => ({ ...lot, internalNote: "not for bidders" }));
    const withExtra = buildTenderJson(
      { tender: { ...tender, lots }, authority: "A", clauseDefinitions: new Map(), cpv: new Map(), createdAt: "2027-03-02T09:00:00.000Z" }, // prettier-ignore
      "en",
      "https://tenders.example/schema.json",
    );
    expect(JSON.stringify(withExtra)).not.toContain("internalNote");
    expect(tenderExportSchema.safeParse(withExtra).success).toBe(true);
  });

  it("has a JSON Schema (draft 2020-12) with its own address and the criterion tree as a definition", () => {
    const schema = tenderExportJsonSchema("https://tenders.example");
    expect(schema).toMatchObject({
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: "https://tenders.example/schemas/tender-export.v1.json",
      title: "Tender Commons tender export",
      type: "object",
      additionalProperties: false,
    });
    expect(schema.required).toEqual(["$schema", "format", "version", "exportedAt", "language", "authority", "tender"]);
    expect((schema.$defs as Record<string, unknown>).criterion).toBeDefined();
  });
});
