import { describe, expect, it } from "vitest";
import type { Role } from "../roles";
import {
  canAddReviewComment,
  canResolveReviewComment,
  isFrozen,
  openCommentCounts,
  transitionBetween,
} from "./tender-review";
import { TENDER_STATUSES, type TenderStatus } from "./tender-status";

describe("tender review", () => {
  it.each<[TenderStatus, Role[], boolean]>([
    ["IN_REVIEW", ["OSPO"], true],
    ["IN_REVIEW", ["ADMIN"], true],
    ["IN_REVIEW", ["DRAFTER"], false],
    ["IN_REVIEW", ["EVALUATOR"], false],
    ["IN_REVIEW", [], false],
    ["DRAFT", ["OSPO"], false],
    ["APPROVED", ["OSPO"], false],
    ["PUBLISHED", ["ADMIN"], false],
  ])("comment on a %s tender as %j: %s", (status, roles, expected) => {
    expect(canAddReviewComment(status, roles)).toBe(expected);
  });

  it.each<[TenderStatus, Role[], boolean]>([
    ["DRAFT", ["DRAFTER"], true],
    ["DRAFT", ["ADMIN"], true],
    ["DRAFT", ["OSPO"], false],
    ["DRAFT", ["EVALUATOR"], false],
    ["IN_REVIEW", ["DRAFTER"], true],
    ["APPROVED", ["DRAFTER"], true],
    ["PUBLISHED", ["DRAFTER"], false],
    ["CANCELLED", ["ADMIN"], false],
  ])("resolve a comment on a %s tender as %j: %s", (status, roles, expected) => {
    expect(canResolveReviewComment(status, roles)).toBe(expected);
  });

  it("freezes every tender past approval: published, under evaluation, awarded, cancelled", () => {
    expect(TENDER_STATUSES.filter(isFrozen)).toEqual(["PUBLISHED", "EVALUATION", "AWARDED", "CANCELLED"]);
  });

  it.each<[TenderStatus, TenderStatus, string | undefined, boolean | undefined]>([
    ["DRAFT", "IN_REVIEW", "submitForReview", false],
    ["IN_REVIEW", "DRAFT", "requestChanges", true],
    ["APPROVED", "DRAFT", "reopen", true],
    ["DRAFT", "CANCELLED", "cancel", false],
    ["PUBLISHED", "CANCELLED", "cancel", true],
    ["DRAFT", "PUBLISHED", undefined, undefined],
  ])("the move %s → %s is %s (reason required: %s)", (from, to, action, reasonRequired) => {
    const transition = transitionBetween(from, to);
    expect(transition?.action).toBe(action);
    expect(transition?.reasonRequired).toBe(reasonRequired);
  });

  it("counts open comments per section", () => {
    const resolved = new Date("2026-03-02T10:00:00Z");
    expect(
      openCommentCounts([
        { section: "about", resolvedAt: null },
        { section: "about", resolvedAt: null },
        { section: "about", resolvedAt: resolved },
        { section: "procedure", resolvedAt: resolved },
        { section: "scope", resolvedAt: null },
      ]),
    ).toEqual({ about: 2, scope: 1 });
    expect(openCommentCounts([])).toEqual({});
  });
});
