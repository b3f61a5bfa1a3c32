import { addDays, nextWorkingDay, type IsoDate } from "../lib/domain/tender/calendar-date";
import { grantsPlatformBids } from "./demo-bids";
import { GRANTS_PLATFORM_SECTIONS, grantsPlatformTenderParts } from "./demo-grants-tender";
import { ministryOpening } from "./demo-tender-parts";
import type { DemoTenderSections } from "./demo-tender-sections";
import type { DemoTender } from "./demo-tenders";
import { pastDeadlineTimeline } from "./demo-timelines";

/**
 * The Ministry's fifth demo tender (the sixth of all): a grants platform for its Cultural Heritage Fund, published
 * with the same requirements and criteria as the research grants platform (but for how openness is
 * scored, below), whose deadline passed
 * about two weeks before `today`. The same three suppliers bid (prisma/demo-bids.ts), and the
 * drafter and the administrator opened the bids the next working day, so the tender is under
 * evaluation. It has no evaluation panel yet: the procurement lead sets one up (the evaluation
 * journey, e2e/evaluation/scoring.spec.ts).
 *
 * Unlike the research grants platform, its openness criterion is computed automatically, half from
 * the licences and half from the open standards (lib/domain/evaluation/automatic-openness.ts): the
 * panel scores the two quality sub-criteria only. The clauses require six standards (OpenAPI 3.1,
 * CSV, JSON, DCAT-AP 3, EN 301 549, WCAG 2.1), and the demo bids leave the two accessibility ones
 * unanswered. Out of the criterion's 15 points: the cooperative, every component open, 3 met and 1
 * partly met, 15 × (1 + 3.5/6) / 2 = 95/8 ≈ 11.88; the integrator, open-washing, 3 met,
 * 15 × (0 + 3/6) / 2 = 15/4 = 3.75; the low price, 2 of its 3 components open, 1 met and 1 partly
 * met, 15 × (2/3 + 1.5/6) / 2 = 55/8 ≈ 6.88.
 */
export const HERITAGE_FUND_TITLE = "Grants platform for the Cultural Heritage Fund";

/** The research grants platform's sections, with the openness criterion computed automatically. */
const HERITAGE_FUND_SECTIONS: DemoTenderSections = {
  ...GRANTS_PLATFORM_SECTIONS,
  award: GRANTS_PLATFORM_SECTIONS.award && {
    ...GRANTS_PLATFORM_SECTIONS.award,
    criteria: GRANTS_PLATFORM_SECTIONS.award.criteria.map((criterion) =>
      criterion.kind === "OPENNESS"
        ? { ...criterion, automaticOpenness: { licencesPercent: 50, standardsPercent: 50 } }
        : criterion,
    ),
  },
};

export function heritageFundTender(today: IsoDate): DemoTender {
  const timeline = pastDeadlineTimeline(today, 14);
  return {
    ...grantsPlatformTenderParts(timeline, { created: 40, submitted: 14, approved: 7 }),
    title: HERITAGE_FUND_TITLE,
    summary: [
      "The Ministry's Cultural Heritage Fund supports about 600 restoration, digitisation and outreach projects " +
        "a year. Calls, applications, expert reviews, grant agreements and payments are handled today in " +
        "spreadsheets and e-mail. The Ministry is procuring a grants platform for the Fund's whole grant life cycle.",
      "The contract covers the configuration or development of the platform, the migration of the files of " +
        "running grants, training for the Fund's programme officers, hosting in the European Union, and support " +
        "and maintenance for four years. Every screen applicants and staff use must meet EN 301 549 (WCAG 2.1 " +
        "level AA).",
      "Software developed under the contract is licensed to the Ministry under the European Union Public " +
        "Licence 1.2 (EUPL-1.2). Data is exchanged through documented interfaces (OpenAPI) and exported in open " +
        "formats. Tenders are assessed on total cost of ownership over four years with an exit, quality, " +
        "sovereignty and openness.",
    ].join("\n\n"),
    status: "EVALUATION",
    sections: HERITAGE_FUND_SECTIONS,
    bids: grantsPlatformBids(timeline.tenderDeadline!),
    // The next working day after the deadline.
    opening: ministryOpening(nextWorkingDay(addDays(timeline.tenderDeadline!, 1))),
  };
}
