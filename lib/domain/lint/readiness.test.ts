import { describe, expect, it } from "vitest";
import type { LintFinding } from "./finding";
import { opennessReadiness } from "./readiness";

const finding = (severity: LintFinding["severity"], key: string) => ({ severity, key }) as LintFinding;

describe("opennessReadiness", () => {
  it("is ready without findings", () => {
    expect(opennessReadiness([])).toEqual({ level: "ready", errors: 0, warnings: 0, infos: 0, dismissed: 0 });
  });

  it("needs work with a warning, and is blocked by any error", () => {
    expect(opennessReadiness([finding("warning", "a"), finding("info", "b")])).toEqual({
      level: "needsWork",
      errors: 0,
      warnings: 1,
      infos: 1,
      dismissed: 0,
    });
    expect(opennessReadiness([finding("warning", "a"), finding("error", "b")]).level).toBe("blocked");
  });

  it("leaves out warnings dismissed with a justification, never errors", () => {
    const findings = [finding("warning", "w"), finding("error", "e"), finding("info", "i")];
    expect(opennessReadiness(findings, new Set(["w", "e", "i"]))).toEqual({
      level: "blocked",
      errors: 1,
      warnings: 0,
      infos: 0,
      dismissed: 2,
    });
    expect(opennessReadiness([finding("warning", "w")], new Set(["w"])).level).toBe("ready");
  });
});
