/**
 * What a clause secures, for the lock-in linter's "missing clause" rule (issue: rule 5): a tender
 * for software should cover each of these with at least one clause. A clause names the topics it
 * covers; the linter only looks at topics, never at clause keys, so the library can grow freely.
 */
export const REQUIRED_CLAUSE_TOPICS = [
  "DELIVERABLES_LICENCE",
  "SOURCE_CODE_DELIVERY",
  "EXIT_AND_PORTABILITY",
  "OPEN_STANDARDS",
  "ACCESSIBILITY",
] as const;

export const CLAUSE_TOPICS = [
  ...REQUIRED_CLAUSE_TOPICS,
  "SBOM_AND_COMPONENTS",
  "PUBLIC_REPOSITORY",
  "INTEROPERABILITY",
  "KNOWLEDGE_TRANSFER",
  "NO_VENDOR_LOCK_IN",
  "SWITCHING_CHARGES",
  "DOCUMENTATION",
  "MAINTENANCE_AND_SUPPORT",
  "SECURITY",
  "UPSTREAM_CONTRIBUTION",
  "DATA_LOCATION_AND_JURISDICTION",
  "SUPPLY_CHAIN_TRANSPARENCY",
  "AI_OPENNESS",
  "INNOVATION_PARTNERSHIP",
  "ESCROW",
  "PRICE_TRANSPARENCY",
] as const;

export type ClauseTopic = (typeof CLAUSE_TOPICS)[number];
export type RequiredClauseTopic = (typeof REQUIRED_CLAUSE_TOPICS)[number];
