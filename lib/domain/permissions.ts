import type { Role } from "./roles";

/**
 * What each role may do, as `resource.action`. Later capabilities add permissions here; the
 * `satisfies` check makes a new role fail compilation until it is given its permissions.
 */
export const PERMISSIONS = [
  "organisation.view",
  "member.manage",
  "audit.view",
  "tender.view",
  "tender.draft",
  "tender.review",
  "bid.register",
  "bid.open",
  "bid.view",
  "bid.evaluate",
  "panel.manage",
  "template.manage",
  "clause.manage",
] as const;

export type Permission = (typeof PERMISSIONS)[number];

export const PERMISSIONS_BY_ROLE = {
  // Procurement staff register the bids received and open them (four-eyes: two of them), and as
  // procurement leads they set up the evaluation panel.
  DRAFTER: ["organisation.view", "tender.view", "tender.draft", "bid.register", "bid.open", "bid.view", "panel.manage"],
  // Evaluators read the opened bids of their organisation's tenders, not the drafts.
  EVALUATOR: ["organisation.view", "bid.view", "bid.evaluate"],
  // The OSPO advises on procurement: it reviews tenders, keeps the clause library and publishes
  // the organisation's tender templates as open commons.
  OSPO: ["organisation.view", "tender.view", "tender.review", "template.manage", "clause.manage"],
  // "ADMIN everything in the organisation": members, audit, and every tender.
  ADMIN: [
    "organisation.view",
    "member.manage",
    "audit.view",
    "tender.view",
    "tender.draft",
    "tender.review",
    "clause.manage",
    "template.manage",
    "bid.register",
    "bid.open",
    "bid.view",
    "panel.manage",
  ],
} as const satisfies Record<Role, readonly Permission[]>;

/** True when any of the roles grants the permission. Unknown roles grant nothing (fail closed). */
export function can(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => {
    const granted: readonly Permission[] | undefined = PERMISSIONS_BY_ROLE[role];
    return granted !== undefined && granted.includes(permission);
  });
}
