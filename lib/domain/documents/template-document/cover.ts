import type { CoverPage, DocumentMeta } from "../document-model";
import type { TenderContext } from "../tender-document/tender-input";
import type { TemplateDocumentInput } from "./template-input";

/**
 * The first page: laid out as a tender's, with a placeholder for everything the tender will say
 * (the authority, the reference, the value, the deadline), then which template this is: its
 * version (or that it is a draft), its publisher and its licence.
 */
export function templateCover(input: TemplateDocumentInput, context: TenderContext): CoverPage {
  const { text, version, template } = input;
  const { tender, words } = context;
  const placeholder = (label: string) => `[${label}]`;
  return {
    overline: placeholder(text.t("documents.template.authority")),
    title: version.name,
    subtitle: text.t("documents.template.subtitle"),
    facts: [
      { label: words("cover.reference"), value: placeholder(words("cover.reference")) },
      {
        label: words("cover.procedure"),
        value: tender.procedureType ? text.t(`tenders.procedure.${tender.procedureType}.name`) : placeholder(words("cover.procedure")), // prettier-ignore
      },
      { label: words("cover.cpv"), value: tender.mainCpv ? context.cpvText(tender.mainCpv) : placeholder(words("cover.cpv")) }, // prettier-ignore
      { label: words("cover.estimatedValue"), value: placeholder(words("cover.estimatedValue")) },
      { label: words("cover.deadline"), value: placeholder(words("cover.deadline")) },
      { label: text.t("documents.template.version"), value: versionText(input) },
      { label: text.t("catalogue.template.publisher"), value: template.publisher },
      { label: text.t("catalogue.template.licence"), value: version.content.licence },
    ],
  };
}

/** "Version 2, published on 12 March 2027.", "Draft of version 3, not published." and whether it is withdrawn. */
export function versionText({ text, version, template }: TemplateDocumentInput): string {
  const state = version.publishedOn
    ? text.t("catalogue.template.versionValue", { number: version.number, date: text.day(version.publishedOn) })
    : text.t("documents.template.draft", { number: version.number });
  return template.withdrawn ? `${state} ${text.t("documents.template.withdrawn")}` : state;
}

export function templateMeta(input: TemplateDocumentInput): DocumentMeta {
  const { text, version } = input;
  return {
    title: version.name,
    language: text.language,
    author: input.template.publisher,
    subject: text.t("documents.template.subtitle"),
    keywords: [...version.content.intendedUse.cpvPrefixes],
    createdAt: input.createdAt,
  };
}
