import type { DocumentMeta } from "../document-model";
import { escapeXml, XML_DECLARATION } from "../xml";
import { ODF_NAMESPACES, ODF_VERSION } from "./odt-namespaces";

/** Who made the file, named in its metadata (never a version: the bytes must not depend on it). */
export const GENERATOR = "Tender Commons";

/**
 * meta.xml: title, subject, keywords, language, author and the creation date. `createdAt` is the
 * only varying input of the package, and it is written here only.
 */
export function odtMeta(meta: DocumentMeta): string {
  const element = (name: string, value: string | undefined) => (value ? `<${name}>${escapeXml(value)}</${name}>` : "");
  return (
    XML_DECLARATION +
    `<office:document-meta${ODF_NAMESPACES} office:version="${ODF_VERSION}"><office:meta>` +
    element("meta:generator", GENERATOR) +
    element("dc:title", meta.title) +
    element("dc:subject", meta.subject) +
    (meta.keywords ?? []).map((keyword) => element("meta:keyword", keyword)).join("") +
    element("dc:language", meta.language) +
    element("meta:initial-creator", meta.author) +
    element("dc:creator", meta.author) +
    element("meta:creation-date", meta.createdAt) +
    element("dc:date", meta.createdAt) +
    "</office:meta></office:document-meta>"
  );
}

/** META-INF/manifest.xml: the package's files and their media types. */
export function odtManifest(mediaType: string, files: readonly string[]): string {
  const entries = files.map(
    (path) => `<manifest:file-entry manifest:full-path="${escapeXml(path)}" manifest:media-type="text/xml"/>`,
  );
  return (
    XML_DECLARATION +
    `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="${ODF_VERSION}">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="${ODF_VERSION}" manifest:media-type="${escapeXml(mediaType)}"/>` +
    entries.join("") +
    "</manifest:manifest>"
  );
}
