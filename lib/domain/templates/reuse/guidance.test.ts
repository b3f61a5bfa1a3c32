import { describe, expect, it } from "vitest";
import { revisedTemplateContent, sampleTemplateContent } from "@/scripts/testing/template-content-sample";
import { guidanceFor } from "./guidance";

const v1 = sampleTemplateContent();
const v2 = revisedTemplateContent(v1);
v2.guidance = [
  { section: "general", text: "Version 2's general advice." },
  { section: "requirements", text: "Version 2's advice on requirements." },
];
const versions = new Map([
  [1, v1],
  [2, v2],
]);

describe("guidanceFor", () => {
  it("takes the notes of the version each section came from", () => {
    // Requirements taken over from v2; the task list ("general") still shows v1's, the start.
    const context = { startVersion: 1, taken: { requirements: 2 }, versions };
    expect(guidanceFor("requirements", context).map((note) => note.text)).toEqual([
      "Version 2's advice on requirements.",
    ]);
    expect(guidanceFor("general", context).map((note) => note.text)).toEqual([
      "Start with the **requirements**: the criteria follow from them.",
    ]);
    expect(guidanceFor("lots", context)).toEqual([]);
  });
});
