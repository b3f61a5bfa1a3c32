import { chosenVersionKey } from "./chosen-clauses";
import type { Clause } from "./clause-model";
import type { ChosenClause } from "./clause-updates";

/**
 * A mandatory clause the drafter took out of a tender, with the written justification, who and
 * when. Kept with the tender (its clauses section) while the clause stays out, shown on the
 * clauses page and to the reviewer, and audited. The name is copied, as the audit trail does, so
 * the record outlives the account.
 */
export type MandatoryClauseRemoval = {
  key: string;
  /** The version the tender held when the clause was removed. */
  version: number;
  justification: string;
  userId: string;
  userName: string;
  /** ISO timestamp. */
  at: string;
};

/** What the clauses form sends for each mandatory clause it removes. */
export type RemovalJustification = { key: string; justification: string };

/**
 * The removals a save of the clauses section leaves on the tender. A mandatory clause (by the
 * status of the version the tender held, or because the template the tender was started from
 * makes it mandatory: `templateMandatoryKeys`) that was chosen before the save and is not after it
 * needs a justification: it is recorded with the actor and the time. Removals already recorded
 * stay as written while their clause stays out; a clause put back loses its record (removing it
 * again asks again). Clauses added and removed within the same edit were never in the tender and
 * need nothing.
 */
export function reconcileMandatoryRemovals({
  before,
  after,
  recorded,
  justifications,
  definitions,
  templateMandatoryKeys = new Set(),
  actor,
  at,
}: {
  before: readonly ChosenClause[];
  after: readonly ChosenClause[];
  recorded: readonly MandatoryClauseRemoval[];
  justifications: readonly RemovalJustification[];
  /** The definitions of the versions `before` holds, by key@version. */
  definitions: ReadonlyMap<string, Clause>;
  /** The clauses the tender's template version makes mandatory (lib/domain/templates/reuse). */
  templateMandatoryKeys?: ReadonlySet<string>;
  actor: { userId: string; userName: string };
  at: string;
}): { removals: MandatoryClauseRemoval[]; added: MandatoryClauseRemoval[]; unjustified: ChosenClause[] } {
  const chosenAfter = new Set(after.map((clause) => clause.key));
  const kept = recorded.filter((removal) => !chosenAfter.has(removal.key));
  const keptKeys = new Set(kept.map((removal) => removal.key));
  const added: MandatoryClauseRemoval[] = [];
  const unjustified: ChosenClause[] = [];
  for (const clause of before) {
    if (chosenAfter.has(clause.key) || keptKeys.has(clause.key)) continue;
    if (!isMandatory(clause, definitions, templateMandatoryKeys)) continue;
    const justification = justifications.find((entry) => entry.key === clause.key)?.justification.trim() ?? "";
    if (justification === "") {
      unjustified.push(clause);
      continue;
    }
    added.push({ key: clause.key, version: clause.version, justification, ...actor, at });
  }
  return { removals: [...kept, ...added], added, unjustified };
}

/** Mandatory by the library's status of the version held, or by the tender's template. */
export function isMandatory(
  clause: { key: string; version: number },
  definitions: ReadonlyMap<string, Clause>,
  templateMandatoryKeys: ReadonlySet<string>,
): boolean {
  return (
    templateMandatoryKeys.has(clause.key) ||
    definitions.get(chosenVersionKey(clause.key, clause.version))?.status === "MANDATORY"
  );
}
