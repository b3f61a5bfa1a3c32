import type { DocumentModel } from "../document-model";
import { numberedBlocks, type Section } from "../sections";
import { awardCriteriaSection } from "./award-criteria";
import { clausesSection } from "./clauses";
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
  const context: TenderContext = {
    ...input,
    words: (key, values) => text.t(`documents.tender.${key}`, values),
    cpvText: (code) => {
      const entry = input.cpv.get(code.slice(0, 8));
      return entry ? `${entry.code8}-${entry.checkDigit} ${entry.labels[text.language]}` : code;
    },
  };
  const sections = [
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
  return {
    meta: tenderMeta(context),
    labels: { pageNumber: text.t("documents.pageNumber", { page: "{page}", pages: "{pages}" }) },
    cover: tenderCover(context),
    blocks: [{ kind: "contents", title: text.t("documents.contents") }, { kind: "pageBreak" }, ...numberedBlocks(sections)], // prettier-ignore
  };
}
