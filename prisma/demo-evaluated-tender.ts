import type { IsoDate } from "../lib/domain/tender/calendar-date";
import { grantsPlatformBids } from "./demo-bids";
import { NORDLICHT_BID } from "./demo-evaluation-bid";
import { DEMO_EVALUATION } from "./demo-evaluation";
import { grantsPlatformTenderParts } from "./demo-grants-tender";
import { ministryOpening } from "./demo-tender-parts";
import { pastDeadlineTimeline } from "./demo-timelines";
import type { DemoTender } from "./demo-tenders";

/**
 * The Ministry's evaluated demo tender: a grants platform for its regional development fund,
 * whose bids were opened about four weeks before `today` and evaluated since: the panel signed
 * its declarations, every evaluator scored and submitted, the chair recorded the consensus
 * (prisma/demo-evaluation.ts). It waits in EVALUATION for the award decision, so the ranking, the
 * sensitivity and the award report can be read at once, and the award recorded.
 *
 * Its four bids: the three of the research grants platform (prisma/demo-bids.ts: an open
 * cooperative, an integrator whose "open source" core is not open, a low price without any exit
 * cost, which the sovereignty gate excludes) and a German SME's richer, dearer open source suite.
 */
export const EVALUATED_TENDER_TITLE = "Grants platform for the regional development fund";

/** Days between the bids' deadline and the day the demo data is loaded. */
const DAYS_SINCE_DEADLINE = 30;

export function evaluatedGrantsTender(today: IsoDate): DemoTender {
  const timeline = pastDeadlineTimeline(today, DAYS_SINCE_DEADLINE);
  const deadline = timeline.tenderDeadline!;
  return {
    ...grantsPlatformTenderParts(timeline, { created: 40, submitted: 14, approved: 7 }),
    title: EVALUATED_TENDER_TITLE,
    summary: [
      "The Ministry's regional development fund finances about 600 projects a year in three programmes. The " +
        "Ministry is procuring a grants management platform for the fund, on the model of its research " +
        "grants platform: calls, applications, reviews, grant agreements and payments in one place.",
      "The contract covers the configuration or development of the platform, the migration of running grants, " +
        "training, hosting in the European Union, and support for four years, with an exit plan. Software " +
        "developed under the contract is licensed under EUPL-1.2. Tenders are assessed on total cost of " +
        "ownership, quality, sovereignty and openness.",
    ].join("\n\n"),
    status: "EVALUATION",
    additionalCpvs: ["72263000", "72267000"], // Without 80533100, computer training services
    estimatedValueCents: 150_000_000n, // EUR 1,500,000
    bids: [
      ...grantsPlatformBids(deadline),
      { content: NORDLICHT_BID, receivedAt: `${deadline}T15:30:00.000Z`, attachments: [] },
    ],
    opening: ministryOpening(timeline.openingDate!),
    evaluation: DEMO_EVALUATION,
  };
}
