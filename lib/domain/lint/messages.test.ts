import { describe, expect, it } from "vitest";
import en from "../../i18n/messages/en.json";
import { LINT_MESSAGE_CODES, LINT_RULE_IDS, LINT_SEVERITIES } from "./finding";
import { READINESS_LEVELS } from "./readiness";

function messageAt(path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], en);
}

describe("the linter's messages", () => {
  it("has an English text (and so, by the translation tests, French and German) for every code", () => {
    for (const code of LINT_MESSAGE_CODES) expect(typeof messageAt(code), code).toBe("string");
    for (const rule of LINT_RULE_IDS) expect(typeof messageAt(`lint.rules.${rule}`), rule).toBe("string");
    for (const severity of LINT_SEVERITIES) expect(typeof messageAt(`lint.severity.${severity}`)).toBe("string");
    for (const level of READINESS_LEVELS) expect(typeof messageAt(`lint.readiness.${level}`)).toBe("string");
  });
});
