import { describe, expect, it } from "vitest";
import { messageRef } from "@/lib/i18n/message-ref";
import { requiringCorrigendumReason } from "./corrigendum";
import { aboutTenderSchema, timelineSchema } from "./tender";

const ID = "cm0000000000000000000000a";
const about = {
  tenderId: ID,
  version: 3,
  reference: "MIN-2026-0003",
  title: "Case management system",
  summary: "",
  contractNature: "SERVICES",
  documentsLanguage: "en",
};

const issues = async (schema: ReturnType<typeof requiringCorrigendumReason>, value: unknown) => {
  const result = await schema.safeParseAsync(value);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join("."), issue.message]);
};

describe("requiringCorrigendumReason", () => {
  const schema = requiringCorrigendumReason(aboutTenderSchema);

  it("accepts the section with a reason", async () => {
    expect(await issues(schema, { ...about, corrigendumReason: "The summary named the wrong year." })).toEqual([]);
  });

  it("asks for a reason when it is missing or blank", async () => {
    const required = ["corrigendumReason", messageRef("validation.corrigendumReasonRequired")];
    expect(await issues(schema, about)).toEqual([required]);
    expect(await issues(schema, { ...about, corrigendumReason: "   " })).toEqual([required]);
  });

  it("reports the section's own problems and the missing reason together", async () => {
    expect(await issues(schema, { ...about, title: "", contractNature: "" })).toEqual([
      ["title", messageRef("validation.tenderTitleRequired")],
      ["contractNature", messageRef("validation.contractNatureRequired")],
      ["corrigendumReason", messageRef("validation.corrigendumReasonRequired")],
    ]);
  });

  it("keeps the section's limit on the reason's length", async () => {
    const long = "x".repeat(2_001);
    expect(
      await issues(requiringCorrigendumReason(timelineSchema), { tenderId: ID, version: 1, corrigendumReason: long }),
    ).toEqual([["corrigendumReason", messageRef("validation.tooLong", { max: 2_000 })]]);
  });
});
