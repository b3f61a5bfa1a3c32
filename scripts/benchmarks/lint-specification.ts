import { seededRandom } from "./seeded-random";

/**
 * A made-up software specification for the linter benchmark: Markdown headings, paragraphs and
 * numbered requirements in English with some French and German, mixing what the rules must
 * catch (named products, proprietary formats, partner status, "compatible with" a product) with
 * what they must let pass (open standards, "or equivalent", ordinary words such as "project
 * teams" or "maintenance windows"). Deterministic: the same seed and length give the same text.
 */

const PRODUCTS = ["Microsoft Teams", "SharePoint", "Oracle Database", "SAP S/4HANA", "Salesforce", "VMware vSphere", "Microsoft Azure", "ServiceNow", "Citrix", "Power BI"]; // prettier-ignore
const FORMATS = [".docx", ".xlsx", ".pptx", ".pst", "DWG", ".mpp"];
const STANDARDS = ["OpenAPI 3.1", "ODF", "PDF/A-2", "CSV", "SAML 2.0", "OpenID Connect", "CalDAV", "DCAT-AP", "WCAG 2.1 AA"]; // prettier-ignore

const TEMPLATES: readonly ((pick: <T>(items: readonly T[]) => T) => string)[] = [
  (p) => `The solution must integrate with ${p(PRODUCTS)} used by the finance department.`,
  (p) => `Reports shall be exported in ${p(FORMATS)} format for the archive.`,
  (p) => `Data must be exchanged through ${p(STANDARDS)} interfaces documented in the annex.`,
  (p) => `The platform must run on ${p(PRODUCTS)} or equivalent, hosted in the European Union.`,
  () => `Project teams hold office hours twice a week; access control is reviewed in maintenance windows.`,
  () => `The word count of each user guide must stay below 20,000 words, e.g. by splitting it by role.`,
  (p) =>
    `The supplier's staff must include at least two ${p(["Microsoft", "SAP", "Oracle", "AWS"])} certified engineers.`,
  (p) => `Single sign-on uses ${p(STANDARDS)}; accounts are provisioned with SCIM 2.0.`,
  () => `Availability of 99.5 % per calendar month is measured outside the announced maintenance windows.`,
  (p) => `La solution doit être compatible avec ${p(PRODUCTS)} et publier ses données au format ${p(STANDARDS)}.`,
  (p) => `Die Lösung muss ${p(STANDARDS)} unterstützen und Dokumente als PDF/A oder gleichwertig ablegen.`,
  (p) => `Die Lösung muss mit ${p(PRODUCTS)} kompatibel sein.`,
  () => `Every release comes with its source code, build instructions and an SBOM in SPDX or CycloneDX.`,
  (p) => `Minutes are shared as ${p(FORMATS)} files or as ODF documents.`,
  (p) => `Today the intranet runs on ${p(PRODUCTS)}, which the new platform replaces.`,
  () => `The Acme Cloud® monitoring agent is installed on every server.`,
];

export function generateSpecification(length: number, seed = 42): string {
  const next = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const parts: string[] = [];
  let size = 0;
  let requirement = 0;
  let section = 0;
  while (size < length) {
    section++;
    const lines = [`## ${section}. Requirements of area ${section}`, ""];
    for (let paragraph = 0; paragraph < 3; paragraph++) {
      lines.push(Array.from({ length: 3 }, () => pick(TEMPLATES)(pick)).join(" "), "");
    }
    for (let item = 0; item < 5; item++) {
      requirement++;
      lines.push(`- REQ-${String(requirement).padStart(4, "0")}: ${pick(TEMPLATES)(pick)}`);
    }
    lines.push("", "");
    const block = lines.join("\n");
    parts.push(block);
    size += block.length;
  }
  return parts.join("").slice(0, length);
}
