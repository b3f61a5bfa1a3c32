import type { TemplateContent } from "./template-content";

/**
 * The life of a template (issue 7): DRAFT (never published) → PUBLISHED → DEPRECATED. Content
 * lives in numbered versions; a published version never changes (the database refuses it too),
 * the one unpublished version is the draft, and a new version starts as a draft copy of the last
 * published one. These rules are the only place the server asks "may this be done now?".
 */
export const TEMPLATE_STATUSES = ["DRAFT", "PUBLISHED", "DEPRECATED"] as const;
export type TemplateStatus = (typeof TEMPLATE_STATUSES)[number];

/** What the rules read about a template. */
export type TemplateLifecycle = {
  status: TemplateStatus;
  /** The number of the unpublished version, or null when there is no draft. */
  draftNumber: number | null;
  /** The numbers of the published versions, in any order. */
  publishedNumbers: readonly number[];
};

export const TEMPLATE_OPERATIONS = ["editDraft", "publish", "startNewVersion", "deprecate", "translate"] as const;
export type TemplateOperation = (typeof TEMPLATE_OPERATIONS)[number];

/** Why an operation is refused, as a message code under `templates.lifecycle`. */
export type LifecycleRefusal = "deprecated" | "noDraft" | "draftInProgress" | "neverPublished";

/**
 * Null when the operation may be done now, otherwise why not:
 * - the draft is edited and published only while there is one, and never once deprecated;
 * - a new version starts from a published version, and only when no draft is in progress
 *   (one draft at a time, which the database enforces as well);
 * - only a template that has been published can be deprecated, once;
 * - its translation links (declared, removed, or a translation started from it) change at any
 *   stage but deprecation, which freezes the template whole.
 */
export function refusalOf(operation: TemplateOperation, template: TemplateLifecycle): LifecycleRefusal | null {
  if (template.status === "DEPRECATED") return "deprecated";
  switch (operation) {
    case "editDraft":
    case "publish":
      return template.draftNumber === null ? "noDraft" : null;
    case "startNewVersion":
      if (template.publishedNumbers.length === 0) return "neverPublished";
      return template.draftNumber === null ? null : "draftInProgress";
    case "deprecate":
      return template.publishedNumbers.length === 0 ? "neverPublished" : null;
    case "translate":
      return null;
  }
}

export function allowedOperations(template: TemplateLifecycle): TemplateOperation[] {
  return TEMPLATE_OPERATIONS.filter((operation) => refusalOf(operation, template) === null);
}

/** The status an operation leaves: publishing makes the template PUBLISHED, deprecating DEPRECATED. */
export function statusAfter(operation: TemplateOperation, status: TemplateStatus): TemplateStatus {
  if (operation === "publish") return "PUBLISHED";
  if (operation === "deprecate") return "DEPRECATED";
  return status;
}

/** A version may be changed only while it is the draft: once published, never. */
export function isVersionEditable(version: { publishedAt: Date | string | null }): boolean {
  return version.publishedAt === null;
}

/** Versions are numbered 1, 2, 3 … in publication order: one more than the highest so far. */
export function nextVersionNumber(numbers: readonly number[]): number {
  return numbers.reduce((highest, number) => Math.max(highest, number), 0) + 1;
}

export type VersionContent = { name: string; summary: string; content: TemplateContent };

/**
 * The draft a new version starts from: a deep copy of the last published version's name, summary
 * and content, so editing it can never reach the published one, with an empty changelog.
 */
export function newVersionDraft(
  lastPublished: VersionContent,
  publishedNumbers: readonly number[],
): VersionContent & { number: number; changelog: string } {
  return {
    number: nextVersionNumber(publishedNumbers),
    name: lastPublished.name,
    summary: lastPublished.summary,
    content: structuredClone(lastPublished.content),
    changelog: "",
  };
}
