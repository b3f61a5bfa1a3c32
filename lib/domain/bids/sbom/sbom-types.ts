import type { BidComponent } from "@/lib/domain/bids/bid-model";
import type { ProblemValues } from "@/lib/domain/tender/problem";
import { messageRef } from "@/lib/i18n/message-ref";

/**
 * Software bills of materials the app reads: CycloneDX JSON 1.4–1.6 and SPDX JSON 2.3. Anything
 * else is refused with a message that says what the file is and what to send instead.
 */
export const SUPPORTED_CYCLONEDX_VERSIONS = ["1.4", "1.5", "1.6"] as const;
export const SUPPORTED_SPDX_VERSIONS = ["SPDX-2.3"] as const;

export type SbomProblemCode =
  | "sbom.notJson"
  | "sbom.cyclonedxXml"
  | "sbom.spdxTagValue"
  | "sbom.unknownFormat"
  | "sbom.cyclonedxVersionUnsupported"
  | "sbom.spdxVersionUnsupported"
  | "sbom.notAList"
  | "sbom.empty";

/** A reason the file is refused: a message reference (lib/i18n/message-ref.ts) and where it applies. */
export type SbomProblem = {
  /** `problems.sbom.…` for the file, or the component schema's own message for one field. */
  message: string;
  /** Where in the file, as its reader writes it: `components[3].name`, `packages[0]`. */
  path?: string;
};

export function sbomProblem(code: SbomProblemCode, path?: string, values?: ProblemValues): SbomProblem {
  return { message: messageRef(`problems.${code}`, values), ...(path === undefined ? {} : { path }) };
}

/**
 * How the components of a file relate to the bid. AUTO (the default): the component the file
 * describes and the parts nested in it are DELIVERED, every other component a DEPENDENCY. The
 * person entering the file can instead set one relation for the whole file.
 */
export const SBOM_RELATION_CHOICES = ["AUTO", "DELIVERED", "DEPENDENCY"] as const;
export type SbomRelationChoice = (typeof SBOM_RELATION_CHOICES)[number];

/**
 * A component as read from the file, before it is checked against the bid's component schema.
 * Its relation is what the AUTO rule gives (the choice for the whole file overrides it); a file
 * states no Model Openness class, so the person entering it adds one.
 */
export type SbomComponent = Omit<BidComponent, "modelOpennessClass"> & {
  /** Where the component sits in the file, for messages. */
  path: string;
};

export type SbomReadResult = { ok: true; components: SbomComponent[] } | { ok: false; problems: SbomProblem[] };

/** Plain JSON values as JSON.parse gives them. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}
