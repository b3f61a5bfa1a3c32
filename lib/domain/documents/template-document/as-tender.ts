import type { ChosenClause } from "@/lib/domain/clauses/clause-updates";
import { prefillFromTemplate } from "@/lib/domain/templates/reuse/prefill-tender";
import { TIMELINE_DATES, type TimelineDate } from "@/lib/domain/tender/tender-enums";
import type { TenderDocumentTender } from "../tender-document";
import type { TemplateDocumentInput } from "./template-input";

/**
 * The template as the tender it prefills (prefillFromTemplate: the contract type, the procedure
 * and main CPV when it names exactly one, requirements, sovereignty, criteria), so its document
 * is written by the tender's own section builders. What only a tender has (reference, value,
 * lots, dates) is left empty and shows as a placeholder. Unlike a started tender, every clause
 * is listed, the optional ones too, since the document says which status each has.
 */
export function templateAsTender(input: TemplateDocumentInput): TenderDocumentTender {
  const { content, name } = input.version;
  const prefill = prefillFromTemplate(content, input.text.language);
  const clauses: ChosenClause[] = content.clauses.map((clause) => ({
    key: clause.key,
    version: clause.version,
    values: { ...clause.values },
  }));
  const noDates = Object.fromEntries(TIMELINE_DATES.map((field) => [field, null])) as Record<TimelineDate, null>;
  return {
    reference: "",
    title: name,
    summary: "",
    status: "DRAFT",
    contractNature: prefill.contractNature,
    procedureType: prefill.procedureType,
    procedureGround: null,
    mainCpv: prefill.mainCpv,
    additionalCpvs: [],
    estimatedValueCents: null,
    // Template amounts (the typical value range) are in euro.
    currency: "EUR",
    durationMonths: null,
    renewalOptions: "",
    lots: [],
    reasonsForNotDividing: "",
    requirements: prefill.requirements,
    clauses,
    sovereignty: prefill.sovereignty,
    award: prefill.award,
    innovationPhases: [],
    ...noDates,
  };
}
