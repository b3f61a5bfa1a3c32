import type { SealLevel, SovereigntyObjective } from "../lib/domain/tender/sovereignty";

/**
 * The evaluation of the evaluated demo tender (prisma/demo-evaluated-tender.ts), as the panel
 * recorded it after the opening of the bids: the panel (a chair and three evaluators, each with a signed
 * declaration and no conflict), the evaluators' reviews of claimed sovereignty levels, every
 * evaluator's score with its justification, and the chair's consensus with its rationale. Bids
 * are named by their position in the tender's list (receipt number − 1).
 */
export type DemoEvaluation = {
  /** The procurement lead, who set up the panel. */
  lead: string;
  chair: string;
  /** In the panel's order; each scores every criterion of every bid. */
  evaluators: string[];
  reviews: { bid: number; objective: SovereigntyObjective; level: SealLevel; by: string; justification: string }[];
  scores: {
    bid: number;
    criterionKey: string;
    /** One per evaluator, in the panel's order. */
    given: { score: number; justification: string }[];
    consensus: { score: number; rationale: string };
  }[];
};

export const COOPERATIVE = 0;
export const INTEGRATOR = 1;
export const LOW_PRICE = 2;
export const NORDLICHT = 3;

const E1 = "evaluator@ministry.example";
const E2 = "evaluator2@ministry.example";
const E3 = "evaluator3@ministry.example";

const entry = (
  bid: number,
  criterionKey: string,
  given: [number, string][],
  consensus: [number, string],
): DemoEvaluation["scores"][number] => ({
  bid,
  criterionKey,
  given: given.map(([score, justification]) => ({ score, justification })),
  consensus: { score: consensus[0], rationale: consensus[1] },
});

export const DEMO_EVALUATION: DemoEvaluation = {
  lead: "drafter@ministry.example",
  chair: "chair@ministry.example",
  evaluators: [E1, E2, E3],
  reviews: [
    {
      bid: INTEGRATOR,
      objective: "SOV-2",
      level: 2,
      by: E1,
      justification:
        "The ISO certificate attached names Atlantis Group Holdings Inc., Delaware, as the parent company: the bidder is subject to non-EU law through its owner.",
    },
    {
      bid: INTEGRATOR,
      objective: "SOV-6",
      level: 2,
      by: E2,
      justification:
        "The workflow engine delivered is under BUSL-1.1 and the assistant's model under a restricted licence: the Ministry could not run or hand over the solution freely.",
    },
    {
      bid: COOPERATIVE,
      objective: "SOV-1",
      level: 3,
      by: E1,
      justification: "Confirmed: the register extract attached lists 42 member-owners resident in the EU.",
    },
  ],
  scores: [
    entry(
      COOPERATIVE,
      "functional",
      [
        [
          4,
          "Covers the whole grant life cycle; the applicant portal was shown working. Accessibility audit planned, not yet done.",
        ],
        [4, "Good fit: calls, reviews and payments in one workflow. Reporting for the programmes is basic."],
        [3, "Meets every requirement, but the reviewers' workspace is thin compared with what officers asked for."],
      ],
      [
        4,
        "Two of three found the fit good; the thin reviewer workspace is offset by the two-week sprints with officers.",
      ],
    ),
    entry(
      COOPERATIVE,
      "delivery",
      [
        [4, "Clear sprint plan with officers; migration dry run priced. Exit plan detailed and priced in year 5."],
        [4, "Realistic plan, small team but named people with references from two ministries."],
        [4, "Convincing migration and exit plans; weekly demos to the product owner."],
      ],
      [4, "Unanimous: a realistic plan with a priced exit."],
    ),
    entry(
      COOPERATIVE,
      "openness",
      [
        [
          5,
          "Everything delivered under EUPL-1.2 on code.europa.eu from the first sprint; all dependencies OSI-approved.",
        ],
        [5, "Exemplary: open code, OpenAPI 3.1, CSV and JSON exports."],
        [4, "Fully open; DCAT-AP 3 only in year 2."],
      ],
      [5, "Everything open from day one; the DCAT-AP 3 delay is minor and dated."],
    ),
    entry(
      INTEGRATOR,
      "functional",
      [
        [4, "Rich workflow engine; the assistant summarising applications is useful to officers."],
        [4, "Covers every requirement with mature products."],
        [4, "Strong functionally; the portal is a product with few adaptations."],
      ],
      [4, "Unanimous: functionally strong."],
    ),
    entry(
      INTEGRATOR,
      "delivery",
      [
        [3, "Standard plan; migration priced but no dry run; exit limited to a data export."],
        [3, "24/7 support is a plus, but the exit plan ends with the subscriptions."],
        [2, "Exit is not credible: the FlowGrid subscription ends with the contract and nothing replaces it."],
      ],
      [3, "Acceptable delivery; the weak exit plan is reflected in the openness score rather than twice here."],
    ),
    entry(
      INTEGRATOR,
      "openness",
      [
        [1, "Calls itself open source while the core engine is BUSL-1.1 and the AI model restricted: open-washing."],
        [3, "The portal code is Apache-2.0 and the interfaces are OpenAPI; the core is not open."],
        [2, "Open interfaces, but the delivered core and model are not open; DCAT-AP not met."],
      ],
      [
        2,
        "The panel disagreed (1 to 3). Agreed on 2: open interfaces and portal, but the delivered core and model are not open, which the tender's openness criterion weighs most.",
      ],
    ),
    entry(
      LOW_PRICE,
      "functional",
      [
        [2, "A standard product; many grant steps would be handled outside it."],
        [1, "Reviews and payments are not covered without custom work that is not priced."],
        [2, "Basic portal; accessibility not addressed."],
      ],
      [2, "Major gaps in reviews and payments; accessibility not addressed."],
    ),
    entry(
      LOW_PRICE,
      "delivery",
      [
        [2, "Thin plan, no exit at all."],
        [2, "No exit costs and no migration dry run."],
        [1, "No exit plan, no named team."],
      ],
      [2, "Serious reservations: no exit plan and no named team."],
    ),
    entry(
      LOW_PRICE,
      "openness",
      [
        [1, "Proprietary product under the bidder's own EULA."],
        [1, "Closed product; JSON exports not offered."],
        [1, "Not open; few open standards met."],
      ],
      [1, "Unanimous: a closed product."],
    ),
    entry(
      NORDLICHT,
      "functional",
      [
        [
          5,
          "The best fit: a grants suite already used by four funding agencies, with reviewer workspaces and payment workflows.",
        ],
        [5, "Complete and proven; accessibility audited (report attached)."],
        [4, "Excellent coverage; the German-language origin shows in places but translations are committed."],
      ],
      [5, "The most complete solution, proven at four agencies."],
    ),
    entry(
      NORDLICHT,
      "delivery",
      [
        [4, "Solid plan with a migration dry run; exit priced."],
        [4, "Experienced team; plan realistic."],
        [3, "Good plan; the hosting is outside Belgium, which adds a step at exit."],
      ],
      [4, "A solid, priced plan; the exit step for the hosting is covered in the exit price."],
    ),
    entry(
      NORDLICHT,
      "openness",
      [
        [4, "Open product under AGPL-3.0, adaptations under EUPL-1.2; every standard met."],
        [4, "Open and standards-based."],
        [4, "Open; AGPL is compatible with the Ministry's use."],
      ],
      [4, "Unanimous: open and standards-based."],
    ),
  ],
};
