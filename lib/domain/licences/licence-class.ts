/**
 * The four licence classes of decisions.md ("Open source licences"):
 * - OPEN: approved by the Open Source Initiative;
 * - FREE_NOT_OSI: rated free (libre) by the FSF, or a public-domain dedication, but not OSI-approved;
 * - NOT_OPEN: restricts use, field, users or commercial use (the restricted list), rated non-free
 *   by the FSF without OSI approval, or no licence at all (`NONE`);
 * - UNKNOWN: cannot be told from the SPDX list: `LicenseRef-…`, `NOASSERTION`, an id that is not on
 *   the list, a listed licence neither the OSI nor the FSF has rated, or text that is not an
 *   expression.
 */
export const LICENCE_CLASSES = ["OPEN", "FREE_NOT_OSI", "NOT_OPEN", "UNKNOWN"] as const;
export type LicenceClass = (typeof LICENCE_CLASSES)[number];

/**
 * From least to most open, for combining: `AND` takes the least open part (every part applies),
 * `OR` the most open choice (the licensee picks). UNKNOWN sits between NOT_OPEN and the free
 * classes: a choice between an unknown licence and a closed one may still be open, and an unknown
 * part next to open ones stops the whole from being verified open.
 */
const RANK: Record<LicenceClass, number> = { NOT_OPEN: 0, UNKNOWN: 1, FREE_NOT_OSI: 2, OPEN: 3 };

export function leastOpen(classes: readonly LicenceClass[]): LicenceClass {
  return classes.reduce((worst, next) => (RANK[next] < RANK[worst] ? next : worst), "OPEN" as LicenceClass);
}

export function mostOpen(classes: readonly LicenceClass[]): LicenceClass {
  return classes.reduce((best, next) => (RANK[next] > RANK[best] ? next : best), "NOT_OPEN" as LicenceClass);
}

/** OPEN and FREE_NOT_OSI grant the four freedoms; the others do not, or cannot be shown to. */
export function isFreeClass(licenceClass: LicenceClass): boolean {
  return licenceClass === "OPEN" || licenceClass === "FREE_NOT_OSI";
}

/**
 * Whether a licence limits how the software (or model) may be used, for AI models (OSI Open
 * Source AI Definition: the freedom to use for any purpose): RESTRICTED, UNRESTRICTED, or UNKNOWN
 * when the licence cannot be read. A licence can be NOT_OPEN without restricting use (no
 * derivatives, CC-BY-ND): modifying, not using, is what it forbids.
 */
export const USE_RESTRICTIONS = ["RESTRICTED", "UNRESTRICTED", "UNKNOWN"] as const;
export type UseRestriction = (typeof USE_RESTRICTIONS)[number];

const USE_RANK: Record<UseRestriction, number> = { RESTRICTED: 0, UNKNOWN: 1, UNRESTRICTED: 2 };

/** Every part applies: one restricting part restricts the whole. */
export function combinedUseRestrictionOfAll(values: readonly UseRestriction[]): UseRestriction {
  return values.reduce((worst, next) => (USE_RANK[next] < USE_RANK[worst] ? next : worst), "UNRESTRICTED" as UseRestriction); // prettier-ignore
}

/** The licensee picks: one unrestricted choice frees the use. */
export function combinedUseRestrictionOfChoice(values: readonly UseRestriction[]): UseRestriction {
  return values.reduce((best, next) => (USE_RANK[next] > USE_RANK[best] ? next : best), "RESTRICTED" as UseRestriction); // prettier-ignore
}
