import { isTemplateLicence, licenceMessageKey, TEMPLATE_LICENCE_TEXTS } from "@/lib/domain/templates/licence-texts";
import type { Block, Inline } from "../document-model";
import type { Section } from "../sections";
import { paragraph, textTable } from "../sections";
import { plainParagraphs } from "../tender-document/summary";
import { versionText } from "./cover";
import type { TemplateDocumentInput } from "./template-input";

/**
 * The last section, "About this template": what the template is for (its summary and intended
 * use), who publishes it under which licence and how to credit it, and its version history with
 * each version's changelog, so a reader of the file alone knows where it comes from.
 */
export function aboutTemplateSection(input: TemplateDocumentInput): Section {
  const { text, version, template } = input;
  const t = (key: string, values?: Readonly<Record<string, string | number>>) => text.t(`documents.template.about.${key}`, values); // prettier-ignore
  const licence = version.content.licence;
  const credited = template.origin?.publisher ?? template.publisher;
  const licenceValue: Inline[] = isTemplateLicence(licence)
    ? [text.t(`catalogue.template.licences.${licenceMessageKey(licence)}`, { publisher: credited }), " ", { text: TEMPLATE_LICENCE_TEXTS[licence], link: TEMPLATE_LICENCE_TEXTS[licence] }] // prettier-ignore
    : [licence];
  const facts: { label: string; value: Inline[] }[] = [
    { label: text.t("catalogue.template.publisher"), value: [template.publisher] },
    { label: text.t("documents.template.version"), value: [versionText(input)] },
    { label: text.t("catalogue.template.licence"), value: licenceValue },
    ...(template.origin
      ? [{ label: text.t("catalogue.template.origin"), value: [text.t("catalogue.template.originValue", { publisher: template.origin.publisher, version: template.origin.version, date: text.day(template.origin.importedAt.slice(0, 10)) })] }] // prettier-ignore
      : []),
    ...(template.url ? [{ label: t("address"), value: [{ text: template.url, link: template.url }] }] : []),
  ];
  const credit = t("credit", { name: version.name, version: version.number, publisher: credited, licence });
  const blocks: Block[] = [
    ...plainParagraphs(version.content.summary),
    { kind: "facts", items: facts },
    paragraph({ text: t("creditHeading"), bold: true }, " ", credit),
  ];
  return {
    title: t("heading"),
    anchor: "about-template",
    blocks,
    subsections: [intendedUseSection(input), historySection(input)],
  };
}

/** What the template is meant for, as the catalogue's filters read it. */
function intendedUseSection({ text, version, cpv }: TemplateDocumentInput): Section {
  const use = version.content.intendedUse;
  const notStated = text.t("catalogue.template.notStated");
  const euros = (cents: number) => text.money(cents, "EUR");
  const { minCents, maxCents } = use.valueRange;
  const range =
    minCents !== null && maxCents !== null
      ? text.t("catalogue.template.valueBetween", { min: euros(minCents), max: euros(maxCents) })
      : minCents !== null
        ? text.t("catalogue.template.valueFrom", { min: euros(minCents) })
        : maxCents !== null
          ? text.t("catalogue.template.valueUpTo", { max: euros(maxCents) })
          : text.t("catalogue.template.valueAny");
  const cpvText = (prefix: string) => {
    const entry = cpv.get(prefix.padEnd(8, "0"));
    return entry ? `${prefix} ${entry.labels[text.language]}` : prefix;
  };
  return {
    title: text.t("catalogue.template.sections.intended-use"),
    anchor: "intended-use",
    blocks: [
      {
        kind: "facts",
        items: [
          { label: text.t("catalogue.template.category"), value: [text.t(`templates.categories.${use.category}`)] },
          { label: text.t("catalogue.template.contractNature"), value: [use.contractNature ? text.t(`tenders.nature.${use.contractNature}.name`) : notStated] }, // prettier-ignore
          { label: text.t("catalogue.template.cpvPrefixes"), value: [use.cpvPrefixes.length === 0 ? notStated : use.cpvPrefixes.map(cpvText).join("; ")] }, // prettier-ignore
          { label: text.t("catalogue.template.procedures"), value: [use.procedureTypes.length === 0 ? notStated : use.procedureTypes.map((type) => text.t(`tenders.procedure.${type}.name`)).join("; ")] }, // prettier-ignore
          { label: text.t("catalogue.template.valueRange"), value: [range] },
        ],
      },
    ],
  };
}

/** Every version up to this one, newest first, with what changed in it. */
function historySection({ text, history }: TemplateDocumentInput): Section {
  const t = (key: string, values?: Readonly<Record<string, number>>) => text.t(`documents.template.about.${key}`, values); // prettier-ignore
  return {
    title: t("historyHeading"),
    anchor: "version-history",
    blocks: [
      textTable(
        t("historyCaption"),
        [
          { header: t("versionColumn"), widthPercent: 14 },
          { header: t("publishedColumn"), widthPercent: 26 },
          t("changesColumn"),
        ],
        history.map((entry) => [
          text.number(entry.number),
          entry.publishedOn ? text.day(entry.publishedOn) : t("notPublished"),
          entry.changelog.trim() || t("noChangelog"),
        ]),
      ),
    ],
  };
}
