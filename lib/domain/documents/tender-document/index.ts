import type { DocumentModel } from "../document-model";
import { numberedBlocks, type Section } from "../sections";
import { awardCriteriaSection } from "./award-criteria";
import { clausesSection } from "./clauses";
import { tenderContext } from "./context";
import { tenderCover, tenderMeta } from "./cover";
import { lotsSection } from "./lots";
import { phasesSection } from "./phases";
import { requirementsSection } from "./requirements";
import { sovereigntySection } from "./sovereignty";
import { summarySection } from "./summary";
import { tcoMethodSection } from "./tco-method";
import type { TenderContext, TenderDocumentInput } from "./tender-input";
import { timelineSection } from "./timeline";

export type { TenderDocumentInput, TenderDocumentTender } from "./tender-input";

/**
 * The tender documents as one document model: the cover, the contents, then numbered sections in
 * the order a bidder reads them: the contract, its lots, the requirements (and an innovation
 * partnership's phases), how bids are compared (criteria, cost of ownership, sovereignty), the
 * contract clauses and the dates. Everything is in the tender's documents language, whatever the
 * language of the person exporting. Pure: the same input always gives the same model.
 */
export function buildTenderDocument(input: TenderDocumentInput): DocumentModel {
  const { text } = input;
  const context = tenderContext(input, false);
  return {
    meta: tenderMeta(context),
    labels: { pageNumber: text.t("documents.pageNumber", { page: "{page}", pages: "{pages}" }) },
    cover: tenderCover(context),
    blocks: [{ kind: "contents", title: text.t("documents.contents") }, { kind: "pageBreak" }, ...numberedBlocks(tenderSections(context))], // prettier-ignore
  };
}

/**
 * The numbered sections of the tender documents, in order; a template's document has the same
 * ones (with placeholders where the tender's answers go), so the two read alike.
 */
export function tenderSections(context: TenderContext): Section[] {
  return [
    summarySection(context),
    lotsSection(context),
    requirementsSection(context),
    phasesSection(context),
    awardCriteriaSection(context),
    tcoMethodSection(context),
    sovereigntySection(context),
    clausesSection(context),
    timelineSection(context),
  ].filter((section): section is Section => section !== null);
}
