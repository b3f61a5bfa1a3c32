import type { Problem } from "@/lib/domain/tender/problem";
import type { BidContent } from "./bid-model";
import { linesOutsideCostPeriod } from "./cost-years";

/**
 * What a bid is checked against beyond its own shape (lib/schemas/bid.ts checks each value alone):
 * the tender's TCO horizon, its lots and the open standards it requires.
 */
export type BidTenderContext = {
  /** Contract years N of the tender's award settings; null when the tender has none yet. */
  tcoHorizonYears: number | null;
  /** Keys of the tender's lots (LOT-1…); empty when the tender is not divided into lots. */
  lotKeys: readonly string[];
  /** Ids of the open standards the tender requires (requiredStandards of lib/domain/clauses). */
  requiredStandardIds: readonly string[];
};

export type BidCheckCode =
  | "bid.yearOutsideHorizon"
  | "bid.lotRequired"
  | "bid.lotUnknown"
  | "bid.lotNotExpected"
  | "bid.standardNotRequired"
  | "bid.standardAnsweredTwice"
  | "bid.standardUnanswered";

/**
 * The problems of a bid that depend on its tender, with paths in zod's naming for the bid's
 * content (`costLines.3.year`, `standardAnswers.1.standardId`), so a form puts each message next to
 * its field and an import prefixes the row. Errors make the bid unacceptable as entered; the
 * warning (a required standard left unanswered) does not block: the assessment counts it as not
 * answered.
 */
export function checkBidAgainstTender(content: BidContent, tender: BidTenderContext): Problem<BidCheckCode>[] {
  return [...checkYears(content, tender), ...checkLot(content, tender), ...checkStandardAnswers(content, tender)];
}

function checkYears(content: BidContent, tender: BidTenderContext): Problem<BidCheckCode>[] {
  const horizon = tender.tcoHorizonYears;
  if (horizon === null) return [];
  return linesOutsideCostPeriod(content.costLines, horizon).map(({ index, year, lastYear }) => ({
    code: "bid.yearOutsideHorizon" as const,
    severity: "error" as const,
    path: `costLines.${index}.year`,
    values: { year, maxYear: lastYear, horizon },
  }));
}

function checkLot(content: BidContent, tender: BidTenderContext): Problem<BidCheckCode>[] {
  const lotKey = content.lotKey;
  if (tender.lotKeys.length === 0) {
    return lotKey === null
      ? []
      : [{ code: "bid.lotNotExpected", severity: "error", path: "lotKey", values: { lot: lotKey } }];
  }
  if (lotKey === null) return [{ code: "bid.lotRequired", severity: "error", path: "lotKey" }];
  if (!tender.lotKeys.includes(lotKey)) {
    return [
      {
        code: "bid.lotUnknown",
        severity: "error",
        path: "lotKey",
        values: { lot: lotKey, lots: tender.lotKeys.join(", ") },
      },
    ];
  }
  return [];
}

function checkStandardAnswers(content: BidContent, tender: BidTenderContext): Problem<BidCheckCode>[] {
  const problems: Problem<BidCheckCode>[] = [];
  const required = new Set(tender.requiredStandardIds);
  const answered = new Set<string>();
  content.standardAnswers.forEach((answer, index) => {
    const path = `standardAnswers.${index}.standardId`;
    const values = { standard: answer.standardId };
    if (!required.has(answer.standardId)) {
      problems.push({ code: "bid.standardNotRequired", severity: "error", path, values });
    } else if (answered.has(answer.standardId)) {
      problems.push({ code: "bid.standardAnsweredTwice", severity: "error", path, values });
    }
    answered.add(answer.standardId);
  });
  for (const standardId of tender.requiredStandardIds) {
    if (!answered.has(standardId)) {
      problems.push({
        code: "bid.standardUnanswered",
        severity: "warning",
        path: "standardAnswers",
        values: { standard: standardId },
      });
    }
  }
  return problems;
}
