import { isObject, sbomProblem, text, type JsonObject, type SbomComponent, type SbomReadResult } from "./sbom-types";

/**
 * The packages of an SPDX 2.3 JSON document (the caller has checked the version).
 *
 * - The packages the document describes (`documentDescribes`, or DESCRIBES / DESCRIBED_BY
 *   relationships with the document; the only package when there is one) and what they CONTAIN
 *   (or what is CONTAINED_BY them), transitively, are DELIVERED; the others are DEPENDENCY.
 * - Licence: `licenseConcluded`, unless it is missing or NOASSERTION and `licenseDeclared` says
 *   more; NOASSERTION and NONE are kept as written, so the licence check sees that nothing was
 *   asserted rather than an empty field.
 * - Supplier: `supplier` without its `Organization:` / `Person:` prefix, else `originator`;
 *   NOASSERTION counts as none.
 * - Repository: `downloadLocation` when it is an address (`git+https://host/x.git@v1` gives
 *   `https://host/x.git`); NOASSERTION and NONE give none.
 * SPDX 2.3 has no notion of an AI model (SPDX 3 does): none is marked.
 */
export function readSpdx(document: JsonObject): SbomReadResult {
  const packages = document.packages ?? [];
  if (!Array.isArray(packages)) return { ok: false, problems: [sbomProblem("sbom.notAList", "packages")] };
  const delivered = deliveredIds(document, packages);
  const components = packages.map((entry, index): SbomComponent => {
    const pkg = isObject(entry) ? entry : {};
    return {
      name: text(pkg.name),
      version: text(pkg.versionInfo),
      supplier: partyName(pkg.supplier) || partyName(pkg.originator),
      licence: licenceOf(pkg),
      repository: repositoryOf(text(pkg.downloadLocation)),
      relation: delivered.has(text(pkg.SPDXID)) ? "DELIVERED" : "DEPENDENCY",
      isAiModel: false,
      path: `packages[${index}]`,
    };
  });
  return { ok: true, components };
}

const DOCUMENT_ID = "SPDXRef-DOCUMENT";

function deliveredIds(document: JsonObject, packages: unknown[]): Set<string> {
  const ids = packages.map((entry) => (isObject(entry) ? text(entry.SPDXID) : "")).filter((id) => id !== "");
  const relationships = (Array.isArray(document.relationships) ? document.relationships : [])
    .filter(isObject)
    .map((r) => ({ from: text(r.spdxElementId), type: text(r.relationshipType), to: text(r.relatedSpdxElement) }));
  const described = new Set(
    Array.isArray(document.documentDescribes) ? document.documentDescribes.map(text).filter(Boolean) : [],
  );
  for (const { from, type, to } of relationships) {
    if (type === "DESCRIBES" && from === DOCUMENT_ID) described.add(to);
    if (type === "DESCRIBED_BY" && to === DOCUMENT_ID) described.add(from);
  }
  if (described.size === 0 && ids.length === 1) described.add(ids[0]!);
  // What a delivered package contains is delivered too, however deep.
  const contains = new Map<string, string[]>();
  for (const { from, type, to } of relationships) {
    const [parent, child] = type === "CONTAINS" ? [from, to] : type === "CONTAINED_BY" ? [to, from] : [null, null];
    if (parent && child) contains.set(parent, [...(contains.get(parent) ?? []), child]);
  }
  const delivered = new Set<string>();
  const queue = [...described];
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (delivered.has(id)) continue;
    delivered.add(id);
    queue.push(...(contains.get(id) ?? []));
  }
  return delivered;
}

const NO_VALUE = new Set(["NOASSERTION", "NONE", ""]);

function licenceOf(pkg: JsonObject): string {
  const concluded = text(pkg.licenseConcluded);
  const declared = text(pkg.licenseDeclared);
  if (concluded !== "" && concluded !== "NOASSERTION") return concluded;
  if (declared !== "" && declared !== "NOASSERTION") return declared;
  return concluded || declared;
}

function partyName(value: unknown): string {
  const party = text(value);
  if (NO_VALUE.has(party)) return "";
  return party.replace(/^(Organization|Person|Tool):\s*/, "").replace(/\s*\([^)]*@[^)]*\)$/, "");
}

function repositoryOf(location: string): string {
  if (NO_VALUE.has(location)) return "";
  // SPDX VCS locations: <tool>+<transport>://<host>/<path>[@<revision>][#<sub path>].
  const vcs = /^(?:git|hg|svn|bzr)\+([a-z+]+:\/\/[^@#]+)/.exec(location);
  if (vcs) return vcs[1]!;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(location) ? location : "";
}
