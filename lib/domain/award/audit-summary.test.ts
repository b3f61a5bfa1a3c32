import { describe, expect, it } from "vitest";
import { isKeyAuditAction, summariseAuditTrail, type AuditTrailEvent } from "./audit-summary";

const at = (day: number, action: string): AuditTrailEvent => ({
  action,
  occurredAt: new Date(Date.UTC(2026, 2, day, 9)),
  actorEmail: "someone@example.org",
  entityType: "Tender",
  entityId: "t1",
});

describe("summariseAuditTrail", () => {
  it("counts every event by action and lists the key ones, oldest first", () => {
    const events = [
      at(5, "award.decided"),
      at(2, "evaluation.score_saved"),
      at(1, "bid.opened"),
      at(3, "evaluation.score_saved"),
      at(4, "evaluation.consensus_recorded"),
      at(2, "evaluation.score_saved"),
    ];
    const summary = summariseAuditTrail(events);
    expect(summary.total).toBe(6);
    // 3 score saves first, then the three single events alphabetically.
    expect(summary.byAction).toEqual([
      { action: "evaluation.score_saved", count: 3 },
      { action: "award.decided", count: 1 },
      { action: "bid.opened", count: 1 },
      { action: "evaluation.consensus_recorded", count: 1 },
    ]);
    expect(summary.keyEvents.map((event) => event.action)).toEqual([
      "bid.opened",
      "evaluation.consensus_recorded",
      "award.decided",
    ]);
    expect(summary.firstAt).toEqual(new Date(Date.UTC(2026, 2, 1, 9)));
    expect(summary.lastAt).toEqual(new Date(Date.UTC(2026, 2, 5, 9)));
  });

  it("has nothing to say about an empty trail", () => {
    expect(summariseAuditTrail([])).toEqual({ total: 0, byAction: [], keyEvents: [], firstAt: null, lastAt: null });
  });

  it("knows the steps of the procedure from the routine", () => {
    expect(isKeyAuditAction("tender.status_changed")).toBe(true);
    expect(isKeyAuditAction("panel.declaration_signed")).toBe(true);
    expect(isKeyAuditAction("evaluation.scores_submitted")).toBe(true);
    expect(isKeyAuditAction("evaluation.score_reopened")).toBe(true);
    expect(isKeyAuditAction("bid.sovereignty_reviewed")).toBe(false);
    expect(isKeyAuditAction("evaluation.score_saved")).toBe(false);
  });
});
