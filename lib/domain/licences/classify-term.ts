import {
  findSpdxException,
  findSpdxLicence,
  findSpdxLicenceIgnoringCase,
  suggestSpdxLicence,
  type SpdxLicence,
} from "@/lib/domain/spdx/spdx-licence-list";
import type { AdditionNode, LicenceIdNode, LicenceRefNode, SpecialNode, WithNode } from "./expression-ast";
import { deprecatedReplacement } from "./deprecated-licences";
import { suggestSpdxException } from "./exception-suggestion";
import { leastOpen, combinedUseRestrictionOfAll, type LicenceClass, type UseRestriction } from "./licence-class";
import { reason, type LicenceReason } from "./licence-reasons";
import { PUBLIC_DOMAIN_DEDICATIONS } from "./public-domain";
import {
  restrictedFamiliesOfName,
  restrictedFamiliesOfSpdxId,
  restrictsUse,
  type RestrictedFamilyKey,
  type RestrictedLicenceFamily,
} from "./restricted-licences";

/**
 * One term of an expression (a licence, optionally `WITH` an addition) classified on its own,
 * from the SPDX list, the restricted list and the public-domain dedications.
 */
export type ResolvedTerm = {
  readonly kind: "term";
  readonly start: number;
  readonly end: number;
  /** The current SPDX id the term stands for (case fixed, deprecated id replaced); null when not on the list. */
  readonly licenceId: string | null;
  /** Written with `+` (this version or any later one), and not already an "-or-later" id. */
  readonly orLater: boolean;
  /** The exception on the SPDX list after `WITH` (or from a deprecated id's replacement). */
  readonly exceptionId: string | null;
  readonly licenceClass: LicenceClass;
  readonly useRestriction: UseRestriction;
  readonly families: readonly RestrictedFamilyKey[];
  /** The term as SPDX reads it: canonical case, capital `WITH`. */
  readonly normalised: string;
  /** The term as we would write it: deprecated ids replaced, near misses by their suggestion. */
  readonly corrected: string;
  /** Something in `corrected` differs from what was written (beyond spacing and operator case). */
  readonly correctable: boolean;
  /** Every id is on the SPDX list (references are valid too; unknown ids and exceptions are not). */
  readonly valid: boolean;
  readonly reasons: readonly LicenceReason[];
};

type Part = Omit<ResolvedTerm, "kind" | "start" | "end" | "exceptionId"> & { exceptionId?: string | null };

export function classifyTerm(node: LicenceIdNode | LicenceRefNode | SpecialNode | WithNode): ResolvedTerm {
  if (node.kind !== "with") return { kind: "term", start: node.start, end: node.end, exceptionId: null, ...classifySimple(node) }; // prettier-ignore
  const licence = classifySimple(node.licence);
  const addition = classifyAddition(node.addition);
  // A deprecated "-with-…-exception" id already carries an exception: keep the written form then.
  const doubled = licence.exceptionId != null;
  return {
    kind: "term",
    start: node.start,
    end: node.end,
    licenceId: licence.licenceId,
    orLater: licence.orLater,
    exceptionId: addition.exceptionId ?? null,
    licenceClass: leastOpen([licence.licenceClass, addition.licenceClass]),
    useRestriction: combinedUseRestrictionOfAll([licence.useRestriction, addition.useRestriction]),
    families: [...new Set([...licence.families, ...addition.families])],
    normalised: `${licence.normalised} WITH ${addition.normalised}`,
    corrected: `${doubled ? licence.normalised : licence.corrected} WITH ${addition.corrected}`,
    correctable: (licence.correctable && !doubled) || addition.correctable,
    valid: licence.valid && addition.valid,
    reasons: [...licence.reasons, ...addition.reasons],
  };
}

function classifySimple(node: LicenceIdNode | LicenceRefNode | SpecialNode): Part {
  if (node.kind === "special") return classifySpecial(node);
  if (node.kind === "licenceRef") return classifyLicenceRef(node);
  return classifyLicenceId(node);
}

function classifySpecial(node: SpecialNode): Part {
  const none = node.value === "NONE";
  return {
    licenceId: null,
    orLater: false,
    licenceClass: none ? "NOT_OPEN" : "UNKNOWN",
    useRestriction: none ? "RESTRICTED" : "UNKNOWN",
    families: [],
    normalised: node.value,
    corrected: node.value,
    correctable: false,
    valid: true,
    reasons: [reason(none ? "licences.reasons.noLicence" : "licences.reasons.noAssertion", {}, node)],
  };
}

function classifyLicenceRef(node: LicenceRefNode): Part {
  const base = { licenceId: null, orLater: false, normalised: node.ref, valid: true };
  const families = restrictedFamiliesOfName(node.name);
  if (families.length > 0) return { ...base, ...restrictedPart(families, node.ref, node), corrected: node.ref, correctable: false }; // prettier-ignore
  const listed = findSpdxLicenceIgnoringCase(node.name);
  return {
    ...base,
    licenceClass: "UNKNOWN",
    useRestriction: "UNKNOWN",
    families: [],
    corrected: listed ? listed.id : node.ref,
    correctable: listed !== undefined,
    reasons: [
      listed
        ? reason("licences.reasons.licenceRefLooksLike", { ref: node.ref, suggestion: listed.id }, node)
        : reason("licences.reasons.licenceRef", { ref: node.ref }, node),
    ],
  };
}

function classifyLicenceId(node: LicenceIdNode): Part {
  const written = `${node.id}${node.orLater ? "+" : ""}`;
  // "GPL-2.0+" is itself a (deprecated) id on the list: the "+" belongs to it.
  const withPlus = node.orLater ? findSpdxLicenceIgnoringCase(written) : undefined;
  const listed = withPlus ?? findSpdxLicenceIgnoringCase(node.id);
  if (!listed) return classifyUnlistedId(node, written);
  let orLater = node.orLater && !withPlus;
  const normalised = `${listed.id}${orLater ? "+" : ""}`;
  const reasons: LicenceReason[] = [];
  let correctable = false;
  if (normalised !== written) {
    reasons.push(reason("licences.reasons.caseMismatch", { written, licence: normalised }, node));
    correctable = true;
  }
  let effective: SpdxLicence = listed;
  let exceptionId: string | null = null;
  if (listed.isDeprecated) {
    const replacement = deprecatedReplacement(listed.id);
    const successor = replacement && findSpdxLicence(replacement.licence);
    if (replacement && successor) {
      effective = successor;
      exceptionId = replacement.exception;
      const text = exceptionId ? `${successor.id} WITH ${exceptionId}` : successor.id;
      reasons.push(reason("licences.reasons.deprecated", { written: listed.id, replacement: text }, node));
      correctable = true;
    } else {
      reasons.push(reason("licences.reasons.deprecatedNoReplacement", { licence: listed.id }, node));
    }
  }
  if (orLater) {
    const orLaterId = effective.id.endsWith("-only") ? `${effective.id.slice(0, -"-only".length)}-or-later` : null;
    const orLaterLicence = orLaterId ? findSpdxLicence(orLaterId) : undefined;
    if (orLaterLicence) {
      reasons.push(reason("licences.reasons.plusOnOnly", { written, suggestion: orLaterLicence.id }, node));
      effective = orLaterLicence;
      orLater = false;
      correctable = true;
    } else if (effective.id.endsWith("-or-later")) {
      reasons.push(reason("licences.reasons.plusOnOrLater", { written, suggestion: effective.id }, node));
      orLater = false;
      correctable = true;
    } else {
      reasons.push(reason("licences.reasons.orLater", { licence: `${effective.id}+`, version: effective.id }, node));
    }
  }
  const verdict = classifyListedLicence(effective, node);
  const corrected = `${effective.id}${orLater ? "+" : ""}${exceptionId ? ` WITH ${exceptionId}` : ""}`;
  return { licenceId: effective.id, orLater, exceptionId, normalised, corrected, correctable, valid: true, ...verdict, reasons: [...reasons, ...verdict.reasons] }; // prettier-ignore
}

/** Not on the list: a restricted licence written without `LicenseRef-`, a near miss, or unknown. */
function classifyUnlistedId(node: LicenceIdNode, written: string): Part {
  const base = { licenceId: null, orLater: node.orLater, normalised: written, valid: false };
  const families = restrictedFamiliesOfName(node.id);
  if (families.length > 0) {
    const corrected = `LicenseRef-${node.id}`;
    const restricted = restrictedPart(families, written, node);
    return {
      ...base,
      ...restricted,
      corrected,
      correctable: true,
      reasons: [...restricted.reasons, reason("licences.reasons.notSpdxId", { licence: written, suggestion: corrected }, node)], // prettier-ignore
    };
  }
  const suggestion = suggestSpdxLicence(node.id);
  return {
    ...base,
    licenceClass: "UNKNOWN",
    useRestriction: "UNKNOWN",
    families: [],
    corrected: suggestion ? `${suggestion.id}${node.orLater ? "+" : ""}` : written,
    correctable: suggestion !== undefined,
    reasons: [
      suggestion
        ? reason("licences.reasons.unknownIdWithSuggestion", { licence: written, suggestion: suggestion.id }, node)
        : reason("licences.reasons.unknownId", { licence: written }, node),
    ],
  };
}

/** A current licence on the SPDX list, by the rules of decisions.md, the restricted list first. */
function classifyListedLicence(
  licence: SpdxLicence,
  span: { start: number; end: number },
): Pick<Part, "licenceClass" | "useRestriction" | "families" | "reasons"> {
  const families = restrictedFamiliesOfSpdxId(licence.id);
  if (families.length > 0) return restrictedPart(families, licence.id, span);
  const free = (code: "osiApproved" | "fsfLibre" | "publicDomain", licenceClass: LicenceClass) => ({
    licenceClass,
    useRestriction: "UNRESTRICTED" as const,
    families: [],
    reasons: [reason(`licences.reasons.${code}`, { licence: licence.id }, span)],
  });
  if (licence.isOsiApproved) return free("osiApproved", "OPEN");
  if (licence.isFsfLibre === true) return free("fsfLibre", "FREE_NOT_OSI");
  if (PUBLIC_DOMAIN_DEDICATIONS.has(licence.id)) return free("publicDomain", "FREE_NOT_OSI");
  const nonFree = licence.isFsfLibre === false;
  return {
    licenceClass: nonFree ? "NOT_OPEN" : "UNKNOWN",
    useRestriction: "UNKNOWN",
    families: [],
    reasons: [reason(nonFree ? "licences.reasons.fsfNonFree" : "licences.reasons.notAssessed", { licence: licence.id }, span)], // prettier-ignore
  };
}

function restrictedPart(
  families: readonly RestrictedLicenceFamily[],
  written: string,
  span: { start: number; end: number },
): Pick<Part, "licenceClass" | "useRestriction" | "families" | "reasons"> {
  return {
    licenceClass: "NOT_OPEN",
    useRestriction: families.some(restrictsUse) ? "RESTRICTED" : "UNRESTRICTED",
    families: families.map((family) => family.key),
    reasons: families.map((family) => reason(`licences.restricted.${family.key}`, { licence: written }, span)),
  };
}

/** After `WITH`: a listed exception keeps the licence's class; anything else cannot be read. */
function classifyAddition(node: AdditionNode): Part {
  const base = { licenceId: null, orLater: false, valid: true };
  if (node.kind === "additionRef") {
    const families = restrictedFamiliesOfName(node.name);
    if (families.length > 0) return { ...base, ...restrictedPart(families, node.ref, node), normalised: node.ref, corrected: node.ref, correctable: false }; // prettier-ignore
    const reasons = [reason("licences.reasons.additionRef", { ref: node.ref }, node)];
    return { ...base, licenceClass: "UNKNOWN", useRestriction: "UNKNOWN", families: [], normalised: node.ref, corrected: node.ref, correctable: false, reasons }; // prettier-ignore
  }
  const listed = findSpdxException(node.id);
  if (listed) {
    const reasons: LicenceReason[] = [];
    if (listed.id !== node.id) reasons.push(reason("licences.reasons.exceptionCase", { written: node.id, exception: listed.id }, node)); // prettier-ignore
    reasons.push(reason(listed.isDeprecated ? "licences.reasons.exceptionDeprecated" : "licences.reasons.exceptionListed", { exception: listed.id }, node)); // prettier-ignore
    return { ...base, exceptionId: listed.id, licenceClass: "OPEN", useRestriction: "UNRESTRICTED", families: [], normalised: listed.id, corrected: listed.id, correctable: listed.id !== node.id, reasons }; // prettier-ignore
  }
  const families = restrictedFamiliesOfName(node.id);
  if (families.length > 0) {
    const corrected = `AdditionRef-${node.id}`;
    const restricted = restrictedPart(families, node.id, node);
    const reasons = [...restricted.reasons, reason("licences.reasons.notSpdxException", { exception: node.id, suggestion: corrected }, node)]; // prettier-ignore
    return { ...base, ...restricted, valid: false, normalised: node.id, corrected, correctable: true, reasons };
  }
  const suggestion = suggestSpdxException(node.id);
  return {
    ...base,
    valid: false,
    licenceClass: "UNKNOWN",
    useRestriction: "UNKNOWN",
    families: [],
    normalised: node.id,
    corrected: suggestion?.id ?? node.id,
    correctable: suggestion !== undefined,
    reasons: [
      suggestion
        ? reason("licences.reasons.exceptionUnknownWithSuggestion", { exception: node.id, suggestion: suggestion.id }, node) // prettier-ignore
        : reason("licences.reasons.exceptionUnknown", { exception: node.id }, node),
    ],
  };
}
