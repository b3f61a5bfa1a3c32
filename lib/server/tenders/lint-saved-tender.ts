import "server-only";
import { lintInputFromTender, lintTender, opennessReadiness, type LintFinding } from "@/lib/domain/lint";
import type { OpennessReadiness } from "@/lib/domain/lint";
import { submitBlockers, type SubmitBlockers } from "@/lib/domain/lint/submit-blockers";
import type { AuthorityType } from "@/lib/domain/roles";
import { checkTender } from "@/lib/domain/tender/check-tender";
import { clauseVersionKey, getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import type { DbClient } from "@/lib/server/db";
import type { TenderDto } from "./tender-dto";

export type SavedTenderLint = {
  findings: LintFinding[];
  /** Keys of the warnings set aside with a justification (tender.lintDismissals). */
  dismissedKeys: Set<string>;
  readiness: OpennessReadiness;
};

/**
 * The lock-in linter over a saved tender, with the topics of the clause versions it chose (read
 * from the library, so a clause's definition decides what it covers) and the drafter's parameter
 * values. The clauses are always known here, so the missing-clause rule runs.
 */
export async function lintSavedTender(db: DbClient, tender: TenderDto): Promise<SavedTenderLint> {
  const definitions = await getChosenClauseVersions(db, tender.clauses);
  const clauses = tender.clauses.map((chosen) => ({
    topics: definitions.get(clauseVersionKey(chosen.key, chosen.version))?.topics ?? [],
    parameters: chosen.values,
  }));
  const findings = lintTender(lintInputFromTender(tender, { clauses }));
  const dismissedKeys = new Set(tender.lintDismissals.map((dismissal) => dismissal.key));
  return { findings, dismissedKeys, readiness: opennessReadiness(findings, dismissedKeys) };
}

/** What stops the tender going to review now: lock-in errors and sections with errors. */
export async function tenderSubmitBlockers(
  db: DbClient,
  tender: TenderDto,
  authorityType: AuthorityType,
): Promise<SubmitBlockers | null> {
  const { findings } = await lintSavedTender(db, tender);
  return submitBlockers(findings, checkTender(tender, authorityType).tasks);
}
