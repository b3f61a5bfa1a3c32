"use server";
import { revalidatePath } from "next/cache";
import { chosenClauseProblems, chosenVersionKey, normaliseParameterValues } from "@/lib/domain/clauses/chosen-clauses";
import { flattenCriteria } from "@/lib/domain/tender/criteria-tree";
import { checkRequirements } from "@/lib/domain/tender/requirements";
import { GUIDANCE_SECTIONS } from "@/lib/domain/templates/template-content";
import type { TemplateSection } from "@/lib/domain/templates/template-sections";
import { AppError } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import { toSovereigntyProfile } from "@/lib/schemas/sovereignty";
import {
  removeSovereigntySchema,
  templateDetailsSchema,
  templateGuidanceSchema,
  templateIntendedUseSchema,
} from "@/lib/schemas/template-forms";
import {
  templateClausesSchema,
  templateCriteriaSchema,
  templateRequirementsSchema,
  templateSovereigntySchema,
} from "@/lib/schemas/template-sections";
import { defineAction } from "@/lib/server/action";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import { saveTemplateDraft } from "@/lib/server/templates/save-template-draft";

type Saved = Awaited<ReturnType<typeof saveTemplateDraft>>;

const refresh = ({ input }: { input: { templateId: string } }) =>
  revalidatePath(`/templates/${input.templateId}`, "layout");

/** Every section save records one event: which section, which version's draft, and what changed in it. */
function draftSaved(section: TemplateSection, saved: Saved) {
  return {
    action: "template.draft_saved",
    entityType: "TenderTemplate",
    entityId: saved.templateId,
    after: { section, number: saved.number, changed: saved.changed },
  };
}

export const saveTemplateDetailsAction = defineAction(
  { schema: templateDetailsSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const saved = await saveTemplateDraft(tx, viewer, { ...input, section: "details" }, (draft, template) => {
      // The language is the template's own: once a version is published in it, a translation is
      // a template of its own. The page shows the language as fixed by then.
      if (input.language !== draft.language && template.published.length > 0) {
        throw new AppError("VALIDATION", "templates.errors.languageFixed", "language");
      }
      draft.content.summary = input.summary;
      draft.content.licence = input.licence;
      draft.content.intendedUse.category = input.category;
      return { ...draft, name: input.name, language: input.language };
    });
    audit(draftSaved("details", saved));
    return { version: saved.version };
  },
);

export const saveTemplateIntendedUseAction = defineAction(
  { schema: templateIntendedUseSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const saved = await saveTemplateDraft(tx, viewer, { ...input, section: "intendedUse" }, (draft) => {
      draft.content.intendedUse = {
        category: draft.content.intendedUse.category,
        contractNature: input.contractNature === "" ? null : input.contractNature,
        cpvPrefixes: input.cpvPrefixes,
        procedureTypes: [...new Set(input.procedureTypes)],
        valueRange: { minCents: input.minValue, maxCents: input.maxValue },
      };
      return draft;
    });
    audit(draftSaved("intendedUse", saved));
    return { version: saved.version };
  },
);

/** The clauses with their status in the template and default values, checked against the versions chosen. */
export const saveTemplateClausesAction = defineAction(
  { schema: templateClausesSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const definitions = await getChosenClauseVersions(tx, input.clauses);
    const problem = chosenClauseProblems(input.clauses, definitions).find((found) => found.severity === "error");
    if (problem) {
      throw new AppError("VALIDATION", messageRef(`problems.${problem.code}`, problem.values), problem.path);
    }
    const clauses = input.clauses.map((clause) => ({
      key: clause.key,
      version: clause.version,
      status: clause.status,
      values: normaliseParameterValues(definitions.get(chosenVersionKey(clause.key, clause.version))!, clause.values),
    }));
    const saved = await saveTemplateDraft(tx, viewer, { ...input, section: "clauses" }, (draft) => {
      draft.content.clauses = clauses;
      return draft;
    });
    audit(draftSaved("clauses", saved));
    return { version: saved.version };
  },
);

export const saveTemplateRequirementsAction = defineAction(
  { schema: templateRequirementsSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const saved = await saveTemplateDraft(tx, viewer, { ...input, section: "requirements" }, (draft) => {
      // Links are checked against the criteria as saved now, not as the form last saw them.
      const criterionKeys = flattenCriteria(draft.content.award?.criteria ?? []).map(({ criterion }) => criterion.key);
      const [problem] = checkRequirements(input.requirements, criterionKeys);
      if (problem) {
        throw new AppError("VALIDATION", messageRef(`validation.${problem.code}`, problem.values), problem.path);
      }
      draft.content.requirements = input.requirements;
      return draft;
    });
    audit(draftSaved("requirements", saved));
    return { version: saved.version };
  },
);

export const saveTemplateSovereigntyAction = defineAction(
  { schema: templateSovereigntySchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const saved = await saveTemplateDraft(tx, viewer, { ...input, section: "sovereignty" }, (draft) => {
      draft.content.sovereignty = toSovereigntyProfile(input);
      return draft;
    });
    audit(draftSaved("sovereignty", saved));
    return { version: saved.version };
  },
);

/** A template need not set a sovereignty profile: the OSPO can take it out again. */
export const removeTemplateSovereigntyAction = defineAction(
  { schema: removeSovereigntySchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const saved = await saveTemplateDraft(tx, viewer, { ...input, section: "sovereignty" }, (draft) => {
      draft.content.sovereignty = null;
      return draft;
    });
    audit(draftSaved("sovereignty", saved));
    return { version: saved.version };
  },
);

export const saveTemplateCriteriaAction = defineAction(
  { schema: templateCriteriaSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const saved = await saveTemplateDraft(tx, viewer, { ...input, section: "criteria" }, (draft) => {
      // No criteria at all is no award section: the template leaves it to the tender.
      draft.content.award = input.award.criteria.length === 0 ? null : input.award;
      return draft;
    });
    audit(draftSaved("criteria", saved));
    return { version: saved.version };
  },
);

export const saveTemplateGuidanceAction = defineAction(
  { schema: templateGuidanceSchema, permission: "template.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const saved = await saveTemplateDraft(tx, viewer, { ...input, section: "guidance" }, (draft) => {
      draft.content.guidance = GUIDANCE_SECTIONS.flatMap((section) =>
        input.notes[section] ? [{ section, text: input.notes[section] }] : [],
      );
      return draft;
    });
    audit(draftSaved("guidance", saved));
    return { version: saved.version };
  },
);
