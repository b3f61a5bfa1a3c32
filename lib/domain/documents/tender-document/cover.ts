import type { CoverPage, DocumentMeta } from "../document-model";
import type { TenderContext } from "./tender-input";

/**
 * The first page: who buys what, under which reference and procedure, what it is worth and
 * until when bids are taken; then the tender's status, so a draft is never mistaken for the
 * published documents.
 */
export function tenderCover(context: TenderContext): CoverPage {
  const { tender, text, words } = context;
  const notSet = text.t("documents.notSet");
  return {
    overline: context.authority,
    title: tenderTitle(context),
    subtitle: words("subtitle"),
    facts: [
      { label: words("cover.reference"), value: tender.reference },
      {
        label: words("cover.procedure"),
        value: tender.procedureType ? text.t(`tenders.procedure.${tender.procedureType}.name`) : notSet,
      },
      { label: words("cover.cpv"), value: tender.mainCpv ? context.cpvText(tender.mainCpv) : notSet },
      { label: words("cover.estimatedValue"), value: estimatedValue(context) ?? notSet },
      { label: words("cover.deadline"), value: tender.tenderDeadline ? text.day(tender.tenderDeadline) : notSet },
      { label: words("cover.status"), value: text.t(`tenders.status.${tender.status}`) },
    ],
  };
}

export function tenderMeta(context: TenderContext): DocumentMeta {
  const { tender } = context;
  return {
    title: `${tender.reference} ${tenderTitle(context)}`,
    language: context.text.language,
    author: context.authority,
    subject: context.words("subtitle"),
    keywords: [tender.mainCpv, ...tender.additionalCpvs].filter((code): code is string => Boolean(code)),
    createdAt: context.createdAt,
  };
}

export function tenderTitle({ tender, words }: TenderContext): string {
  return tender.title.trim() || words("untitled");
}

/** Excluding VAT, as the scope section states it. */
export function estimatedValue({ tender, text, words }: TenderContext): string | null {
  return tender.estimatedValueCents === null
    ? null
    : words("excludingVat", { amount: text.money(tender.estimatedValueCents, tender.currency) });
}
