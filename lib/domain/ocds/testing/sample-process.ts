import { COST_AND_QUALITY_AWARD } from "@/lib/domain/evaluation/testing/cost-and-quality-award";
import type { AwardCriteria } from "@/lib/domain/tender/criteria-tree";
import type { TenderStatus } from "@/lib/domain/tender/tender-enums";
import type { CpvLabel, OcdsAwardInput, OcdsProcessInput, OcdsSettings } from "../ocds-input";

/** Builders for the OCDS mapping's unit tests: a small tender whose expected release each test works out by hand. */

export const SETTINGS: OcdsSettings = {
  ocidPrefix: "ocds-abc123",
  publisher: { name: "Ministry of Digital Affairs", uri: "https://tenders.example.eu" },
  license: "https://creativecommons.org/publicdomain/zero/1.0/",
};

/** Cost 40 (F1), quality 60 = fit 50 % + exit 50 %. */
export const RATED_AWARD: AwardCriteria = COST_AND_QUALITY_AWARD;

const LABELS: Record<string, Record<string, string>> = {
  "72230000": { en: "Custom software development services", de: "Entwicklung von kundenspezifischer Software" },
  "72260000": { en: "Software-related services", de: "Dienstleistungen in Verbindung mit Software" },
  "48000000": { en: "Software package and information systems" },
};

/** CPV labels of the three codes the samples use; English when the language has none. */
export const cpvLabel: CpvLabel = (code, language) => LABELS[code]?.[language] ?? LABELS[code]?.en;

/** An open procedure for services without lots, EUR 2,400,000, published on 1 March 2026. */
export function sampleProcess(
  status: TenderStatus,
  overrides: Partial<OcdsProcessInput["tender"]> = {},
  rest: Partial<Omit<OcdsProcessInput, "tender">> = {},
): OcdsProcessInput {
  return {
    tender: {
      id: "cltender0001",
      reference: "MIN-2026-0042",
      title: "Case management platform",
      summary: "A case management platform for the ministry's caseworkers.",
      status,
      wasPublished: status !== "DRAFT" && status !== "IN_REVIEW" && status !== "APPROVED",
      contractNature: "SERVICES",
      procedureType: "OPEN",
      procedureLabel: "Open procedure",
      procedureGroundSource: null,
      mainCpv: "72230000",
      additionalCpvs: ["72260000"],
      estimatedValueCents: 240_000_000,
      currency: "EUR",
      documentsLanguage: "en",
      lots: [],
      award: RATED_AWARD,
      publicationDate: "2026-03-01",
      clarificationDeadline: "2026-03-20",
      tenderDeadline: "2026-04-02",
      version: 7,
      updatedAt: new Date("2026-04-10T08:15:30.123Z"),
      ...overrides,
    },
    buyer: { id: "clorg0001", name: "Ministry of Digital Affairs" },
    corrigenda: [],
    documents: [],
    awards: [],
    ...rest,
  };
}

/** The award decision of a lot (or of the tender when lotKey is null), decided on 20 April 2026. */
export function sampleAward(overrides: Partial<OcdsAwardInput> = {}): OcdsAwardInput {
  return {
    decisionId: "cldecision01",
    lotKey: null,
    decidedOn: "2026-04-20",
    standstillEndsOn: "2026-04-30",
    recordedAt: new Date("2026-04-20T10:00:00.000Z"),
    winner: { bidId: "clbid0003", name: "Gamma Software", priceCents: 12_500_050 },
    ...overrides,
  };
}
