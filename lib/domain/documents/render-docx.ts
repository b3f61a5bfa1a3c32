import type { DocumentModel, DocumentRenderer } from "./document-model";
import { docxBody } from "./docx/docx-body";
import { W_NAMESPACES } from "./docx/docx-namespaces";
import {
  appProperties,
  contentTypes,
  coreProperties,
  documentRelationships,
  footer,
  numbering,
  packageRelationships,
  settings,
} from "./docx/docx-parts";
import { docxStyles } from "./docx/docx-styles";
import { XML_DECLARATION } from "./xml";
import { zipPackage } from "./zip";

export const DOCX_MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Office Open XML (Word) text, written by hand rather than with a library: the output is then
 * byte-for-byte the same for the same model (no generated ids, no packaging time stamps), and the
 * few parts needed stay readable here.
 */
export const renderDocx: DocumentRenderer = async (model, baseName) => ({
  bytes: docxPackage(model),
  mediaType: DOCX_MEDIA_TYPE,
  fileName: `${baseName}.docx`,
});

/** A4, 2 cm top and 2.2 cm side margins as in the OpenDocument export; no footer on the cover. */
function sectionProperties(hasCover: boolean): string {
  return (
    '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooter"/>' +
    '<w:pgSz w:w="11906" w:h="16838"/>' +
    '<w:pgMar w:top="1134" w:right="1247" w:bottom="1134" w:left="1247" w:header="567" w:footer="567" w:gutter="0"/>' +
    (hasCover ? "<w:titlePg/>" : "") +
    "</w:sectPr>"
  );
}

export function docxPackage(model: DocumentModel): Uint8Array {
  const { body, context } = docxBody(model);
  const document =
    XML_DECLARATION +
    `<w:document${W_NAMESPACES}><w:body>${body}${sectionProperties(model.cover !== undefined)}</w:body></w:document>`;
  return zipPackage([
    { path: "[Content_Types].xml", data: contentTypes() },
    { path: "_rels/.rels", data: packageRelationships() },
    { path: "docProps/core.xml", data: coreProperties(model.meta) },
    { path: "docProps/app.xml", data: appProperties() },
    { path: "word/document.xml", data: document },
    { path: "word/styles.xml", data: docxStyles(model.meta.language) },
    { path: "word/numbering.xml", data: numbering(context) },
    { path: "word/settings.xml", data: settings(model.meta.language) },
    { path: "word/footer1.xml", data: footer(model.labels.pageNumber) },
    { path: "word/_rels/document.xml.rels", data: documentRelationships(context) },
  ]);
}
