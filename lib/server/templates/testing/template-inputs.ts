import { randomUUID } from "node:crypto";
import type { TemplateContent } from "@/lib/domain/templates/template-content";
import { sampleTemplateContent } from "@/lib/domain/templates/testing/sample-template";
import { awardFormValues } from "@/lib/schemas/award-criteria";
import { sovereigntyFormValues } from "@/lib/schemas/sovereignty";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { saveTemplateDraft } from "../save-template-draft";

export const uniqueName = () => `Test template ${randomUUID().slice(0, 8)}`;

export const publishTemplateInput = (templateId: string, version: number) => ({
  templateId,
  version,
  changelog: "First version.",
});

/**
 * Puts the content into the template's draft, as the builder's sections would one by one, in a
 * transaction of its own; returns the template's new lock version.
 */
export async function saveSampleDraft(
  db: Db,
  viewer: Viewer,
  templateId: string,
  version: number,
  content: TemplateContent,
): Promise<number> {
  const saved = await db.$transaction((tx) =>
    saveTemplateDraft(tx, viewer, { templateId, version, section: "details" }, (draft) => ({ ...draft, content })),
  );
  return saved.version;
}

/** The sample's sections as the builder's forms send them (sample-template.ts), section by section. */
export function sampleSectionInputs(templateId: string, name: string) {
  const base = { templateId };
  return {
    details: {
      ...base,
      name,
      summary: sampleTemplateContent().summary,
      language: "en" as const,
      category: "COLLABORATION" as const,
      licence: "CC-BY-4.0" as const,
    },
    intendedUse: {
      ...base,
      contractNature: "SERVICES" as const,
      cpvPrefixes: "48, 722",
      procedureTypes: ["OPEN"],
      minValue: "100,000",
      maxValue: "5000000",
    },
    // Values left empty: the library's defaults apply, as in the sample.
    clauses: { ...base, clauses: sampleTemplateContent().clauses.map((clause) => ({ ...clause, values: {} })) },
    sovereignty: { ...base, ...sovereigntyFormValues(sampleTemplateContent().sovereignty) },
    criteria: { ...base, ...awardFormValues(sampleTemplateContent().award!) },
    requirements: {
      ...base,
      requirements: sampleTemplateContent().requirements.map((requirement) => ({
        ...requirement,
        criterionKey: requirement.criterionKey ?? "",
      })),
    },
    guidance: { ...base, notes: { criteria: "Keep cost at or below 40 %." } },
  };
}
