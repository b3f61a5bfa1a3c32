import { escapeXml, XML_DECLARATION } from "../xml";
import { W_NAMESPACES } from "./docx-namespaces";

/**
 * word/styles.xml: the named styles people see in Word and LibreOffice (Heading 1–4 with outline
 * levels, so the navigation pane and an updated table of contents find them).
 */
export function docxStyles(language: string): string {
  const lang = escapeXml(language);
  return (
    XML_DECLARATION +
    `<w:styles${W_NAMESPACES}>` +
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:eastAsia="Arial" w:cs="Arial"/>' +
    `<w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="${lang}" w:eastAsia="${lang}" w:bidi="${lang}"/></w:rPr></w:rPrDefault>` +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    paragraph("Normal", "Normal", { isDefault: true }) +
    paragraph("BodyText", "Body Text", {
      basedOn: "Normal",
      pPr: '<w:spacing w:after="140" w:line="276" w:lineRule="auto"/>',
    }) +
    heading(1, 36, '<w:spacing w:before="360" w:after="160"/>', '<w:color w:val="1F3864"/>') +
    heading(2, 28, '<w:spacing w:before="280" w:after="120"/>', '<w:color w:val="1F3864"/>') +
    heading(3, 24, '<w:spacing w:before="240" w:after="120"/>', "") +
    heading(4, 22, '<w:spacing w:before="200" w:after="100"/>', "<w:i/>") +
    paragraph("Title", "Title", {
      basedOn: "Normal",
      pPr: '<w:spacing w:before="1700" w:after="240"/>',
      rPr: '<w:b/><w:color w:val="1F3864"/><w:sz w:val="52"/><w:szCs w:val="52"/>',
    }) +
    paragraph("Subtitle", "Subtitle", {
      basedOn: "Normal",
      pPr: '<w:spacing w:after="560"/>',
      rPr: '<w:sz w:val="32"/><w:szCs w:val="32"/>',
    }) +
    paragraph("Overline", "Cover Overline", {
      basedOn: "Normal",
      pPr: '<w:spacing w:after="120"/>',
      rPr: '<w:color w:val="404040"/><w:sz w:val="26"/><w:szCs w:val="26"/>',
    }) +
    paragraph("Note", "Note", {
      basedOn: "BodyText",
      rPr: '<w:color w:val="505050"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
    }) +
    paragraph("Guidance", "Guidance", {
      basedOn: "BodyText",
      pPr: '<w:pBdr><w:left w:val="single" w:sz="24" w:space="6" w:color="3A6EA5"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="E8F0FA"/><w:ind w:left="170" w:right="113"/>',
      rPr: "<w:i/>",
    }) +
    paragraph("Placeholder", "Placeholder", {
      basedOn: "BodyText",
      pPr: '<w:pBdr><w:top w:val="dashed" w:sz="4" w:space="2" w:color="B38F00"/><w:left w:val="dashed" w:sz="4" w:space="4" w:color="B38F00"/><w:bottom w:val="dashed" w:sz="4" w:space="2" w:color="B38F00"/><w:right w:val="dashed" w:sz="4" w:space="4" w:color="B38F00"/></w:pBdr><w:shd w:val="clear" w:color="auto" w:fill="FFF2CC"/>',
    }) +
    paragraph("Caption", "Caption", {
      basedOn: "Normal",
      pPr: '<w:keepNext/><w:spacing w:before="200" w:after="80"/>',
      rPr: '<w:b/><w:sz w:val="20"/><w:szCs w:val="20"/>',
    }) +
    paragraph("ListParagraph", "List Paragraph", {
      basedOn: "BodyText",
      pPr: '<w:spacing w:after="60"/><w:ind w:left="720"/>',
    }) +
    paragraph("TableText", "Table Text", { basedOn: "Normal", rPr: '<w:sz w:val="20"/><w:szCs w:val="20"/>' }) +
    paragraph("TableTextRight", "Table Text Right", { basedOn: "TableText", pPr: '<w:jc w:val="right"/>' }) +
    paragraph("TableHeading", "Table Heading", { basedOn: "TableText", pPr: "<w:keepNext/>", rPr: "<w:b/>" }) +
    paragraph("TableHeadingRight", "Table Heading Right", { basedOn: "TableHeading", pPr: '<w:jc w:val="right"/>' }) +
    paragraph("FactsLabel", "Facts Label", { basedOn: "TableText", rPr: "<w:b/>" }) +
    paragraph("TableSpacer", "Table Spacer", { basedOn: "Normal", rPr: '<w:sz w:val="12"/><w:szCs w:val="12"/>' }) +
    paragraph("TOCHeading", "TOC Heading", {
      basedOn: "Normal",
      next: "Normal",
      pPr: '<w:keepNext/><w:spacing w:before="240" w:after="160"/>',
      rPr: '<w:b/><w:sz w:val="32"/><w:szCs w:val="32"/>',
    }) +
    paragraph("TOC1", "toc 1", { basedOn: "Normal", pPr: '<w:spacing w:before="80" w:after="40"/>', rPr: "<w:b/>" }) +
    paragraph("TOC2", "toc 2", { basedOn: "Normal", pPr: '<w:spacing w:after="40"/><w:ind w:left="283"/>' }) +
    paragraph("Footer", "footer", {
      basedOn: "Normal",
      pPr: '<w:jc w:val="center"/>',
      rPr: '<w:color w:val="505050"/><w:sz w:val="18"/><w:szCs w:val="18"/>',
    }) +
    '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="1A4F8B"/><w:u w:val="single"/></w:rPr></w:style>' +
    tableStyle(
      "TenderTable",
      "Tender Table",
      '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:left w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:right w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="808080"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="808080"/></w:tblBorders>',
    ) +
    tableStyle(
      "FactsTable",
      "Facts Table",
      '<w:tblBorders><w:insideH w:val="single" w:sz="4" w:space="0" w:color="C0C0C0"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="C0C0C0"/></w:tblBorders>',
    ) +
    "</w:styles>"
  );
}

function paragraph(
  id: string,
  name: string,
  options: { basedOn?: string; next?: string; isDefault?: boolean; pPr?: string; rPr?: string },
): string {
  return (
    `<w:style w:type="paragraph"${options.isDefault ? ' w:default="1"' : ""} w:styleId="${id}"><w:name w:val="${name}"/>` +
    (options.basedOn ? `<w:basedOn w:val="${options.basedOn}"/>` : "") +
    (options.next ? `<w:next w:val="${options.next}"/>` : "") +
    "<w:qFormat/>" +
    (options.pPr ? `<w:pPr>${options.pPr}</w:pPr>` : "") +
    (options.rPr ? `<w:rPr>${options.rPr}</w:rPr>` : "") +
    "</w:style>"
  );
}

function heading(level: number, size: number, spacing: string, extraRun: string): string {
  return paragraph(`Heading${level}`, `heading ${level}`, {
    basedOn: "Normal",
    next: "BodyText",
    pPr: `<w:keepNext/><w:keepLines/>${spacing}<w:outlineLvl w:val="${level - 1}"/>`,
    rPr: `<w:b/>${extraRun}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>`,
  });
}

function tableStyle(id: string, name: string, borders: string): string {
  return (
    `<w:style w:type="table" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="TableNormal"/>` +
    `<w:tblPr>${borders}<w:tblCellMar><w:top w:w="57" w:type="dxa"/><w:left w:w="85" w:type="dxa"/><w:bottom w:w="57" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    (id === "TenderTable"
      ? '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
      : "")
  );
}
