import { findSpdxLicenceIgnoringCase, isEuplCompatible } from "@/lib/domain/spdx/spdx-licence-list";
import { deprecatedReplacement } from "./deprecated-licences";
import type { ResolvedExpression } from "./resolve-expression";
import type { ResolvedTerm } from "./classify-term";

/**
 * Is a delivered component's licence acceptable under the tender's outbound licence (the licence
 * the `deliverables-licence` clause sets for the software the contractor delivers, EUPL-1.2 by
 * default)? The rule, also in docs/licences.md:
 *
 * - SAME_LICENCE: the component is under the outbound licence itself. This is what the clause
 *   asks of everything developed for the contract (point 1).
 * - COMPATIBLE: the outbound licence is EUPL-1.2 and the component's licence is in the EUPL-1.2
 *   Appendix of compatible licences (reference.md §5.3). Art. 5 lets EUPL code be combined with
 *   code under such a licence and the combination be distributed under that licence, and the
 *   clause (point 4) accepts pre-existing works under "another OSI-approved licence compatible
 *   with" the outbound one that the tender names. So it passes, but it is not the same thing as
 *   SAME_LICENCE: newly written code must still be under the outbound licence, which an evaluator
 *   confirms.
 * - NEEDS_REVIEW: open or free, but neither the outbound licence nor on the Appendix (MIT,
 *   Apache-2.0, EPL-2.0…), or CC-BY-SA-3.0, which the Appendix lists for works other than
 *   software only. Many such licences can be combined into an EUPL work (permissive licences
 *   usually can), but the Appendix does not say so, and the app does not guess law: a person
 *   checks. With another outbound licence than EUPL-1.2 there is no list, so every other licence
 *   needs review.
 * - NOT_OPEN / UNKNOWN: the component's licence class (the clause requires an open licence).
 *
 * Expressions: with `OR` the authority may pick, so the best choice counts; with `AND` every part
 * applies, so the worst part counts; `WITH` a listed exception adds permissions and keeps the
 * licence's verdict (an unlisted or restrictive addition has already made the class UNKNOWN or
 * NOT_OPEN). `X+` is judged as X, the version it names.
 */
export const DELIVERABLE_VERDICTS = ["SAME_LICENCE", "COMPATIBLE", "NEEDS_REVIEW", "UNKNOWN", "NOT_OPEN"] as const;
export type DeliverableVerdict = (typeof DELIVERABLE_VERDICTS)[number];

/** Message codes under `licences.deliverables` that say why. */
export const DELIVERABLE_FINDINGS = [
  "sameLicence",
  "euplCompatible",
  "euplNonSoftwareOnly",
  "notOnEuplList",
  "otherLicence",
  "notOpen",
  "unknown",
] as const;
export type DeliverableFinding = (typeof DELIVERABLE_FINDINGS)[number];

export type DeliverableCheck = {
  readonly verdict: DeliverableVerdict;
  readonly finding: DeliverableFinding;
  /** The part of the expression that decided (the chosen branch of an OR, the worst part of an AND). */
  readonly licence: string;
  readonly outboundLicence: string;
};

const RANK: Record<DeliverableVerdict, number> = { NOT_OPEN: 0, UNKNOWN: 1, NEEDS_REVIEW: 2, COMPATIBLE: 3, SAME_LICENCE: 4 }; // prettier-ignore

export const EUPL_1_2 = "EUPL-1.2";

/** The outbound licence as a current SPDX id when it is one (any case, deprecated ids replaced). */
export function canonicalOutboundLicence(text: string): string {
  const trimmed = text.trim();
  const listed = findSpdxLicenceIgnoringCase(trimmed);
  if (!listed) return trimmed;
  return deprecatedReplacement(listed.id)?.licence ?? listed.id;
}

/** `tree` is a classification's tree; null (a text that does not parse) is UNKNOWN. */
export function checkDeliverable(
  tree: ResolvedExpression | null,
  expression: string,
  outboundLicence: string,
): DeliverableCheck {
  const outbound = canonicalOutboundLicence(outboundLicence);
  if (!tree) return { verdict: "UNKNOWN", finding: "unknown", licence: expression, outboundLicence: outbound };
  return check(tree, outbound);
}

function check(node: ResolvedExpression, outbound: string): DeliverableCheck {
  if (node.kind === "term") return checkTerm(node, outbound);
  const checks = node.operands.map((operand) => check(operand, outbound));
  const pick = node.kind === "or" ? (a: number, b: number) => a > b : (a: number, b: number) => a < b;
  return checks.reduce((chosen, next) => (pick(RANK[next.verdict], RANK[chosen.verdict]) ? next : chosen));
}

function checkTerm(term: ResolvedTerm, outbound: string): DeliverableCheck {
  const result = (verdict: DeliverableVerdict, finding: DeliverableFinding) => ({
    verdict,
    finding,
    licence: term.normalised,
    outboundLicence: outbound,
  });
  if (term.licenceClass === "NOT_OPEN") return result("NOT_OPEN", "notOpen");
  // CC-BY-SA-3.0 is rated by neither the OSI nor the FSF (class UNKNOWN), but the Appendix names
  // it, for works other than software: say that rather than "unknown".
  if (outbound === EUPL_1_2 && term.normalised === CC_BY_SA_3_0) return result("NEEDS_REVIEW", "euplNonSoftwareOnly");
  if (term.licenceClass === "UNKNOWN" || term.licenceId === null) return result("UNKNOWN", "unknown");
  if (term.licenceId === outbound) return result("SAME_LICENCE", "sameLicence");
  if (outbound !== EUPL_1_2) return result("NEEDS_REVIEW", "otherLicence");
  return isEuplCompatible(term.licenceId)
    ? result("COMPATIBLE", "euplCompatible")
    : result("NEEDS_REVIEW", "notOnEuplList");
}

const CC_BY_SA_3_0 = "CC-BY-SA-3.0";
