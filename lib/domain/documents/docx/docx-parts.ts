import type { DocumentMeta } from "../document-model";
import { metadataDateTime, pageNumberParts } from "../model-text";
import { GENERATOR } from "../odt/odt-meta";
import { escapeXml, XML_DECLARATION } from "../xml";
import type { DocxContext } from "./docx-inline";
import { RELATIONSHIP_TYPES, W_NAMESPACES } from "./docx-namespaces";

/** The package parts around word/document.xml: content types, relationships, properties, footer. */

export function contentTypes(): string {
  const override = (part: string, type: string) =>
    `<Override PartName="${part}" ContentType="application/vnd.openxmlformats-${type}"/>`;
  return (
    XML_DECLARATION +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override("/word/document.xml", "officedocument.wordprocessingml.document.main+xml") +
    override("/word/styles.xml", "officedocument.wordprocessingml.styles+xml") +
    override("/word/numbering.xml", "officedocument.wordprocessingml.numbering+xml") +
    override("/word/settings.xml", "officedocument.wordprocessingml.settings+xml") +
    override("/word/footer1.xml", "officedocument.wordprocessingml.footer+xml") +
    override("/docProps/core.xml", "package.core-properties+xml") +
    override("/docProps/app.xml", "officedocument.extended-properties+xml") +
    "</Types>"
  );
}

function relationships(entries: readonly { id: string; type: string; target: string; external?: boolean }[]): string {
  const items = entries.map(
    (entry) =>
      `<Relationship Id="${entry.id}" Type="${entry.type}" Target="${escapeXml(entry.target)}"${entry.external ? ' TargetMode="External"' : ""}/>`,
  );
  return (
    XML_DECLARATION +
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join("")}</Relationships>`
  );
}

export function packageRelationships(): string {
  return relationships([
    { id: "rId1", type: RELATIONSHIP_TYPES.officeDocument, target: "word/document.xml" },
    { id: "rId2", type: RELATIONSHIP_TYPES.coreProperties, target: "docProps/core.xml" },
    { id: "rId3", type: RELATIONSHIP_TYPES.extendedProperties, target: "docProps/app.xml" },
  ]);
}

export function documentRelationships(context: DocxContext): string {
  return relationships([
    { id: "rIdStyles", type: RELATIONSHIP_TYPES.styles, target: "styles.xml" },
    { id: "rIdNumbering", type: RELATIONSHIP_TYPES.numbering, target: "numbering.xml" },
    { id: "rIdSettings", type: RELATIONSHIP_TYPES.settings, target: "settings.xml" },
    { id: "rIdFooter", type: RELATIONSHIP_TYPES.footer, target: "footer1.xml" },
    ...context.links.map((target, index) => ({
      id: `rIdLink${index + 1}`,
      type: RELATIONSHIP_TYPES.hyperlink,
      target,
      external: true,
    })),
  ]);
}

/** docProps/core.xml: title, subject, author, keywords, language and the creation date. */
export function coreProperties(meta: DocumentMeta): string {
  const element = (name: string, value: string | undefined) => (value ? `<${name}>${escapeXml(value)}</${name}>` : "");
  const date = escapeXml(metadataDateTime(meta.createdAt));
  return (
    XML_DECLARATION +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element("dc:title", meta.title) +
    element("dc:subject", meta.subject) +
    element("dc:creator", meta.author) +
    element("cp:keywords", (meta.keywords ?? []).join(", ")) +
    element("dc:language", meta.language) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${date}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${date}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

export function appProperties(): string {
  return (
    XML_DECLARATION +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">' +
    `<Application>${GENERATOR}</Application></Properties>`
  );
}

export function settings(language: string): string {
  return (
    XML_DECLARATION +
    `<w:settings${W_NAMESPACES}><w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>` +
    `<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>` +
    `<w:themeFontLang w:val="${escapeXml(language)}"/></w:settings>`
  );
}

/** One bulleted and one numbered list definition; each list is its own instance, starting at 1. */
export function numbering(context: DocxContext): string {
  const level = (format: "bullet" | "decimal") =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${format === "bullet" ? "•" : "%1."}"/><w:lvlJc w:val="left"/>` +
    '<w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>';
  const instances = context.lists.map(
    (list, index) =>
      `<w:num w:numId="${index + 1}"><w:abstractNumId w:val="${list.ordered ? 1 : 0}"/>` +
      (list.ordered ? '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' : "") +
      "</w:num>",
  );
  return (
    XML_DECLARATION +
    `<w:numbering${W_NAMESPACES}>` +
    `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/>${level("bullet")}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/>${level("decimal")}</w:abstractNum>` +
    instances.join("") +
    "</w:numbering>"
  );
}

/** The footer: "Page N of M" with Word's PAGE and NUMPAGES fields in the language's word order. */
export function footer(label: string): string {
  const field = (code: string) =>
    `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r>` +
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>';
  const runs = pageNumberParts(label).map((part) => {
    if ("text" in part) return `<w:r><w:t xml:space="preserve">${escapeXml(part.text)}</w:t></w:r>`;
    return field(part.field === "page" ? "PAGE" : "NUMPAGES");
  });
  return (
    XML_DECLARATION +
    `<w:ftr${W_NAMESPACES}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>${runs.join("")}</w:p></w:ftr>`
  );
}
