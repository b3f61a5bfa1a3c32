import { describe, expect, it } from "vitest";
import type { Role } from "../roles";
import {
  allowedTransitions,
  canTransition,
  checkTransition,
  isEditable,
  isFinal,
  TENDER_STATUSES,
  type TenderStatus,
} from "./tender-status";

const targets = (status: TenderStatus, roles: Role[]) => allowedTransitions(status, roles).map((t) => t.to);

describe("tender lifecycle", () => {
  it.each<[TenderStatus, Role[], TenderStatus[]]>([
    ["DRAFT", ["DRAFTER"], ["IN_REVIEW", "CANCELLED"]],
    ["DRAFT", ["OSPO"], []],
    ["DRAFT", ["EVALUATOR"], []],
    ["DRAFT", ["ADMIN"], ["IN_REVIEW", "CANCELLED"]],
    ["IN_REVIEW", ["DRAFTER"], ["CANCELLED"]],
    ["IN_REVIEW", ["OSPO"], ["APPROVED", "DRAFT"]],
    ["IN_REVIEW", ["ADMIN"], ["APPROVED", "DRAFT", "CANCELLED"]],
    ["IN_REVIEW", ["EVALUATOR"], []],
    ["APPROVED", ["DRAFTER"], ["PUBLISHED", "DRAFT", "CANCELLED"]],
    ["APPROVED", ["OSPO"], ["DRAFT"]],
    ["APPROVED", ["ADMIN"], ["PUBLISHED", "DRAFT", "CANCELLED"]],
    ["PUBLISHED", ["DRAFTER"], ["CANCELLED"]],
    ["PUBLISHED", ["OSPO"], []],
    ["PUBLISHED", ["ADMIN"], ["CANCELLED"]],
    ["CANCELLED", ["ADMIN"], []],
    ["CANCELLED", ["DRAFTER", "OSPO", "ADMIN", "EVALUATOR"], []],
    // Several roles add up.
    ["IN_REVIEW", ["DRAFTER", "OSPO"], ["APPROVED", "DRAFT", "CANCELLED"]],
    ["DRAFT", [], []],
    ["DRAFT", ["SUPERUSER" as Role], []],
  ])("from %s, %j may move to %j", (status, roles, expected) => {
    expect(targets(status, roles)).toEqual(expected);
  });

  it.each<[TenderStatus, TenderStatus, Role[], boolean]>([
    ["DRAFT", "IN_REVIEW", ["DRAFTER"], true],
    ["DRAFT", "APPROVED", ["ADMIN"], false], // no skipping the review, even for an administrator
    ["DRAFT", "PUBLISHED", ["ADMIN"], false],
    ["IN_REVIEW", "APPROVED", ["DRAFTER"], false],
    ["IN_REVIEW", "APPROVED", ["OSPO"], true],
    ["APPROVED", "PUBLISHED", ["OSPO"], false],
    ["APPROVED", "PUBLISHED", ["DRAFTER"], true],
    ["PUBLISHED", "DRAFT", ["ADMIN"], false],
    ["CANCELLED", "DRAFT", ["ADMIN"], false],
  ])("%s → %s by %j: %s", (from, to, roles, expected) => {
    expect(canTransition(from, to, roles)).toBe(expected);
  });

  it.each<[TenderStatus, TenderStatus, Role[], string | null, string]>([
    ["DRAFT", "IN_REVIEW", ["DRAFTER"], null, "ok"],
    ["DRAFT", "CANCELLED", ["DRAFTER"], null, "ok"],
    ["IN_REVIEW", "DRAFT", ["OSPO"], null, "tenderStatus.reasonRequired"],
    ["IN_REVIEW", "DRAFT", ["OSPO"], "   ", "tenderStatus.reasonRequired"],
    ["IN_REVIEW", "DRAFT", ["OSPO"], "Add the exit plan to the specifications.", "ok"],
    ["APPROVED", "DRAFT", ["DRAFTER"], "", "tenderStatus.reasonRequired"],
    ["PUBLISHED", "CANCELLED", ["DRAFTER"], "", "tenderStatus.reasonRequired"],
    ["PUBLISHED", "CANCELLED", ["DRAFTER"], "Budget withdrawn by the council.", "ok"],
    ["PUBLISHED", "CANCELLED", ["EVALUATOR"], "Budget withdrawn by the council.", "tenderStatus.notPermitted"],
    ["PUBLISHED", "APPROVED", ["ADMIN"], "Undo", "tenderStatus.noSuchTransition"],
    ["DRAFT", "DRAFT", ["ADMIN"], null, "tenderStatus.noSuchTransition"],
  ])("checkTransition %s → %s by %j with reason %j: %s", (from, to, roles, reason, expected) => {
    const result = checkTransition({ from, to, roles, reason });
    expect(result.ok ? "ok" : result.code).toBe(expected);
  });

  it("names the action of each move", () => {
    expect(allowedTransitions("IN_REVIEW", ["ADMIN"]).map((t) => t.action)).toEqual([
      "approve",
      "requestChanges",
      "cancel",
    ]);
  });

  it.each<[TenderStatus, boolean, boolean]>([
    ["DRAFT", true, false],
    ["IN_REVIEW", false, false],
    ["APPROVED", false, false],
    ["PUBLISHED", false, false],
    ["CANCELLED", false, true],
  ])("%s: editable %s, final %s", (status, editable, final) => {
    expect(isEditable(status)).toBe(editable);
    expect(isFinal(status)).toBe(final);
  });

  it("covers every status", () => {
    expect(TENDER_STATUSES).toEqual([
      "DRAFT",
      "IN_REVIEW",
      "APPROVED",
      "PUBLISHED",
      "EVALUATION",
      "AWARDED",
      "CANCELLED",
    ]);
  });
});
