/** Roles a member holds in a contracting authority. Mirrors the Role enum in prisma/schema.prisma. */
export const ROLES = ["DRAFTER", "EVALUATOR", "OSPO", "ADMIN"] as const;
export type Role = (typeof ROLES)[number];

export const AUTHORITY_TYPES = ["CENTRAL", "SUB_CENTRAL", "OTHER"] as const;
/** Directive 2014/24/EU Art. 2(1): central government authorities have lower thresholds. */
export type AuthorityType = (typeof AUTHORITY_TYPES)[number];
