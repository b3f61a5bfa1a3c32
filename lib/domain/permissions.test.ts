import { describe, expect, it } from "vitest";
import { can } from "./permissions";
import type { Role } from "./roles";

describe("can", () => {
  it.each<[Role[], Parameters<typeof can>[1], boolean]>([
    [["DRAFTER"], "tender.draft", true],
    [["DRAFTER"], "member.manage", false],
    [["DRAFTER"], "bid.evaluate", false],
    [["EVALUATOR"], "bid.evaluate", true],
    [["EVALUATOR"], "tender.draft", false],
    [["OSPO"], "template.manage", true],
    [["OSPO"], "tender.review", true],
    [["OSPO"], "audit.view", false],
    [["ADMIN"], "member.manage", true],
    [["ADMIN"], "audit.view", true],
    [["ADMIN"], "tender.draft", true],
    [["ADMIN"], "template.manage", true],
    [["DRAFTER"], "template.manage", false],
    [["EVALUATOR"], "template.manage", false],
    [["EVALUATOR"], "tender.view", false],
    [["OSPO"], "tender.view", true],
    [["OSPO"], "tender.draft", false],
    [["DRAFTER", "EVALUATOR"], "bid.evaluate", true],
    [["DRAFTER", "EVALUATOR"], "member.manage", false],
    // The procurement lead sets up the evaluation panel; evaluators and the OSPO do not.
    [["DRAFTER"], "panel.manage", true],
    [["ADMIN"], "panel.manage", true],
    [["EVALUATOR"], "panel.manage", false],
    [["OSPO"], "panel.manage", false],
    [[], "organisation.view", false],
  ])("roles %j → %s is %s", (roles, permission, expected) => {
    expect(can(roles, permission)).toBe(expected);
  });

  it("refuses a role it does not know", () => {
    expect(can(["SUPERUSER" as Role], "organisation.view")).toBe(false);
  });
});
