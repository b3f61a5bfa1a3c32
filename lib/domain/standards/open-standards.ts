/**
 * Open standards a tender can require by name, as a fixed catalogue (reference.md §6.2): each with
 * a stable id for clause parameters, the name written into tender documents, the body that
 * maintains it and where to read it. Only standards that meet the EIF criteria (published, open
 * maintenance process, royalty-free use) are here; single-vendor formats are not, whatever their
 * market share, so a clause parameter cannot make one look like an open standard.
 */

export const STANDARD_AREAS = [
  "DOCUMENTS",
  "DATA",
  "METADATA",
  "API",
  "IDENTITY",
  "COLLABORATION",
  "MESSAGING",
  "SECURITY",
  "SOFTWARE_METADATA",
  "CONTAINERS",
  "ACCESSIBILITY",
  "E_INVOICING",
  "SIGNATURES",
  "GEOSPATIAL",
] as const;
export type StandardArea = (typeof STANDARD_AREAS)[number];

export type OpenStandard = {
  readonly id: string;
  /** How tender documents name it ("OpenDocument Format (ODF) 1.3"): the same in every language. */
  readonly name: string;
  readonly area: StandardArea;
  /** The maintaining body and its identifier ("OASIS; ISO/IEC 26300"). */
  readonly reference: string;
  readonly url: string;
  /** Other ways people write it, for matching free text ("OpenDocument", "ODF"). */
  readonly aliases: readonly string[];
};

const s = (
  id: string,
  name: string,
  area: StandardArea,
  reference: string,
  url: string,
  aliases: readonly string[] = [],
): OpenStandard => ({ id, name, area, reference, url, aliases });

// One standard per line, as a table.
// prettier-ignore
export const OPEN_STANDARDS: readonly OpenStandard[] = [
  s("ODF-1.2", "OpenDocument Format (ODF) 1.2", "DOCUMENTS", "OASIS; ISO/IEC 26300:2015", "https://docs.oasis-open.org/office/v1.2/OpenDocument-v1.2.html", ["OpenDocument", "ODF"]),
  s("ODF-1.3", "OpenDocument Format (ODF) 1.3", "DOCUMENTS", "OASIS", "https://docs.oasis-open.org/office/OpenDocument/v1.3/", ["OpenDocument", "ODF"]),
  s("PDF-A-1", "PDF/A-1 (ISO 19005-1)", "DOCUMENTS", "ISO 19005-1", "https://www.iso.org/standard/38920.html", ["PDF/A"]),
  s("PDF-A-2", "PDF/A-2 (ISO 19005-2)", "DOCUMENTS", "ISO 19005-2", "https://www.iso.org/standard/50655.html", ["PDF/A"]),
  s("PDF-A-3", "PDF/A-3 (ISO 19005-3)", "DOCUMENTS", "ISO 19005-3", "https://www.iso.org/standard/57229.html", ["PDF/A"]),
  s("PDF-2.0", "PDF 2.0 (ISO 32000-2)", "DOCUMENTS", "ISO 32000-2", "https://www.iso.org/standard/75839.html", ["PDF"]),
  s("HTML", "HTML (WHATWG Living Standard)", "DOCUMENTS", "WHATWG; W3C", "https://html.spec.whatwg.org/", ["HTML5"]),
  s("EPUB-3.3", "EPUB 3.3", "DOCUMENTS", "W3C", "https://www.w3.org/TR/epub-33/", ["EPUB"]),
  s("CSV-RFC4180", "CSV (RFC 4180)", "DATA", "IETF RFC 4180", "https://www.rfc-editor.org/rfc/rfc4180", ["CSV"]),
  s("JSON-RFC8259", "JSON (RFC 8259)", "DATA", "IETF RFC 8259; ECMA-404", "https://www.rfc-editor.org/rfc/rfc8259", ["JSON"]),
  s("XML-1.0", "XML 1.0", "DATA", "W3C", "https://www.w3.org/TR/xml/", ["XML"]),
  s("RDF-1.1", "RDF 1.1", "DATA", "W3C", "https://www.w3.org/TR/rdf11-concepts/", ["RDF", "Linked Data"]),
  s("GEOJSON-RFC7946", "GeoJSON (RFC 7946)", "GEOSPATIAL", "IETF RFC 7946", "https://www.rfc-editor.org/rfc/rfc7946", ["GeoJSON"]),
  s("DCAT-3", "DCAT 3 (Data Catalog Vocabulary)", "METADATA", "W3C", "https://www.w3.org/TR/vocab-dcat-3/", ["DCAT"]),
  s("DCAT-AP-3", "DCAT-AP 3.0", "METADATA", "European Commission, SEMIC", "https://semiceu.github.io/DCAT-AP/releases/3.0.0/", ["DCAT-AP"]),
  s("SEMIC-CORE-VOCABULARIES", "SEMIC Core Vocabularies", "METADATA", "European Commission, SEMIC", "https://interoperable-europe.ec.europa.eu/collection/semic-support-centre/core-vocabularies", ["Core Vocabularies"]),
  s("OPENAPI-3.0", "OpenAPI Specification 3.0", "API", "OpenAPI Initiative (Linux Foundation)", "https://spec.openapis.org/oas/v3.0.3", ["OpenAPI", "Swagger"]),
  s("OPENAPI-3.1", "OpenAPI Specification 3.1", "API", "OpenAPI Initiative (Linux Foundation)", "https://spec.openapis.org/oas/v3.1.0", ["OpenAPI"]),
  s("ASYNCAPI-3.0", "AsyncAPI 3.0", "API", "AsyncAPI Initiative (Linux Foundation)", "https://www.asyncapi.com/docs/reference/specification/v3.0.0", ["AsyncAPI"]),
  s("OIDC-1.0", "OpenID Connect Core 1.0", "IDENTITY", "OpenID Foundation", "https://openid.net/specs/openid-connect-core-1_0.html", ["OpenID Connect", "OIDC"]),
  s("SAML-2.0", "SAML 2.0", "IDENTITY", "OASIS", "https://docs.oasis-open.org/security/saml/v2.0/", ["SAML"]),
  s("OAUTH-2.0", "OAuth 2.0 (RFC 6749)", "IDENTITY", "IETF RFC 6749", "https://www.rfc-editor.org/rfc/rfc6749", ["OAuth"]),
  s("SCIM-2.0", "SCIM 2.0 (RFC 7643, RFC 7644)", "IDENTITY", "IETF RFC 7643, RFC 7644", "https://www.rfc-editor.org/rfc/rfc7644", ["SCIM"]),
  s("LDAP-V3", "LDAP v3 (RFC 4511)", "IDENTITY", "IETF RFC 4511", "https://www.rfc-editor.org/rfc/rfc4511", ["LDAP"]),
  s("SMTP", "SMTP (RFC 5321)", "COLLABORATION", "IETF RFC 5321", "https://www.rfc-editor.org/rfc/rfc5321", []),
  s("IMAP", "IMAP4rev2 (RFC 9051)", "COLLABORATION", "IETF RFC 9051", "https://www.rfc-editor.org/rfc/rfc9051", ["IMAP4"]),
  s("CALDAV", "CalDAV (RFC 4791)", "COLLABORATION", "IETF RFC 4791", "https://www.rfc-editor.org/rfc/rfc4791", []),
  s("CARDDAV", "CardDAV (RFC 6352)", "COLLABORATION", "IETF RFC 6352", "https://www.rfc-editor.org/rfc/rfc6352", []),
  s("WEBDAV", "WebDAV (RFC 4918)", "COLLABORATION", "IETF RFC 4918", "https://www.rfc-editor.org/rfc/rfc4918", []),
  s("ICALENDAR", "iCalendar (RFC 5545)", "COLLABORATION", "IETF RFC 5545", "https://www.rfc-editor.org/rfc/rfc5545", ["iCal", "ICS"]),
  s("VCARD-4.0", "vCard 4.0 (RFC 6350)", "COLLABORATION", "IETF RFC 6350", "https://www.rfc-editor.org/rfc/rfc6350", ["vCard"]),
  s("MATRIX", "Matrix Specification", "MESSAGING", "The Matrix.org Foundation", "https://spec.matrix.org/", ["Matrix"]),
  s("XMPP", "XMPP (RFC 6120)", "MESSAGING", "IETF RFC 6120", "https://www.rfc-editor.org/rfc/rfc6120", ["Jabber"]),
  s("TLS-1.3", "TLS 1.3 (RFC 8446)", "SECURITY", "IETF RFC 8446", "https://www.rfc-editor.org/rfc/rfc8446", ["TLS"]),
  s("IPV6", "IPv6 (RFC 8200)", "SECURITY", "IETF RFC 8200", "https://www.rfc-editor.org/rfc/rfc8200", []),
  s("SECURITY-TXT", "security.txt (RFC 9116)", "SECURITY", "IETF RFC 9116", "https://www.rfc-editor.org/rfc/rfc9116", []),
  s("SPDX-2.3", "SPDX 2.3", "SOFTWARE_METADATA", "Linux Foundation (SPDX 2.2.1 is ISO/IEC 5962:2021)", "https://spdx.github.io/spdx-spec/v2.3/", ["SPDX"]),
  s("SPDX-3.0", "SPDX 3.0", "SOFTWARE_METADATA", "Linux Foundation", "https://spdx.github.io/spdx-spec/v3.0.1/", ["SPDX"]),
  s("CYCLONEDX-1.6", "CycloneDX 1.6 (ECMA-424)", "SOFTWARE_METADATA", "OWASP; Ecma International ECMA-424", "https://cyclonedx.org/specification/overview/", ["CycloneDX"]),
  s("PUBLICCODE-YML", "publiccode.yml", "SOFTWARE_METADATA", "publiccode.yml community (Developers Italia, Foundation for Public Code)", "https://yml.publiccode.tools/", []),
  s("REUSE-3.3", "REUSE Specification 3.3", "SOFTWARE_METADATA", "Free Software Foundation Europe", "https://reuse.software/spec-3.3/", ["REUSE"]),
  s("OCI-IMAGE-1.1", "OCI Image Format Specification 1.1", "CONTAINERS", "Open Container Initiative", "https://github.com/opencontainers/image-spec", ["OCI"]),
  s("EN-301-549", "EN 301 549 V3.2.1", "ACCESSIBILITY", "ETSI, CEN, CENELEC (harmonised standard)", "https://www.etsi.org/deliver/etsi_en/301500_301599/301549/03.02.01_60/en_301549v030201p.pdf", ["EN 301 549"]),
  s("WCAG-2.1", "WCAG 2.1", "ACCESSIBILITY", "W3C", "https://www.w3.org/TR/WCAG21/", ["WCAG"]),
  s("WCAG-2.2", "WCAG 2.2", "ACCESSIBILITY", "W3C", "https://www.w3.org/TR/WCAG22/", ["WCAG"]),
  s("EN-16931", "EN 16931 (European e-invoicing standard)", "E_INVOICING", "CEN EN 16931-1 (reference published by Decision (EU) 2017/1870)", "https://eur-lex.europa.eu/eli/dec_impl/2017/1870/oj", []),
  s("PEPPOL-BIS-3", "Peppol BIS Billing 3.0", "E_INVOICING", "OpenPeppol", "https://docs.peppol.eu/poacc/billing/3.0/", ["Peppol"]),
  s("ETSI-ADES", "ETSI AdES signatures (XAdES, PAdES, CAdES)", "SIGNATURES", "ETSI EN 319 132, EN 319 142, EN 319 122", "https://www.etsi.org/technologies/electronic-signatures", ["XAdES", "PAdES", "CAdES"]),
  s("OGC-WMS-1.3", "OGC Web Map Service 1.3", "GEOSPATIAL", "OGC; ISO 19128", "https://www.ogc.org/standards/wms/", ["WMS"]),
  s("OGC-WFS-2.0", "OGC Web Feature Service 2.0", "GEOSPATIAL", "OGC; ISO 19142", "https://www.ogc.org/standards/wfs/", ["WFS"]),
];

const byId = new Map(OPEN_STANDARDS.map((standard) => [standard.id, standard]));
const byLowerId = new Map(OPEN_STANDARDS.map((standard) => [standard.id.toLowerCase(), standard]));

/** The standard with exactly this id, or undefined. */
export function findOpenStandard(id: string): OpenStandard | undefined {
  return byId.get(id);
}

/**
 * The standard someone most likely meant: the id in another case or with spaces ("odf 1.3"), or a
 * standard whose only alias the text is ("CycloneDX"). With several candidates, the newest (last
 * in the catalogue) wins, since a tender usually wants the current version.
 */
export function suggestOpenStandard(input: string): OpenStandard | undefined {
  const key = input.trim().toLowerCase().replace(/\s+/g, "-");
  if (key === "") return undefined;
  const direct = byLowerId.get(key);
  if (direct) return direct;
  const text = input.trim().toLowerCase();
  const matches = OPEN_STANDARDS.filter(
    (standard) =>
      standard.name.toLowerCase() === text || standard.aliases.some((alias) => alias.toLowerCase() === text),
  );
  return matches.at(-1);
}
