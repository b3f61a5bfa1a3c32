import type { DocumentModel } from "../document-model";
import { numberedBlocks } from "../sections";
import { tenderSections } from "../tender-document";
import { tenderContext } from "../tender-document/context";
import { aboutTemplateSection } from "./about";
import { templateAsTender } from "./as-tender";
import { templateCover, templateMeta } from "./cover";
import { guidanceBlocks, withClauseStatuses, withGuidance } from "./guidance";
import type { TemplateDocumentInput } from "./template-input";

export type { TemplateDocumentInput, TemplateDocumentVersion } from "./template-input";

/**
 * A template version as a document laid out like the tender documents it prefills: the same
 * cover and numbered sections, written by the same builders, with a marked placeholder wherever
 * the tender's own answers go ("[Estimated value]", a clause parameter without a default by its
 * label), the publisher's guidance for drafters as shaded notes under the sections they concern,
 * each clause's status in the template, and a last section on the template itself (intended use,
 * licence and credit, version history). In the template's language. Pure: the same input always
 * gives the same model.
 */
export function buildTemplateDocument(input: TemplateDocumentInput): DocumentModel {
  const { text, version } = input;
  const context = tenderContext(
    {
      tender: templateAsTender(input),
      authority: `[${text.t("documents.template.authority")}]`,
      clauseDefinitions: input.clauseDefinitions,
      cpv: input.cpv,
      text,
      createdAt: input.createdAt,
    },
    true,
  );
  const notes = version.content.guidance;
  const sections = withClauseStatuses(
    withGuidance(tenderSections(context), notes, text),
    version.content.clauses,
    text,
  );
  return {
    meta: templateMeta(input),
    labels: { pageNumber: text.t("documents.pageNumber", { page: "{page}", pages: "{pages}" }) },
    cover: templateCover(input, context),
    blocks: [
      { kind: "contents", title: text.t("documents.contents") },
      { kind: "pageBreak" },
      { kind: "paragraph", style: "guidance", content: [{ text: text.t("documents.template.howToUseHeading"), bold: true }, "\n", text.t("documents.template.howToUse")] }, // prettier-ignore
      ...guidanceBlocks(notes, null, text),
      ...numberedBlocks([...sections, aboutTemplateSection(input)]),
    ],
  };
}
