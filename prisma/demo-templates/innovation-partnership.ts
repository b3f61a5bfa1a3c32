import type { TemplateContent } from "../../lib/domain/templates/template-content";
import { proposedSovereignty, QUALITY_SCALE_EN } from "../demo-tender-parts";
import { clause, euros, requirements } from "./parts";

/**
 * "Innovation partnership for an open-source alternative", published by the City of Lindenau's
 * OSPO: research, prototype and pilot of an open-source replacement for a proprietary product
 * the market does not yet offer (Directive 2014/24/EU, Art. 31).
 */
export const INNOVATION_PARTNERSHIP_NAME = "Innovation partnership for an open-source alternative";

export const INNOVATION_PARTNERSHIP: TemplateContent = {
  summary:
    "An innovation partnership (Directive 2014/24/EU, Art. 31) to develop an open-source alternative to a " +
    "proprietary product that no supplier offers yet, in phases of research, prototype and pilot, with " +
    "go/no-go decisions between them. Every result is released under an open-source licence, so the authority " +
    "can continue with another partner, and other authorities can join or reuse it.",
  intendedUse: {
    category: "INNOVATION",
    contractNature: "SERVICES",
    // Research and experimental development, custom software development, prototyping.
    cpvPrefixes: ["731", "7223", "72244"],
    procedureTypes: ["INNOVATION_PARTNERSHIP"],
    valueRange: { minCents: euros(500_000), maxCents: euros(5_000_000) },
  },
  clauses: [
    clause("innovation-phases", "MANDATORY", { phases: 3 }),
    clause("prototype-licence", "MANDATORY", { prototypeLicence: "EUPL-1.2" }),
    clause("deliverables-licence", "MANDATORY"),
    clause("source-code-delivery", "MANDATORY", { deliveryDays: 10 }),
    clause("public-repository", "RECOMMENDED", { publicationDays: 0, platform: "https://code.europa.eu" }),
    clause("open-development-practices", "RECOMMENDED", { reviewers: "ONE" }),
    clause("upstream-contribution", "RECOMMENDED", { effortPercent: 10 }),
    clause("documented-apis", "RECOMMENDED"),
    clause("open-formats-data", "RECOMMENDED"),
    clause("non-open-standards-justification", "RECOMMENDED"),
    clause("accessibility-en-301-549", "MANDATORY"),
    clause("exit-plan-and-data-portability", "MANDATORY", { exitPlanMonths: 3 }),
    clause("data-location-and-jurisdiction", "OPTIONAL", { location: "EU" }),
    clause("ai-component-openness", "OPTIONAL", { modelLicence: "Apache-2.0", mofClass: "CLASS_II" }),
  ],
  requirements: requirements([
    [
      "MUST",
      "approach",
      "The partnership runs in three phases (research, prototype, pilot); each ends with a go/no-go decision of " +
        "the Contracting Authority against the targets set for that phase.",
    ],
    [
      "MUST",
      "openness",
      "Every result of every phase, including research reports, prototypes and test data that holds no personal " +
        "data, is released under the licences set in the clauses, at the end of the phase at the latest.",
    ],
    [
      "MUST",
      "openness",
      "Development happens in a public repository from the first day of the prototype phase, so that the " +
        "Contracting Authority and other authorities can follow and review the work.",
    ],
    [
      "MUST",
      "approach",
      "The research phase compares the existing open-source projects that could be the basis of the solution " +
        "and recommends whether to build on one of them or start anew, with reasons.",
    ],
    [
      "MUST",
      "approach",
      "The solution reads and writes the data of the product it replaces, so that the Contracting Authority " +
        "can migrate without losing records.",
    ],
    [
      "MUST",
      null,
      "The prototype and the pilot meet EN 301 549 (WCAG 2.1 level AA) and are tested with people who use " +
        "assistive technology.",
    ],
    [
      "MUST",
      "openness",
      "If the partnership ends after a phase, the Contracting Authority may continue the work with another " +
        "partner, using everything delivered so far, without further payment.",
    ],
    [
      "SHOULD",
      "team",
      "The team combines software development, user research and experience of the public service concerned; " +
        "the people named in the offer stay for the whole phase.",
    ],
    [
      "SHOULD",
      "involvement",
      "Staff who use the current product test each prototype increment; the partner reports what it learned " +
        "and what it changed after each test round.",
    ],
    [
      "SHOULD",
      "involvement",
      "The partner builds a community around the solution: it invites other authorities to the reviews, " +
        "documents how to contribute, and answers questions from outside contributors.",
    ],
    [
      "SHOULD",
      "approach",
      "The pilot runs with real users in one department for at least three months, with measured targets for " +
        "availability, task completion and user satisfaction.",
    ],
    [
      "SHOULD",
      "openness",
      "Interfaces are described in OpenAPI 3.1 and data is exchanged in open formats; any exception is " +
        "justified in writing.",
    ],
    [
      "MAY",
      "team",
      "The partner proposes a governance for the solution after the partnership, for example a foundation " +
        "or a consortium of authorities, with its costs.",
    ],
  ]),
  sovereignty: proposedSovereignty(
    { dataSensitivity: 1, serviceCriticality: 1, legalExposure: 1, supplierDependence: 2 },
    {
      "SOV-6": {
        seal: 3,
        justification:
          "The aim of the partnership is technological independence: open interfaces, open formats and an " +
          "open licence must let any partner take over the solution.",
      },
    },
  ),
  award: {
    criteria: [
      {
        key: "cost",
        name: "Price of the three phases",
        description: "The fixed price of each phase and the cost of the pilot's operation.",
        kind: "COST",
        weight: 20,
        costFormula: "F1",
      },
      {
        key: "quality",
        name: "Quality of the proposal",
        kind: "QUALITY",
        weight: 50,
        children: [
          {
            key: "approach",
            name: "Research and development approach",
            description:
              "The plan for each phase, the targets proposed for each go/no-go decision, and the risks seen.",
            kind: "QUALITY",
            weight: 40,
          },
          {
            key: "team",
            name: "Team and governance",
            description:
              "The skills and experience of the people named, and the governance proposed after the partnership.",
            kind: "QUALITY",
            weight: 30,
          },
          {
            key: "involvement",
            name: "Involvement of users and other authorities",
            description: "How users test the increments and how other authorities can take part and reuse the results.",
            kind: "QUALITY",
            weight: 30,
          },
        ],
      },
      {
        key: "openness",
        name: "Openness",
        description: "Building on existing open-source projects, open development, open standards and formats.",
        kind: "OPENNESS",
        weight: 20,
      },
      {
        key: "sovereignty",
        name: "Sovereignty",
        description: "The SEAL levels the offer reaches on the objectives of the Cloud Sovereignty Framework.",
        kind: "SOVEREIGNTY",
        weight: 10,
      },
    ],
    qualityScale: QUALITY_SCALE_EN,
    scoreAggregation: "CONSENSUS",
    discountRatePercent: 3,
    tcoHorizonYears: 3,
  },
  guidance: [
    {
      section: "procedure",
      text:
        "An innovation partnership is only for a need that no product on the market meets. Record the market " +
        "analysis that shows it (for example the answers to a prior information notice) before you publish.",
    },
    {
      section: "general",
      text:
        "Invite other authorities with the same need before publishing: they can take part in the reviews, and " +
        "a shared solution is cheaper to maintain than one written for a single authority.",
    },
    {
      section: "clauses",
      text:
        "The prototype licence clause is what lets you continue with another partner after a no-go decision; " +
        "never remove it. Publishing from day zero (public repository clause) is the strongest guarantee.",
    },
    {
      section: "criteria",
      text:
        "Award on the best price-quality ratio (Art. 31(1)); a cost weight of 20 % keeps the focus on the " +
        "approach and the team. Set the targets of each go/no-go decision in the tender documents.",
    },
    {
      section: "sovereignty",
      text:
        "Technology sovereignty (SOV-6) is raised above the proposal: the partnership exists to escape dependence " +
        "on one product, so open interfaces and formats are a gate, not only a score.",
    },
  ],
  licence: "CC0-1.0",
};
