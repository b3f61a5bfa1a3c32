import type { Role } from "../roles";
import { TENDER_STATUSES, type TenderStatus } from "./tender-enums";

export { TENDER_STATUSES, type TenderStatus };

/**
 * A tender's lifecycle before bids: DRAFT → IN_REVIEW → APPROVED → PUBLISHED, with the OSPO's
 * review in the middle, and CANCELLED as the end of any of them.
 *
 * - Only a draft is edited. An approved tender is what the OSPO signed off, so changing it means
 *   reopening it as a draft and reviewing again; a published one is changed by a corrigendum.
 * - A published tender can still be cancelled: an authority may decide not to award and must
 *   then tell candidates and tenderers why (Directive 2014/24/EU Art. 55(1)), so a reason is
 *   required. Sending a tender back, or reopening it, also needs one, so the drafter knows what
 *   to change and the audit trail shows why.
 * - ADMIN may do everything; EVALUATOR nothing (evaluators join once bids arrive).
 */
export type TenderTransition = {
  from: TenderStatus;
  to: TenderStatus;
  /** Code for the button and the audit event, e.g. `submitForReview`. */
  action: "submitForReview" | "approve" | "requestChanges" | "reopen" | "publish" | "cancel";
  roles: readonly Role[];
  reasonRequired: boolean;
};

function transition(
  from: TenderStatus,
  to: TenderStatus,
  action: TenderTransition["action"],
  roles: readonly Role[],
  reasonRequired = false,
): TenderTransition {
  return { from, to, action, roles: [...roles, "ADMIN"], reasonRequired };
}

export const TENDER_TRANSITIONS: readonly TenderTransition[] = [
  transition("DRAFT", "IN_REVIEW", "submitForReview", ["DRAFTER"]),
  transition("IN_REVIEW", "APPROVED", "approve", ["OSPO"]),
  transition("IN_REVIEW", "DRAFT", "requestChanges", ["OSPO"], true),
  transition("APPROVED", "PUBLISHED", "publish", ["DRAFTER"]),
  transition("APPROVED", "DRAFT", "reopen", ["DRAFTER", "OSPO"], true),
  transition("DRAFT", "CANCELLED", "cancel", ["DRAFTER"]),
  transition("IN_REVIEW", "CANCELLED", "cancel", ["DRAFTER"]),
  transition("APPROVED", "CANCELLED", "cancel", ["DRAFTER"]),
  transition("PUBLISHED", "CANCELLED", "cancel", ["DRAFTER"], true),
  // PUBLISHED → EVALUATION happens at the four-eyes opening of the bids, and EVALUATION → AWARDED
  // with the award decision (issue 6): neither is a plain button, so neither is in this table.
  transition("EVALUATION", "CANCELLED", "cancel", ["DRAFTER"], true),
];

/**
 * Moves that follow from a step of the procedure rather than from a lifecycle button: the award
 * decision of the last lot (or of a tender without lots) moves the tender from EVALUATION to
 * AWARDED. The step's own rules say who may take it (lib/domain/award); the move is recorded as
 * every other one, with a revision and a `tender.status_changed` event.
 */
export type ProcedureTransition = { from: TenderStatus; to: TenderStatus; action: "award" };

export const PROCEDURE_TRANSITIONS = [
  { from: "EVALUATION", to: "AWARDED", action: "award" },
] as const satisfies readonly ProcedureTransition[];

function permits(transition: TenderTransition, roles: readonly Role[]): boolean {
  return roles.some((role) => transition.roles.includes(role));
}

/** The moves any of the roles may make from `status`, in the table's order. Unknown roles get none. */
export function allowedTransitions(status: TenderStatus, roles: readonly Role[]): TenderTransition[] {
  return TENDER_TRANSITIONS.filter((transition) => transition.from === status && permits(transition, roles));
}

/** True when the move exists and any of the roles may make it. */
export function canTransition(from: TenderStatus, to: TenderStatus, roles: readonly Role[]): boolean {
  return allowedTransitions(from, roles).some((transition) => transition.to === to);
}

export type TransitionCheck =
  | { ok: true; transition: TenderTransition }
  | { ok: false; code: "tenderStatus.noSuchTransition" | "tenderStatus.notPermitted" | "tenderStatus.reasonRequired" };

/**
 * Whether a requested move may happen: it must exist, one of the roles must permit it, and a
 * reason (non-blank) must come with the moves that require one.
 */
export function checkTransition(request: {
  from: TenderStatus;
  to: TenderStatus;
  roles: readonly Role[];
  reason?: string | null;
}): TransitionCheck {
  const found = TENDER_TRANSITIONS.find((candidate) => candidate.from === request.from && candidate.to === request.to);
  if (!found) return { ok: false, code: "tenderStatus.noSuchTransition" };
  if (!permits(found, request.roles)) return { ok: false, code: "tenderStatus.notPermitted" };
  if (found.reasonRequired && (request.reason ?? "").trim() === "")
    return { ok: false, code: "tenderStatus.reasonRequired" };
  return { ok: true, transition: found };
}

/** Only a draft may be edited; later changes go through reopening (approved) or a corrigendum (published). */
export function isEditable(status: TenderStatus): boolean {
  return status === "DRAFT";
}

/** No move leads out of a cancelled tender. */
export function isFinal(status: TenderStatus): boolean {
  return !TENDER_TRANSITIONS.some((transition) => transition.from === status);
}
