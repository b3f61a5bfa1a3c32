/**
 * Public-domain dedications on the SPDX list: the author gives up their rights (as far as the
 * law allows) instead of granting a licence. decisions.md classes them "free, not OSI" even when
 * the FSF has not rated them. Only texts that are themselves a dedication by the rights holder are
 * here; marks that describe a work's status (CC-PDM-1.0) are not. The Unlicense is also
 * OSI-approved, so it is OPEN whatever this list says.
 */
export const PUBLIC_DOMAIN_DEDICATIONS: ReadonlySet<string> = new Set([
  "CC0-1.0",
  "WTFPL",
  "Unlicense",
  "PDDL-1.0",
  "CC-PDDC",
]);
