import type { TemplateFile } from "@/lib/schemas/template-exchange";
import { sampleTemplateContent } from "./sample-template";

/** A valid exchange file, for the tests of reading and writing it. */
export function sampleTemplateFile(): TemplateFile {
  return {
    format: "tender-commons/template",
    formatVersion: 1,
    template: {
      id: "cm0template0001",
      slug: "collaboration-suite",
      name: "Collaboration suite",
      language: "en",
      publisher: { name: "Ministry of Digital Affairs", country: "FR" },
      version: 2,
      publishedAt: "2026-03-01T10:00:00.000Z",
      changelog: "Exit plan now mandatory.",
      licence: "CC-BY-4.0",
      url: "https://commons.example.org/catalogue/collaboration-suite",
    },
    content: sampleTemplateContent(),
    clauses: [{ key: "deliverables-licence", version: 1, status: "MANDATORY", title: "Licence", text: "EUPL-1.2." }],
  };
}
