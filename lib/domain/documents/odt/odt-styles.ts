import type { DocumentModel } from "../document-model";
import { languageParts, pageNumberParts } from "../model-text";
import { escapeXml, XML_DECLARATION } from "../xml";
import { ODF_FONT_FACES, ODF_NAMESPACES, ODF_VERSION } from "./odt-namespaces";

/**
 * styles.xml: the named styles people see in LibreOffice's style list (Heading 1–4 with outline
 * levels, so the navigator and a regenerated table of contents find them), the page (A4) and its
 * footer with "Page N of M".
 */
export function odtStyles(model: DocumentModel): string {
  return (
    XML_DECLARATION +
    `<office:document-styles${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
    ODF_FONT_FACES +
    "<office:styles>" +
    defaultStyles(model.meta.language) +
    paragraphStyles() +
    textStyles() +
    listStyles() +
    outlineStyle() +
    "</office:styles>" +
    '<office:automatic-styles><style:page-layout style:name="A4">' +
    '<style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" style:print-orientation="portrait"' +
    ' fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>' +
    '<style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style>' +
    "</style:page-layout></office:automatic-styles>" +
    "<office:master-styles>" +
    `<style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer>${footer(model.labels.pageNumber)}</style:footer></style:master-page>` +
    // The cover page has no page number; its style hands over to Standard on the next page.
    '<style:master-page style:name="First_20_Page" style:display-name="First Page" style:page-layout-name="A4" style:next-style-name="Standard"/>' +
    "</office:master-styles>" +
    "</office:document-styles>"
  );
}

function footer(label: string): string {
  const parts = pageNumberParts(label).map((part) => {
    if ("text" in part) return escapeXml(part.text);
    return part.field === "page"
      ? '<text:page-number text:select-page="current">1</text:page-number>'
      : "<text:page-count>1</text:page-count>";
  });
  return `<text:p text:style-name="Footer">${parts.join("")}</text:p>`;
}

function defaultStyles(language: string): string {
  const { language: lang, country } = languageParts(language);
  const locale = `fo:language="${escapeXml(lang)}" fo:country="${escapeXml(country ?? "none")}"`;
  return (
    '<style:default-style style:family="paragraph">' +
    '<style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>' +
    `<style:text-properties style:font-name="Liberation Sans" fo:font-size="11pt" ${locale} fo:hyphenate="false"/>` +
    "</style:default-style>" +
    '<style:default-style style:family="table"><style:table-properties table:border-model="collapsing"/></style:default-style>' +
    '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>'
  );
}

type ParagraphStyle = {
  name: string;
  display: string;
  parent?: string;
  next?: string;
  outline?: number;
  paragraph?: string;
  text?: string;
};

const PARAGRAPH_STYLES: ParagraphStyle[] = [
  {
    name: "Text_20_body",
    display: "Text body",
    parent: "Standard",
    paragraph: 'fo:margin-top="0cm" fo:margin-bottom="0.25cm" fo:line-height="115%"',
  },
  {
    name: "Heading",
    display: "Heading",
    parent: "Standard",
    next: "Text_20_body",
    paragraph: 'fo:margin-top="0.42cm" fo:margin-bottom="0.21cm" fo:keep-with-next="always"',
    text: 'fo:font-weight="bold"',
  },
  {
    name: "Heading_20_1",
    display: "Heading 1",
    parent: "Heading",
    outline: 1,
    paragraph: 'fo:margin-top="0.6cm" fo:margin-bottom="0.3cm"',
    text: 'fo:font-size="18pt" fo:color="#1f3864"',
  },
  {
    name: "Heading_20_2",
    display: "Heading 2",
    parent: "Heading",
    outline: 2,
    paragraph: 'fo:margin-top="0.5cm" fo:margin-bottom="0.2cm"',
    text: 'fo:font-size="14pt" fo:color="#1f3864"',
  },
  { name: "Heading_20_3", display: "Heading 3", parent: "Heading", outline: 3, text: 'fo:font-size="12pt"' },
  {
    name: "Heading_20_4",
    display: "Heading 4",
    parent: "Heading",
    outline: 4,
    text: 'fo:font-size="11pt" fo:font-style="italic"',
  },
  {
    name: "Title",
    display: "Title",
    parent: "Standard",
    next: "Subtitle",
    paragraph: 'fo:margin-top="3cm" fo:margin-bottom="0.4cm"',
    text: 'fo:font-size="26pt" fo:font-weight="bold" fo:color="#1f3864"',
  },
  {
    name: "Subtitle",
    display: "Subtitle",
    parent: "Standard",
    paragraph: 'fo:margin-bottom="1cm"',
    text: 'fo:font-size="16pt"',
  },
  {
    name: "Cover_20_Overline",
    display: "Cover Overline",
    parent: "Standard",
    paragraph: 'fo:margin-top="0cm" fo:margin-bottom="0.2cm"',
    text: 'fo:font-size="13pt" fo:color="#404040"',
  },
  { name: "Note", display: "Note", parent: "Text_20_body", text: 'fo:font-size="9pt" fo:color="#505050"' },
  {
    name: "Guidance",
    display: "Guidance",
    parent: "Text_20_body",
    paragraph:
      'fo:background-color="#e8f0fa" fo:border-left="0.11cm solid #3a6ea5" fo:padding="0.2cm" fo:margin-top="0.1cm"',
    text: 'fo:font-style="italic"',
  },
  {
    name: "Placeholder",
    display: "Placeholder",
    parent: "Text_20_body",
    paragraph: 'fo:background-color="#fff2cc" fo:border="0.02cm dashed #b38f00" fo:padding="0.1cm"',
  },
  {
    name: "Table_20_Contents",
    display: "Table Contents",
    parent: "Standard",
    paragraph: 'fo:margin-top="0cm" fo:margin-bottom="0cm"',
    text: 'fo:font-size="10pt"',
  },
  {
    name: "Table_20_Contents_20_Right",
    display: "Table Contents Right",
    parent: "Table_20_Contents",
    paragraph: 'fo:text-align="end"',
  },
  { name: "Table_20_Heading", display: "Table Heading", parent: "Table_20_Contents", text: 'fo:font-weight="bold"' },
  {
    name: "Table_20_Heading_20_Right",
    display: "Table Heading Right",
    parent: "Table_20_Heading",
    paragraph: 'fo:text-align="end"',
  },
  { name: "Facts_20_Label", display: "Facts Label", parent: "Table_20_Contents", text: 'fo:font-weight="bold"' },
  {
    name: "Caption",
    display: "Caption",
    parent: "Standard",
    paragraph: 'fo:margin-top="0.3cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"',
    text: 'fo:font-weight="bold" fo:font-size="10pt"',
  },
  { name: "Table", display: "Table", parent: "Caption" },
  { name: "List_20_Contents", display: "List Contents", parent: "Text_20_body", paragraph: 'fo:margin-bottom="0.1cm"' },
  { name: "Contents_20_Heading", display: "Contents Heading", parent: "Heading", text: 'fo:font-size="16pt"' },
  {
    name: "Contents_20_1",
    display: "Contents 1",
    parent: "Standard",
    paragraph: 'fo:margin-top="0.15cm" fo:margin-bottom="0.05cm"',
    text: 'fo:font-weight="bold"',
  },
  {
    name: "Contents_20_2",
    display: "Contents 2",
    parent: "Standard",
    paragraph: 'fo:margin-left="0.5cm" fo:margin-bottom="0.05cm"',
  },
  {
    name: "Footer",
    display: "Footer",
    parent: "Standard",
    paragraph: 'fo:text-align="center"',
    text: 'fo:font-size="9pt" fo:color="#505050"',
  },
];

function paragraphStyles(): string {
  return PARAGRAPH_STYLES.map((style) => {
    const attributes = [
      `style:name="${style.name}"`,
      `style:display-name="${style.display}"`,
      'style:family="paragraph"',
      style.parent ? `style:parent-style-name="${style.parent}"` : "",
      style.next ? `style:next-style-name="${style.next}"` : "",
      style.outline ? `style:default-outline-level="${style.outline}"` : "",
      'style:class="text"',
    ].filter(Boolean);
    const paragraph = style.paragraph ? `<style:paragraph-properties ${style.paragraph}/>` : "";
    const text = style.text ? `<style:text-properties ${style.text}/>` : "";
    return `<style:style ${attributes.join(" ")}>${paragraph}${text}</style:style>`;
  }).join("");
}

function textStyles(): string {
  const style = (name: string, display: string, properties: string) =>
    `<style:style style:name="${name}" style:display-name="${display}" style:family="text"><style:text-properties ${properties}/></style:style>`;
  return (
    style("Strong_20_Emphasis", "Strong Emphasis", 'fo:font-weight="bold"') +
    style("Emphasis", "Emphasis", 'fo:font-style="italic"') +
    style("Source_20_Text", "Source Text", 'style:font-name="Liberation Mono" fo:font-size="10pt"') +
    style(
      "Internet_20_link",
      "Internet link",
      'fo:color="#1a4f8b" style:text-underline-style="solid" style:text-underline-width="auto" style:text-underline-color="font-color"',
    ) +
    style("Index_20_Link", "Index Link", 'fo:color="#000000"')
  );
}

function listStyles(): string {
  const levels = (make: (level: number) => string) => [1, 2, 3].map(make).join("");
  const position = (level: number) =>
    `<style:list-level-properties text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="${0.64 * level}cm" fo:text-indent="-0.64cm" fo:margin-left="${0.64 * level}cm"/></style:list-level-properties>`;
  return (
    '<text:list-style style:name="List_20_Bullet" style:display-name="List Bullet">' +
    levels(
      (level) =>
        `<text:list-level-style-bullet text:level="${level}" text:bullet-char="•">${position(level)}</text:list-level-style-bullet>`,
    ) +
    "</text:list-style>" +
    '<text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">' +
    levels(
      (level) =>
        `<text:list-level-style-number text:level="${level}" style:num-suffix="." style:num-format="1">${position(level)}</text:list-level-style-number>`,
    ) +
    "</text:list-style>"
  );
}

/** Heading numbers are the builder's, written as text: the outline numbers nothing itself. */
function outlineStyle(): string {
  const levels = Array.from(
    { length: 10 },
    (_, index) => `<text:outline-level-style text:level="${index + 1}" style:num-format=""/>`,
  );
  return `<text:outline-style style:name="Outline">${levels.join("")}</text:outline-style>`;
}
