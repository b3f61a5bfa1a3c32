import { describe, expect, it } from "vitest";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import { CLAUSE_CATEGORIES, CLAUSE_STATUSES, PARAMETER_KINDS } from "./clause-model";
import { CLAUSE_DEFINITION_PROBLEM_CODES, CLAUSE_PARAMETER_PROBLEM_CODES } from "./clause-problems";
import { CLAUSE_TOPICS } from "./clause-topics";

const MESSAGES = { en, fr, de };

function message(messages: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], messages);
}

describe("translations of the clause library's codes", () => {
  it.each(Object.entries(MESSAGES))("%s has a message for every problem code", (_locale, messages) => {
    for (const code of [...CLAUSE_PARAMETER_PROBLEM_CODES, ...CLAUSE_DEFINITION_PROBLEM_CODES]) {
      expect(typeof message(messages, `problems.${code}`), code).toBe("string");
    }
  });

  it.each(Object.entries(MESSAGES))(
    "%s names every category, status, topic and parameter kind",
    (_locale, messages) => {
      const names = [
        ...CLAUSE_CATEGORIES.map((category) => `clauseLibrary.category.${category}`),
        ...CLAUSE_STATUSES.map((status) => `clauseLibrary.status.${status}`),
        ...CLAUSE_TOPICS.map((topic) => `clauseLibrary.topic.${topic}`),
        ...PARAMETER_KINDS.map((kind) => `clauseLibrary.parameterKind.${kind}`),
      ];
      for (const path of names) expect(typeof message(messages, path), path).toBe("string");
    },
  );
});
