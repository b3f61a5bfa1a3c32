import type { Criterion } from "../../lib/domain/tender/criteria-tree";
import type { TemplateContent } from "../../lib/domain/templates/template-content";
import { CUSTOM_SOFTWARE_V1 } from "./custom-software";

/**
 * Version 2 of the custom software template: what the OSPO changed after the first tenders
 * started from version 1, so that the catalogue shows a history and its differences.
 */
export const CUSTOM_SOFTWARE_V2_CHANGELOG =
  "A software bill of materials (SPDX 2.3 or CycloneDX 1.6) is now mandatory with every release, and signed " +
  "releases are recommended. REQ-04 asks for the bill of materials; a new REQ-16 asks for reproducible builds. " +
  "Openness now weighs 20 % and quality 40 % (were 15 % and 45 %). New guidance on estimating the value of an " +
  "agile contract.";

const WEIGHTS: Record<string, number> = { quality: 40, openness: 20 };

const clauses = CUSTOM_SOFTWARE_V1.clauses.map((chosen) => {
  if (chosen.key === "software-bill-of-materials") return { ...chosen, status: "MANDATORY" as const };
  if (chosen.key === "signed-releases") return { ...chosen, status: "RECOMMENDED" as const };
  return chosen;
});

const requirements = [
  ...CUSTOM_SOFTWARE_V1.requirements.map((requirement) =>
    requirement.key === "REQ-04"
      ? {
          ...requirement,
          text:
            "Third-party components are under licences compatible with the EUPL-1.2 and are listed with their " +
            "versions and licences in a software bill of materials (SPDX 2.3 or CycloneDX 1.6) delivered with each release.",
        }
      : requirement,
  ),
  {
    key: "REQ-16",
    level: "SHOULD" as const,
    criterionKey: "architecture",
    text:
      "Builds are reproducible: building the same release twice from the repository gives identical artefacts, " +
      "and each release is signed so that its origin can be checked.",
  },
];

const criteria: Criterion[] = CUSTOM_SOFTWARE_V1.award!.criteria.map((criterion) =>
  criterion.key in WEIGHTS ? { ...criterion, weight: WEIGHTS[criterion.key]! } : criterion,
);

export const CUSTOM_SOFTWARE_V2: TemplateContent = {
  ...CUSTOM_SOFTWARE_V1,
  clauses,
  requirements,
  award: { ...CUSTOM_SOFTWARE_V1.award!, criteria },
  guidance: [
    ...CUSTOM_SOFTWARE_V1.guidance,
    {
      section: "about",
      text:
        "Estimate the value from the team you expect to need (for example four people for eighteen months) " +
        "times market day rates, plus maintenance for the renewal years: the estimated value includes options " +
        "and renewals (Directive 2014/24/EU, Art. 5).",
    },
  ],
};
