import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import { renderClause } from "@/lib/domain/clauses/render-clause";
import { markdownToBlocks, markdownToPlainText } from "../markdown-blocks";
import type { Section } from "../sections";
import { anchorOf, paragraph } from "../sections";
import { missingPart } from "./missing";
import type { TenderContext } from "./tender-input";

/**
 * The contract clauses in the tender's order, each with its parameters filled in as the drafter
 * set them (renderClause: "24 months", a licence by id and name, standards by name), in the
 * documents' language. A clause whose version the library no longer holds is named, not skipped,
 * so the gap shows.
 */
export function clausesSection(context: TenderContext): Section {
  const { tender, text, words } = context;
  if (tender.clauses.length === 0) {
    return { title: words("clauses.heading"), anchor: "clauses", blocks: [missingPart(context, "clauses")] };
  }
  return {
    title: words("clauses.heading"),
    anchor: "clauses",
    blocks: [paragraph(words("clauses.lead"))],
    subsections: tender.clauses.map((chosen) => {
      const clause = context.clauseDefinitions.get(chosenVersionKey(chosen.key, chosen.version));
      if (!clause) {
        return {
          title: chosen.key,
          anchor: anchorOf("clause", chosen.key),
          blocks: [
            { kind: "paragraph", content: [words("clauses.missing", { key: chosen.key, version: chosen.version })], style: "placeholder" }, // prettier-ignore
          ],
        };
      }
      const rendered = renderClause(clause, chosen.values, text.language);
      return {
        title: markdownToPlainText(rendered.title),
        anchor: anchorOf("clause", chosen.key),
        blocks: markdownToBlocks(rendered.body),
      };
    }),
  };
}
