import type { ComponentRelation } from "@/lib/domain/bids/bid-model";
import { isObject, sbomProblem, text, type JsonObject, type SbomComponent, type SbomReadResult } from "./sbom-types";

/**
 * The components of a CycloneDX JSON BOM (1.4, 1.5, 1.6; the caller has checked the version).
 *
 * - The component the BOM describes (`metadata.component`) and the parts nested in it are
 *   DELIVERED; the top-level `components` and their nested parts are DEPENDENCY (the AUTO rule).
 * - Licence: each `licenses[]` entry gives an `expression`, a `license.id` or a `license.name`
 *   (a name is kept as written: the licence check reports it as unknown). Several entries all
 *   apply, so they are joined with AND; an entry with spaces is put in parentheses first.
 * - Supplier: `supplier.name`, else `manufacturer.name` (1.6), else `publisher`, else `author`,
 *   else the first of `authors[].name` (1.6).
 * - Repository: the first external reference of type `vcs`.
 * - `type: machine-learning-model` marks an AI model (its openness class is for the bid to state).
 */
export function readCycloneDx(document: JsonObject): SbomReadResult {
  const components: SbomComponent[] = [];
  const metadata = isObject(document.metadata) ? document.metadata : {};
  if (isObject(metadata.component)) collect(metadata.component, "metadata.component", "DELIVERED", components);
  const list = document.components ?? [];
  if (!Array.isArray(list)) return { ok: false, problems: [sbomProblem("sbom.notAList", "components")] };
  list.forEach((component, index) => collect(component, `components[${index}]`, "DEPENDENCY", components));
  return { ok: true, components };
}

function collect(value: unknown, path: string, relation: ComponentRelation, into: SbomComponent[]): void {
  if (!isObject(value)) {
    into.push({ ...EMPTY, path, relation });
    return;
  }
  into.push({
    name: text(value.name),
    version: text(value.version),
    supplier: supplierOf(value),
    licence: licenceOf(value.licenses),
    repository: repositoryOf(value.externalReferences),
    relation,
    isAiModel: value.type === "machine-learning-model",
    path,
  });
  // Nested parts belong where their parent belongs: a part of the delivered software is delivered.
  const nested = Array.isArray(value.components) ? value.components : [];
  nested.forEach((child, index) => collect(child, `${path}.components[${index}]`, relation, into));
}

const EMPTY = { name: "", version: "", supplier: "", licence: "", repository: "", isAiModel: false };

function supplierOf(component: JsonObject): string {
  const named = (entity: unknown) => (isObject(entity) ? text(entity.name) : "");
  const authors = Array.isArray(component.authors) ? component.authors : [];
  return (
    named(component.supplier) ||
    named(component.manufacturer) ||
    text(component.publisher) ||
    text(component.author) ||
    authors.map(named).find((name) => name !== "") ||
    ""
  );
}

export function licenceOf(licenses: unknown): string {
  if (!Array.isArray(licenses)) return "";
  const terms = licenses
    .map((entry) => {
      if (!isObject(entry)) return "";
      if (typeof entry.expression === "string") return entry.expression.trim();
      const licence = isObject(entry.license) ? entry.license : {};
      return text(licence.id) || text(licence.name);
    })
    .filter((term) => term !== "");
  if (terms.length <= 1) return terms[0] ?? "";
  return terms.map((term) => (/\s/.test(term) ? `(${term})` : term)).join(" AND ");
}

function repositoryOf(references: unknown): string {
  if (!Array.isArray(references)) return "";
  const vcs = references.find((reference) => isObject(reference) && reference.type === "vcs");
  return isObject(vcs) ? text(vcs.url) : "";
}
