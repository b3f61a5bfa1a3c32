import { GUIDANCE_SECTIONS, type GuidanceNote, type GuidanceSection, type TemplateClause } from "@/lib/domain/templates/template-content"; // prettier-ignore
import type { Block } from "../document-model";
import type { DocumentText } from "../document-text";
import { markdownToInlines } from "../markdown-blocks";
import type { Section } from "../sections";

/**
 * Where each guidance note goes in the document: the section of the tender documents it is about
 * (by anchor), or, for "general", the introduction before the first section. The builder's
 * "about", "procedure" and "scope" notes all concern "About the contract".
 */
const GUIDANCE_ANCHORS: Record<GuidanceSection, string | null> = {
  general: null,
  about: "about",
  procedure: "about",
  scope: "about",
  lots: "lots",
  criteria: "award-criteria",
  requirements: "requirements",
  clauses: "clauses",
  sovereignty: "sovereignty",
  timeline: "timeline",
};

/** The notes for one place (null: the introduction), in the builder's order of sections, each as a guidance block. */
export function guidanceBlocks(notes: readonly GuidanceNote[], anchor: string | null, text: DocumentText): Block[] {
  return GUIDANCE_SECTIONS.filter((section) => GUIDANCE_ANCHORS[section] === anchor).flatMap((section) =>
    notes
      .filter((note) => note.section === section && note.text.trim() !== "")
      .map((note): Block => ({
        kind: "paragraph",
        style: "guidance",
        content: [
          { text: text.t("documents.template.guidance", { topic: text.t(`catalogue.template.guidanceSections.${section}`) }), bold: true }, // prettier-ignore
          "\n",
          ...markdownToInlines(note.text),
        ],
      })),
  );
}

/** Each section with the guidance about it first, right under its heading. */
export function withGuidance(
  sections: readonly Section[],
  notes: readonly GuidanceNote[],
  text: DocumentText,
): Section[] {
  return sections.map((section) => {
    const guidance = guidanceBlocks(notes, section.anchor, text);
    return guidance.length === 0 ? section : { ...section, blocks: [...guidance, ...section.blocks] };
  });
}

/**
 * The contract clauses with, under each clause's heading, its status in the template (mandatory,
 * recommended, optional) and what that means for a tender started from it. The clauses section
 * lists the template's clauses in its order, one subsection each, so they pair up by position.
 */
export function withClauseStatuses(
  sections: readonly Section[],
  clauses: readonly TemplateClause[],
  text: DocumentText,
): Section[] {
  return sections.map((section) => {
    if (section.anchor !== "clauses" || !section.subsections) return section;
    return {
      ...section,
      subsections: section.subsections.map((subsection, index) => {
        const clause = clauses[index];
        if (!clause) return subsection;
        const status: Block = {
          kind: "paragraph",
          style: "guidance",
          content: [
            { text: text.t("documents.template.clauseStatus", { status: text.t(`templates.clauses.status.${clause.status}.label`) }), bold: true }, // prettier-ignore
            " ",
            text.t(`templates.clauses.status.${clause.status}.hint`),
          ],
        };
        return { ...subsection, blocks: [status, ...subsection.blocks] };
      }),
    };
  });
}
