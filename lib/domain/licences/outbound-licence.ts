import type { ClauseParameterValues } from "@/lib/domain/clauses/clause-model";
import { deliverablesLicence } from "@/lib/domain/clauses/library/deliverables-licence";
import { canonicalOutboundLicence, EUPL_1_2 } from "./deliverables-check";

/**
 * The licence the tender requires for the software delivered under the contract: the
 * `softwareLicence` of its `deliverables-licence` clause (lib/domain/clauses/library), that
 * parameter's default when the drafter left it blank, and EUPL-1.2 when the tender has no such
 * clause (the default of decisions.md and of the clause). The id comes back in its list form
 * ("eupl-1.2" → "EUPL-1.2"); a value that is not an SPDX id is returned trimmed, as written.
 */
export type OutboundLicence = {
  readonly licenceId: string;
  /** CLAUSE: the drafter's value; CLAUSE_DEFAULT: the clause without a value; NO_CLAUSE: no clause. */
  readonly source: "CLAUSE" | "CLAUSE_DEFAULT" | "NO_CLAUSE";
};

const CLAUSE_KEY = deliverablesLicence.key;
const PARAMETER = "softwareLicence";

export function tenderOutboundLicence(
  chosenClauses: readonly { readonly key: string; readonly values: ClauseParameterValues }[],
): OutboundLicence {
  const clause = chosenClauses.find((chosen) => chosen.key === CLAUSE_KEY);
  if (!clause) return { licenceId: EUPL_1_2, source: "NO_CLAUSE" };
  const value = clause.values[PARAMETER];
  if (typeof value === "string" && value.trim() !== "") {
    return { licenceId: canonicalOutboundLicence(value), source: "CLAUSE" };
  }
  const parameter = deliverablesLicence.parameters.find((candidate) => candidate.name === PARAMETER);
  const fallback = parameter && "default" in parameter && typeof parameter.default === "string" ? parameter.default : EUPL_1_2; // prettier-ignore
  return { licenceId: canonicalOutboundLicence(fallback), source: "CLAUSE_DEFAULT" };
}
