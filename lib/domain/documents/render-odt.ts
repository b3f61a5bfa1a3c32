import type { DocumentModel, DocumentRenderer } from "./document-model";
import { odtBody } from "./odt/odt-body";
import { odtManifest, odtMeta } from "./odt/odt-meta";
import { ODF_FONT_FACES, ODF_NAMESPACES, ODF_VERSION } from "./odt/odt-namespaces";
import { odtStyles } from "./odt/odt-styles";
import { XML_DECLARATION } from "./xml";
import { zipPackage } from "./zip";

export const ODT_MEDIA_TYPE = "application/vnd.oasis.opendocument.text";

/**
 * OpenDocument text 1.3 (ISO/IEC 26300), the first-class export format: it opens in LibreOffice,
 * Collabora, OnlyOffice and Word alike. The package is a ZIP whose first entry is the media type,
 * stored uncompressed, as the standard requires (so tools recognise it by its first bytes).
 */
export const renderOdt: DocumentRenderer = async (model, baseName) => ({
  bytes: odtPackage(model),
  mediaType: ODT_MEDIA_TYPE,
  fileName: `${baseName}.odt`,
});

export function odtPackage(model: DocumentModel): Uint8Array {
  return zipPackage([
    { path: "mimetype", data: ODT_MEDIA_TYPE, store: true },
    { path: "content.xml", data: odtContent(model) },
    { path: "styles.xml", data: odtStyles(model) },
    { path: "meta.xml", data: odtMeta(model.meta) },
    { path: "META-INF/manifest.xml", data: odtManifest(ODT_MEDIA_TYPE, ["content.xml", "styles.xml", "meta.xml"]) },
  ]);
}

function odtContent(model: DocumentModel): string {
  const { automaticStyles, body } = odtBody(model);
  return (
    XML_DECLARATION +
    `<office:document-content${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
    ODF_FONT_FACES +
    `<office:automatic-styles>${automaticStyles}</office:automatic-styles>` +
    `<office:body><office:text>${body}</office:text></office:body>` +
    "</office:document-content>"
  );
}
