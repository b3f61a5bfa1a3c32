import exceptionList from "@/data/spdx/exceptions.json";
import euplCompatible from "@/data/spdx/eupl-1.2-compatible.json";
import licenceList from "@/data/spdx/licenses.json";
import { editDistance } from "./edit-distance";

/**
 * The SPDX License List (data/spdx, version in SPDX_LICENSE_LIST_VERSION) as lookups: is an id on
 * the list, what is it called, is it OSI-approved, FSF-libre, deprecated. Single ids only; SPDX
 * expressions (`AND`, `OR`, `WITH`) are parsed elsewhere on top of these lookups.
 *
 * SPDX says ids match case-insensitively, so the predicates accept any case; `lookupSpdxLicence`
 * still tells an exact id from a differently cased one, so stored data can keep the canonical form.
 */

export type SpdxLicence = {
  readonly id: string;
  readonly name: string;
  readonly isOsiApproved: boolean;
  /** `undefined` when the FSF has not classified the licence: unknown, not "no". */
  readonly isFsfLibre: boolean | undefined;
  readonly isDeprecated: boolean;
  /** The licence's page on spdx.org. */
  readonly reference: string;
};

export type SpdxException = {
  readonly id: string;
  readonly name: string;
  readonly isDeprecated: boolean;
  readonly reference: string;
};

export type SpdxLookup =
  | { readonly kind: "exact"; readonly licence: SpdxLicence }
  /** On the list, written in another case ("apache-2.0"): the licence is the canonical form. */
  | { readonly kind: "caseMismatch"; readonly licence: SpdxLicence }
  /** Not on the list; `suggestion` is the nearest id or licence name, when one is close enough. */
  | { readonly kind: "unknown"; readonly suggestion?: SpdxLicence };

export const SPDX_LICENSE_LIST_VERSION: string = licenceList.licenseListVersion;

export const SPDX_LICENCES: readonly SpdxLicence[] = licenceList.licenses.map((entry) => ({
  id: entry.licenseId,
  name: entry.name,
  isOsiApproved: entry.isOsiApproved,
  isFsfLibre: "isFsfLibre" in entry ? (entry.isFsfLibre as boolean) : undefined,
  isDeprecated: entry.isDeprecatedLicenseId,
  reference: entry.reference,
}));

export const SPDX_EXCEPTIONS: readonly SpdxException[] = exceptionList.exceptions.map((entry) => ({
  id: entry.licenseExceptionId,
  name: entry.name,
  isDeprecated: entry.isDeprecatedLicenseId,
  reference: entry.reference,
}));

/**
 * Licences of the Appendix of the EUPL v1.2 (Art. 5 "compatible licences"), as SPDX ids. Deprecated
 * ids are not in it: normalise them first (`deprecatedLicenceReplacement`).
 */
export const EUPL_1_2_COMPATIBLE_LICENCE_IDS: readonly string[] = euplCompatible.spdxIds;

const byId = new Map(SPDX_LICENCES.map((licence) => [licence.id, licence]));
const byLowerId = new Map(SPDX_LICENCES.map((licence) => [licence.id.toLowerCase(), licence]));
const byName = new Map(SPDX_LICENCES.map((licence) => [nameKey(licence.name), licence]));
const exceptionsByLowerId = new Map(SPDX_EXCEPTIONS.map((exception) => [exception.id.toLowerCase(), exception]));
const euplCompatibleIds = new Set(EUPL_1_2_COMPATIBLE_LICENCE_IDS);

/** The licence with exactly this id, or undefined. */
export function findSpdxLicence(id: string): SpdxLicence | undefined {
  return byId.get(id);
}

/** The licence whatever the case of the id ("apache-2.0" finds Apache-2.0), or undefined. */
export function findSpdxLicenceIgnoringCase(id: string): SpdxLicence | undefined {
  return byLowerId.get(id.trim().toLowerCase());
}

/** Looks an id up the way a form does: exact, differently cased, or unknown with a suggestion. */
export function lookupSpdxLicence(input: string): SpdxLookup {
  const exact = byId.get(input);
  if (exact) return { kind: "exact", licence: exact };
  const cased = findSpdxLicenceIgnoringCase(input);
  if (cased) return { kind: "caseMismatch", licence: cased };
  const suggestion = suggestSpdxLicence(input);
  return suggestion ? { kind: "unknown", suggestion } : { kind: "unknown" };
}

/**
 * The licence someone most likely meant by a near miss: a licence name ("Apache License, Version
 * 2.0", "European Union Public Licence 1.2"), spaces or underscores for hyphens ("EUPL 1.2"), or an
 * id one or two typing slips away ("EUPL-1.3"). Undefined when nothing is close: guessing wildly
 * is worse than saying "unknown".
 */
export function suggestSpdxLicence(input: string): SpdxLicence | undefined {
  const trimmed = input.trim();
  if (trimmed === "") return undefined;
  const direct = findSpdxLicenceIgnoringCase(trimmed) ?? byName.get(nameKey(trimmed));
  if (direct) return direct;
  const key = idKey(trimmed);
  const hyphenated = byLowerId.get(key);
  if (hyphenated) return hyphenated;
  const limit = key.length <= 4 ? 1 : key.length < 12 ? 2 : 3;
  let best: { licence: SpdxLicence; distance: number } | undefined;
  for (const licence of SPDX_LICENCES) {
    const distance = editDistance(key, licence.id.toLowerCase(), limit);
    if (distance > limit) continue;
    if (!best || distance < best.distance || (distance === best.distance && preferred(licence, best.licence))) {
      best = { licence, distance };
    }
  }
  return best?.licence;
}

/** True when the id (any case) is an OSI-approved licence; false for unknown ids. */
export function isOsiApproved(id: string): boolean {
  return findSpdxLicenceIgnoringCase(id)?.isOsiApproved ?? false;
}

/** The FSF's verdict, or undefined when it has none or the id is unknown. */
export function isFsfLibre(id: string): boolean | undefined {
  return findSpdxLicenceIgnoringCase(id)?.isFsfLibre;
}

/** True when the id (any case) is on the list but deprecated (e.g. GPL-3.0, LGPL-2.1+). */
export function isDeprecated(id: string): boolean {
  return findSpdxLicenceIgnoringCase(id)?.isDeprecated ?? false;
}

/**
 * The current id for a deprecated GNU-style id, following SPDX's own renaming: `GPL-3.0` became
 * `GPL-3.0-only`, `GPL-3.0+` became `GPL-3.0-or-later`. Undefined for ids that are not deprecated
 * and for deprecated ids without a single-id successor (e.g. `GPL-2.0-with-classpath-exception`,
 * which is now an expression with `WITH`).
 */
export function deprecatedLicenceReplacement(id: string): SpdxLicence | undefined {
  const licence = findSpdxLicenceIgnoringCase(id);
  if (!licence?.isDeprecated) return undefined;
  const successor = licence.id.endsWith("+")
    ? byId.get(`${licence.id.slice(0, -1)}-or-later`)
    : byId.get(`${licence.id}-only`);
  return successor && !successor.isDeprecated ? successor : undefined;
}

/** True when the licence is in the EUPL v1.2 Appendix of compatible licences. */
export function isEuplCompatible(id: string): boolean {
  const licence = findSpdxLicenceIgnoringCase(id);
  return licence !== undefined && euplCompatibleIds.has(licence.id);
}

/** The exception (for `WITH`) whatever the case of the id, or undefined. */
export function findSpdxException(id: string): SpdxException | undefined {
  return exceptionsByLowerId.get(id.trim().toLowerCase());
}

/**
 * Among equally near candidates, a current, OSI-approved, shorter id is the likelier intent; last,
 * the later one, so a mistyped version ("EUPL-1.3") points to the newest (EUPL-1.2).
 */
function preferred(candidate: SpdxLicence, current: SpdxLicence): boolean {
  if (candidate.isDeprecated !== current.isDeprecated) return !candidate.isDeprecated;
  if (candidate.isOsiApproved !== current.isOsiApproved) return candidate.isOsiApproved;
  if (candidate.id.length !== current.id.length) return candidate.id.length < current.id.length;
  return candidate.id > current.id;
}

/** "EUPL 1.2", "eupl_v1.2" → "eupl-1.2": how people mistype an id's separators. */
function idKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s_]+/g, "-")
    .replace(/-v(?=\d)/g, "-");
}

/** "Apache License, Version 2.0" and "Apache Licence 2.0" → "apache license 2.0". */
function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/licence/g, "license")
    .replace(/[,;()"]/g, " ")
    .replace(/\b(?:version|v)\s*(?=\d)/g, "")
    .replace(/\s+/g, " ")
    .trim();
}
