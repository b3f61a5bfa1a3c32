import type { BidComponent } from "@/lib/domain/bids/bid-model";
import { bidComponentSchema } from "@/lib/schemas/bid";
import { readCycloneDx } from "./cyclonedx";
import { readSpdx } from "./spdx";
import {
  isObject,
  SUPPORTED_CYCLONEDX_VERSIONS,
  SUPPORTED_SPDX_VERSIONS,
  sbomProblem,
  type SbomProblem,
  type SbomProblemCode,
  type SbomReadResult,
  type SbomRelationChoice,
} from "./sbom-types";

export type SbomFormat = { name: "CycloneDX" | "SPDX"; version: string };

export type ParsedSbom =
  { ok: true; format: SbomFormat; components: BidComponent[] } | { ok: false; problems: SbomProblem[] };

/**
 * A software bill of materials as the bid's components: CycloneDX JSON 1.4–1.6 or SPDX JSON 2.3,
 * told apart by their own markers (`bomFormat` + `specVersion`, `spdxVersion`), never by the file
 * name. Every component is checked with the bid's component schema; the file is taken whole or
 * not at all, with every problem named by its place in the file.
 */
export function parseSbom(textContent: string, relation: SbomRelationChoice = "AUTO"): ParsedSbom {
  const trimmed = textContent.replace(/^\uFEFF/, "").trim();
  let document: unknown;
  try {
    document = JSON.parse(trimmed);
  } catch {
    return refuse(sbomProblem(notJsonCode(trimmed)));
  }
  if (!isObject(document)) return refuse(sbomProblem("sbom.unknownFormat"));

  let format: SbomFormat;
  let read: SbomReadResult;
  if (document.bomFormat === "CycloneDX") {
    const version = String(document.specVersion ?? "");
    if (!(SUPPORTED_CYCLONEDX_VERSIONS as readonly string[]).includes(version)) {
      return refuse(sbomProblem("sbom.cyclonedxVersionUnsupported", undefined, { version: version || "?" }));
    }
    format = { name: "CycloneDX", version };
    read = readCycloneDx(document);
  } else if (typeof document.spdxVersion === "string") {
    const version = document.spdxVersion;
    if (!(SUPPORTED_SPDX_VERSIONS as readonly string[]).includes(version)) {
      return refuse(sbomProblem("sbom.spdxVersionUnsupported", undefined, { version }));
    }
    format = { name: "SPDX", version: version.replace(/^SPDX-/, "") };
    read = readSpdx(document);
  } else {
    return refuse(sbomProblem("sbom.unknownFormat"));
  }
  if (!read.ok) return read;
  if (read.components.length === 0) return refuse(sbomProblem("sbom.empty"));

  const problems: SbomProblem[] = [];
  const components: BidComponent[] = [];
  for (const component of read.components) {
    const parsed = bidComponentSchema.safeParse({
      ...component,
      relation: relation === "AUTO" ? component.relation : relation,
      modelOpennessClass: null,
    });
    if (parsed.success) {
      components.push(parsed.data);
      continue;
    }
    for (const issue of parsed.error.issues) {
      problems.push({ message: issue.message, path: `${component.path}.${String(issue.path[0] ?? "")}` });
    }
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, format, components };
}

function refuse(problem: SbomProblem): ParsedSbom {
  return { ok: false, problems: [problem] };
}

/** What a file that is not JSON most likely is, so the message can say what to send instead. */
function notJsonCode(content: string): SbomProblemCode {
  if (content.startsWith("<") && /cyclonedx/i.test(content.slice(0, 2_000))) return "sbom.cyclonedxXml";
  if (/^\s*SPDXVersion\s*:/m.test(content.slice(0, 2_000))) return "sbom.spdxTagValue";
  return "sbom.notJson";
}
