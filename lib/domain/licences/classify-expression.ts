import { SPDX_LICENSE_LIST_VERSION } from "@/lib/domain/spdx/spdx-licence-list";
import type { LicenceClass, UseRestriction } from "./licence-class";
import { reason, type LicenceReason } from "./licence-reasons";
import { parseLicenceExpression } from "./parse-expression";
import { collectReasons, licenceIdsOf, resolveExpression, type ResolvedExpression } from "./resolve-expression";
import type { RestrictedFamilyKey } from "./restricted-licences";
import { repairLicenceExpression } from "./repair-expression";
import type { LicenceSyntaxError } from "./syntax-error";

/**
 * The classification of one SPDX licence expression (decisions.md "Open source licences"), with
 * everything a person needs to check it: the reasons, the expression as SPDX reads it, and a
 * suggested correction when one is close. The suggestion is only ever shown, never used in place
 * of what the bid says.
 */
export type LicenceClassification = {
  /** The text as given. */
  readonly expression: string;
  readonly licenceClass: LicenceClass;
  /** A valid expression whose ids and exceptions are all on the SPDX list (references count as valid). */
  readonly valid: boolean;
  /** Standard spacing, capital operators, ids in their list case; null when the text does not parse. */
  readonly normalised: string | null;
  readonly syntaxError: LicenceSyntaxError | null;
  /** In reading order; a syntax error is the only reason of an invalid text. */
  readonly reasons: readonly LicenceReason[];
  /** A corrected expression and the class it would get; null when nothing needs correcting or nothing close was found. */
  readonly suggestion: { readonly expression: string; readonly licenceClass: LicenceClass } | null;
  readonly restrictedFamilies: readonly RestrictedFamilyKey[];
  /** For AI models: does the licence limit use (OSI Open Source AI Definition)? */
  readonly useRestriction: UseRestriction;
  /** Current SPDX ids the expression names (deprecated ones replaced). */
  readonly licenceIds: readonly string[];
  /** The classified tree, for checks that need the structure (deliverables against the outbound licence). */
  readonly tree: ResolvedExpression | null;
  readonly spdxLicenseListVersion: string;
};

/**
 * Bids repeat the same few licences thousands of times: results are kept per exact text. The
 * cache is bounded (emptied when full) so a flood of distinct texts cannot grow memory without
 * limit; results are never mutated, so sharing them is safe.
 */
const MAX_CACHED = 20_000;
const cache = new Map<string, LicenceClassification>();

export function classifyLicenceExpression(expression: string): LicenceClassification {
  const cached = cache.get(expression);
  if (cached) return cached;
  const result = classifyUncached(expression, true);
  if (cache.size >= MAX_CACHED) cache.clear();
  cache.set(expression, result);
  return result;
}

function classifyUncached(expression: string, withSuggestion: boolean): LicenceClassification {
  const parsed = parseLicenceExpression(expression);
  if (!parsed.ok) {
    const repaired = withSuggestion ? repairLicenceExpression(expression) : null;
    const repairedClass = repaired ? classifyUncached(repaired, false) : null;
    const usable = repairedClass?.normalised != null;
    const { code, values, start, end } = parsed.error;
    return {
      expression,
      licenceClass: "UNKNOWN",
      valid: false,
      normalised: null,
      syntaxError: parsed.error,
      reasons: [reason(code, values, { start, end })],
      suggestion: usable ? { expression: bestText(repairedClass), licenceClass: bestClass(repairedClass) } : null,
      restrictedFamilies: [],
      useRestriction: "UNKNOWN",
      licenceIds: [],
      tree: null,
      spdxLicenseListVersion: SPDX_LICENSE_LIST_VERSION,
    };
  }
  const tree = resolveExpression(parsed.expression);
  const suggestion =
    withSuggestion && tree.correctable
      ? { expression: tree.corrected, licenceClass: classifyUncached(tree.corrected, false).licenceClass }
      : null;
  return {
    expression,
    licenceClass: tree.licenceClass,
    valid: tree.valid,
    normalised: tree.normalised,
    syntaxError: null,
    reasons: collectReasons(tree),
    suggestion,
    restrictedFamilies: tree.families,
    useRestriction: tree.useRestriction,
    licenceIds: licenceIdsOf(tree),
    tree,
    spdxLicenseListVersion: SPDX_LICENSE_LIST_VERSION,
  };
}

/** A repaired text that parses may still hold near misses: suggest its corrected form then. */
function bestText(classification: LicenceClassification): string {
  return classification.tree?.correctable ? classification.tree.corrected : classification.normalised!;
}

function bestClass(classification: LicenceClassification): LicenceClass {
  return classification.tree?.correctable
    ? classifyUncached(classification.tree.corrected, false).licenceClass
    : classification.licenceClass;
}
