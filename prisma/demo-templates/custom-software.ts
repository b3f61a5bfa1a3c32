import type { TemplateContent } from "../../lib/domain/templates/template-content";
import { proposedSovereignty, QUALITY_SCALE_EN } from "../demo-tender-parts";
import { clause, euros, requirements } from "./parts";

/**
 * "Development of custom software released under EUPL-1.2", published by the Ministry's OSPO:
 * agile development of software the authority owns and may publish, version 1 (version 2 in
 * custom-software-v2.ts).
 */
export const CUSTOM_SOFTWARE_NAME = "Development of custom software released under EUPL-1.2";

export const CUSTOM_SOFTWARE_INTENDED_USE: TemplateContent["intendedUse"] = {
  category: "CUSTOM_DEVELOPMENT",
  contractNature: "SERVICES",
  // Custom software development, systems analysis and programming, software-related services.
  cpvPrefixes: ["7223", "7224", "7226"],
  procedureTypes: ["OPEN", "RESTRICTED", "COMPETITIVE_NEGOTIATION"],
  valueRange: { minCents: euros(100_000), maxCents: euros(2_000_000) },
};

export const CUSTOM_SOFTWARE_V1: TemplateContent = {
  summary:
    "Agile development of software written for the authority and released under the European Union Public " +
    "Licence (EUPL-1.2): the authority owns the repository from the first sprint, every release builds from the " +
    "source code alone, and another team can take over at the end of the contract. Suits case management " +
    "systems, citizen services and internal tools that no existing product covers.",
  intendedUse: CUSTOM_SOFTWARE_INTENDED_USE,
  clauses: [
    clause("deliverables-licence", "MANDATORY", { softwareLicence: "EUPL-1.2", documentationLicence: "CC-BY-4.0" }),
    clause("third-party-components", "MANDATORY", { outboundLicence: "EUPL-1.2" }),
    clause("ip-rights-transfer", "OPTIONAL"),
    clause("source-code-delivery", "MANDATORY", { deliveryDays: 10 }),
    clause("build-instructions", "RECOMMENDED", { verificationDays: 15 }),
    clause("public-repository", "RECOMMENDED", { publicationDays: 30, platform: "https://code.europa.eu" }),
    clause("documentation", "RECOMMENDED", { updateDays: 10 }),
    clause("documented-apis", "RECOMMENDED", { apiStandards: ["OPENAPI-3.1"], noticeMonths: 12 }),
    clause("open-formats-data", "RECOMMENDED", { dataFormats: ["CSV-RFC4180", "JSON-RFC8259"] }),
    clause("software-bill-of-materials", "RECOMMENDED", { sbomFormats: ["SPDX-2.3", "CYCLONEDX-1.6"] }),
    clause("vulnerability-handling", "RECOMMENDED", { notificationHours: 24, criticalFixDays: 7, highFixDays: 30 }),
    clause("signed-releases", "OPTIONAL"),
    clause("accessibility-en-301-549", "MANDATORY"),
    clause("exit-plan-and-data-portability", "MANDATORY", { exitPlanMonths: 3 }),
    clause("knowledge-transfer", "RECOMMENDED", { sessions: 5 }),
    clause("upstream-contribution", "RECOMMENDED", { effortPercent: 5 }),
    clause("open-development-practices", "OPTIONAL", { reviewers: "ONE" }),
    clause("maintenance-and-support-levels", "OPTIONAL"),
  ],
  requirements: requirements([
    [
      "MUST",
      "openness",
      "All software written under the contract is licensed to the Contracting Authority under the EUPL-1.2 from " +
        "its first commit; the Contracting Authority may publish it at any time.",
    ],
    [
      "MUST",
      "openness",
      "The source code, its full history and the issue tracker are kept in a repository that the Contracting " +
        "Authority owns and administers, from the first sprint.",
    ],
    [
      "MUST",
      "architecture",
      "Each release can be built and deployed from the repository alone, by a person who did not write it, " +
        "following the build instructions; the Contracting Authority checks this before accepting the release.",
    ],
    [
      "MUST",
      "openness",
      "Third-party components are under licences compatible with the EUPL-1.2 and are listed with their " +
        "versions and licences in each release.",
    ],
    [
      "MUST",
      "architecture",
      "The software meets EN 301 549 (WCAG 2.1 level AA). Accessibility is checked automatically in every sprint " +
        "and, before each release, by a person using assistive technology.",
    ],
    [
      "MUST",
      "architecture",
      "Interfaces to other systems are described in OpenAPI 3.1 or use the open standards named in the tender " +
        "documents; data can be exported in CSV or JSON.",
    ],
    [
      "SHOULD",
      "method",
      "The supplier works in iterations of two to four weeks, shows working software at the end of each, and " +
        "lets the Contracting Authority's product owner set the priorities.",
    ],
    [
      "SHOULD",
      "method",
      "Users take part in the design: the supplier tests prototypes with staff and citizens who will use the " +
        "software, and reports what it changed as a result.",
    ],
    [
      "SHOULD",
      "architecture",
      "Automated tests cover the business rules and run on every change; their results are visible to the " +
        "Contracting Authority.",
    ],
    [
      "SHOULD",
      "architecture",
      "The software runs on any Linux server and in standard OCI containers, without depending on a service " +
        "that only one cloud provider offers.",
    ],
    [
      "SHOULD",
      "continuity",
      "User, administrator and architecture documentation is kept in the repository next to the code, in " +
        "Markdown or another open format, and updated with each release.",
    ],
    [
      "SHOULD",
      "architecture",
      "Vulnerabilities are handled under a published security policy; known vulnerabilities in dependencies " +
        "are reported with each release.",
    ],
    [
      "SHOULD",
      "continuity",
      "At the end of the contract, the Contracting Authority's staff or another supplier can take over " +
        "development after the knowledge-transfer sessions, without further help from the supplier.",
    ],
    [
      "MAY",
      "openness",
      "Where existing open-source software covers part of the need, the supplier reuses and improves it " +
        "instead of writing new code, and offers the improvements to its maintainers.",
    ],
    [
      "MAY",
      "openness",
      "The software is published on a public code platform with a publiccode.yml file, so that other " +
        "authorities can find and reuse it.",
    ],
  ]),
  sovereignty: proposedSovereignty({
    dataSensitivity: 2,
    serviceCriticality: 1,
    legalExposure: 1,
    supplierDependence: 1,
  }),
  award: {
    criteria: [
      {
        key: "cost",
        name: "Price of the development and maintenance",
        description:
          "The fixed price of the first release and the day rates for further work, as the price schedule sets out.",
        kind: "COST",
        weight: 30,
        costFormula: "F2",
      },
      {
        key: "quality",
        name: "Quality",
        kind: "QUALITY",
        weight: 45,
        children: [
          {
            key: "method",
            name: "Development method and team",
            description:
              "How the team works with the product owner and users, and the experience of the people proposed.",
            kind: "QUALITY",
            weight: 40,
          },
          {
            key: "architecture",
            name: "Architecture, code quality and security",
            description: "The proposed architecture, testing, accessibility and security practices.",
            kind: "QUALITY",
            weight: 35,
          },
          {
            key: "continuity",
            name: "Documentation and handover",
            description: "How another team will be able to maintain and develop the software after the contract.",
            kind: "QUALITY",
            weight: 25,
          },
        ],
      },
      {
        key: "openness",
        name: "Openness",
        description: "Reuse of existing open-source software, contributions upstream, open standards and formats.",
        kind: "OPENNESS",
        weight: 15,
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
      section: "general",
      text:
        "Name a product owner in your authority before publishing: agile development fails without someone " +
        "who can set priorities every sprint. Budget for their time.",
    },
    {
      section: "scope",
      text:
        'Describe the problem and the users, not the screens. A short list of user needs ("as a case handler, ' +
        'I need to…") lets bidders propose a realistic first release.',
    },
    {
      section: "clauses",
      text:
        "The licence, source code delivery and third-party components clauses make the software yours; keep " +
        "them mandatory. Add the transfer of rights clause only where national law requires an explicit transfer.",
    },
    {
      section: "criteria",
      text:
        "Price matters less than the team for custom development: a cost weight around 30 % is common. Ask for " +
        "a fixed price for the first release and day rates for the rest, and evaluate both.",
    },
    {
      section: "requirements",
      text:
        "REQ-03 (builds from the repository alone) is the best protection against dependence on one supplier: " +
        "test it yourself at the first release, not only at the end of the contract.",
    },
  ],
  licence: "EUPL-1.2",
};
