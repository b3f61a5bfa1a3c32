import type { DocumentModel } from "../document-model";
import { numberedBlocks, paragraph, type Section } from "../sections";
import { criteriaSection } from "./criteria";
import { decisionsSection } from "./decisions";
import { findingsSection } from "./findings";
import { gatesSection, rankingSection } from "./gates-ranking";
import { auditSection, declarationsSection } from "./panel-audit";
import { lotAnchor, reportContext, type AwardReportInput } from "./report-input";
import { scoresSection } from "./scores";
import { rankReversalSection, sensitivitySection } from "./sensitivity";

export type { AwardReportInput, ReportDecision, ReportDeclaration } from "./report-input";

/**
 * The award recommendation report as one document model, with what the printable report page
 * shows, in its order: the decision, the criteria as published, then for each lot the gates, the
 * ranking, its sensitivity, the rank-reversal check, every score with its justification and each
 * bid's findings; the panel's declarations and the audit trail last. A draft until every lot's
 * award is decided, and it says so on its cover. Pure: the same input gives the same model.
 */
export function buildAwardReportDocument(input: AwardReportInput): DocumentModel {
  const context = reportContext(input);
  const { text, tender, view } = context;
  const decided = view.lots.every((lot) => input.decisions.some((decision) => decision.lotKey === lot.lotKey));
  const title = text.t("awardReport.title");
  const lots: Section[] = view.lots.map((lot) => ({
    title: lot.lotKey
      ? text.t("evaluationResults.lotHeading", { key: lot.lotKey, title: lot.lotTitle ?? "" })
      : text.t("awardReport.evaluationHeading"),
    anchor: lotAnchor(lot),
    blocks: [],
    subsections: [
      gatesSection(context, lot),
      rankingSection(context, lot),
      sensitivitySection(context, lot),
      rankReversalSection(context, lot),
      scoresSection(context, lot),
      findingsSection(context, lot),
    ].filter((section): section is Section => section !== null),
  }));
  const state = text.t(decided ? "awardReport.final" : "awardReport.draft");
  return {
    meta: {
      title: `${tender.reference} ${title}`,
      language: text.language,
      author: input.authority,
      subject: title,
      keywords: [tender.reference],
      createdAt: input.createdAt,
    },
    labels: { pageNumber: text.t("documents.pageNumber", { page: "{page}", pages: "{pages}" }) },
    cover: {
      overline: input.authority,
      title,
      subtitle: `${tender.reference} · ${tender.title}`,
      facts: [
        { label: text.t("documents.tender.cover.reference"), value: tender.reference },
        { label: text.t("documents.awardReport.tender"), value: tender.title },
        { label: text.t("documents.awardReport.state"), value: state },
      ],
    },
    blocks: [
      { kind: "contents", title: text.t("documents.contents") },
      { kind: "pageBreak" },
      paragraph(text.t("awardReport.lead")),
      paragraph({ text: state, bold: true }),
      ...numberedBlocks([
        decisionsSection(context),
        criteriaSection(context),
        ...lots,
        declarationsSection(context),
        auditSection(context),
      ]),
    ],
  };
}
