import { deprecatedLicenceReplacement, findSpdxLicenceIgnoringCase } from "@/lib/domain/spdx/spdx-licence-list";

/**
 * What a deprecated SPDX id now is: a current id, or a current id `WITH` an exception. GNU ids
 * follow SPDX's renaming (`GPL-2.0` → `GPL-2.0-only`, `GPL-2.0+` → `GPL-2.0-or-later`, done by
 * `deprecatedLicenceReplacement`); the others are listed here, each with why.
 */
export type DeprecatedReplacement = { readonly licence: string; readonly exception: string | null };

const REPLACEMENTS: Readonly<Record<string, DeprecatedReplacement>> = {
  // SPDX deprecated the "-with-…-exception" ids when it introduced WITH (license-list-XML); the
  // old ids meant version 2.0 or 3.0 only, as bare GPL ids did.
  "GPL-2.0-with-autoconf-exception": { licence: "GPL-2.0-only", exception: "Autoconf-exception-2.0" },
  "GPL-2.0-with-bison-exception": { licence: "GPL-2.0-only", exception: "Bison-exception-2.2" },
  "GPL-2.0-with-classpath-exception": { licence: "GPL-2.0-only", exception: "Classpath-exception-2.0" },
  "GPL-2.0-with-font-exception": { licence: "GPL-2.0-only", exception: "Font-exception-2.0" },
  "GPL-2.0-with-GCC-exception": { licence: "GPL-2.0-only", exception: "GCC-exception-2.0" },
  "GPL-3.0-with-autoconf-exception": { licence: "GPL-3.0-only", exception: "Autoconf-exception-3.0" },
  "GPL-3.0-with-GCC-exception": { licence: "GPL-3.0-only", exception: "GCC-exception-3.1" },
  // eCos 2.0 is GPL-2.0-or-later with the eCos exception; wxWindows is LGPL-2.0-or-later with the
  // wxWindows exception (its OSI page and its steward say so).
  "eCos-2.0": { licence: "GPL-2.0-or-later", exception: "eCos-exception-2.0" },
  wxWindows: { licence: "LGPL-2.0-or-later", exception: "WxWindows-exception-3.1" },
  // Duplicates SPDX merged into the older or more general id.
  "BSD-2-Clause-NetBSD": { licence: "BSD-2-Clause", exception: null }, // license-list-XML issue 980
  "BSD-2-Clause-FreeBSD": { licence: "BSD-2-Clause-Views", exception: null }, // SPDX deprecation note
  Nunit: { licence: "zlib-acknowledgement", exception: null }, // license-list-XML issue 405
  "StandardML-NJ": { licence: "SMLNJ", exception: null },
  "bzip2-1.0.5": { licence: "bzip2-1.0.6", exception: null },
  // Net-SNMP was deprecated because it bundles several licences (issue 2506): no single successor.
};

/** The replacement of a deprecated id (any case), or undefined when it is current or has none. */
export function deprecatedReplacement(id: string): DeprecatedReplacement | undefined {
  const licence = findSpdxLicenceIgnoringCase(id);
  if (!licence?.isDeprecated) return undefined;
  const listed = REPLACEMENTS[licence.id];
  if (listed) return listed;
  const successor = deprecatedLicenceReplacement(licence.id);
  return successor ? { licence: successor.id, exception: null } : undefined;
}
