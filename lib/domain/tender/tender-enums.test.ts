import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CONTRACT_NATURES, PROCEDURE_TYPES, TENDER_STATUSES } from "./tender-enums";

// The domain keeps its own copy of the enums so that it never imports Prisma; this keeps the two in step.
const schema = readFileSync("prisma/schema.prisma", "utf8");

function enumValues(name: string): string[] {
  const body = new RegExp(`enum ${name} \\{([^}]*)\\}`).exec(schema)?.[1] ?? "";
  return body
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("//"));
}

describe("tender enums", () => {
  it.each([
    ["TenderStatus", TENDER_STATUSES],
    ["ContractNature", CONTRACT_NATURES],
    ["ProcedureType", PROCEDURE_TYPES],
  ])("%s matches the database schema", (name, values) => {
    expect([...values]).toEqual(enumValues(name));
  });
});
