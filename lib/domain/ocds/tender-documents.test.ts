import { describe, expect, it } from "vitest";
import { releasePackageProblems } from "@/scripts/testing/ocds-validator";
import { contractingProcessReleases, releasePackage } from "./release-package";
import { tenderDocuments } from "./tender-documents";
import { cpvLabel, sampleProcess, SETTINGS } from "./testing/sample-process";

describe("tenderDocuments", () => {
  it("lists the tender documents in every format, with a public address and the media type", () => {
    const documents = tenderDocuments("cm1abc", "https://tenders.example.eu/", (format) => `Tender documents (${format})`); // prettier-ignore
    expect(documents).toEqual([
      {
        id: "tender-documents-odt",
        documentType: "biddingDocuments",
        title: "Tender documents (odt)",
        url: "https://tenders.example.eu/api/ocds/documents/cm1abc?format=odt",
        format: "application/vnd.oasis.opendocument.text",
      },
      {
        id: "tender-documents-docx",
        documentType: "biddingDocuments",
        title: "Tender documents (docx)",
        url: "https://tenders.example.eu/api/ocds/documents/cm1abc?format=docx",
        format: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      },
      {
        id: "tender-documents-pdf",
        documentType: "biddingDocuments",
        title: "Tender documents (pdf)",
        url: "https://tenders.example.eu/api/ocds/documents/cm1abc?format=pdf",
        format: "application/pdf",
      },
      // Media types without their parameters ("; charset=utf-8"), as the IANA codelist writes them.
      {
        id: "tender-documents-md",
        documentType: "biddingDocuments",
        title: "Tender documents (md)",
        url: "https://tenders.example.eu/api/ocds/documents/cm1abc?format=md",
        format: "text/markdown",
      },
      {
        id: "tender-documents-json",
        documentType: "biddingDocuments",
        title: "Tender documents (json)",
        url: "https://tenders.example.eu/api/ocds/documents/cm1abc?format=json",
        format: "application/json",
      },
    ]);
  });
});

describe("the documents in a tender release", () => {
  it("carry the tender's language and validate against the OCDS schema and codelists", () => {
    const process = sampleProcess(
      "PUBLISHED",
      { documentsLanguage: "fr" },
      {
        documents: tenderDocuments("cltender0001", "https://tenders.example.eu", (format) => `Dossier de consultation (${format})`), // prettier-ignore
      },
    );
    const [release] = contractingProcessReleases(process, SETTINGS, cpvLabel, "2026-04-25");
    expect(release!.tender.documents).toHaveLength(5);
    expect(release!.tender.documents![2]).toEqual({
      id: "tender-documents-pdf",
      documentType: "biddingDocuments",
      title: "Dossier de consultation (pdf)",
      url: "https://tenders.example.eu/api/ocds/documents/cltender0001?format=pdf",
      format: "application/pdf",
      language: "fr",
    });
    const pkg = releasePackage({ uri: "https://tenders.example.eu/api/ocds/releases", releases: [release!], settings: SETTINGS }); // prettier-ignore
    expect(releasePackageProblems(pkg)).toEqual([]);
  });
});
