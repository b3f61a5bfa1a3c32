import { describe, expect, it } from "vitest";
import { checkTemplateForPublication } from "./publish-checks";
import { emptyTemplateContent } from "./read-template-content";
import { sectionStates } from "./section-status";
import { libraryDefinitions, sampleTemplateContent } from "./testing/sample-template";

const definitions = libraryDefinitions();
const states = (content: ReturnType<typeof sampleTemplateContent>) =>
  sectionStates(content, checkTemplateForPublication({ name: "Suite", language: "en", content }, definitions)).map(
    (state) => `${state.section}:${state.status}:${state.problemCount}`,
  );

describe("sectionStates", () => {
  it("marks every filled section of a sound template completed", () => {
    expect(states(sampleTemplateContent())).toEqual([
      "details:COMPLETED:0",
      "intendedUse:COMPLETED:0",
      "clauses:COMPLETED:0",
      "requirements:COMPLETED:0",
      "sovereignty:COMPLETED:0",
      "criteria:COMPLETED:0",
      "guidance:COMPLETED:0",
    ]);
  });

  it("shows an empty template's problems where they are, and the rest not started", () => {
    // The missing summary is the details' error; "empty" concerns the template as a whole and
    // no section. With no CPV prefix the template is read as software, and nothing covers
    // accessibility: the linter's error sits on requirements.
    expect(states(emptyTemplateContent())).toEqual([
      "details:HAS_PROBLEMS:1",
      "intendedUse:NOT_STARTED:0",
      "clauses:NOT_STARTED:0",
      "requirements:HAS_PROBLEMS:1",
      "sovereignty:NOT_STARTED:0",
      "criteria:NOT_STARTED:0",
      "guidance:NOT_STARTED:0",
    ]);
  });

  it("counts lock-in errors in the section they are in", () => {
    const content = sampleTemplateContent();
    content.requirements[0] = { ...content.requirements[0]!, text: "Runs on Microsoft Windows only." };
    expect(states(content)[3]).toBe("requirements:HAS_PROBLEMS:1");
  });
});
