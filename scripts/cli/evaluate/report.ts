import { createTranslator } from "use-intl/core";
import type { BidView, EvaluationView, Figure, LotView } from "../../../lib/domain/evaluation/evaluation-view";
import en from "../../../lib/i18n/messages/en.json";
import type { EvaluationFile } from "../../../lib/schemas/evaluation-file";

/**
 * The report of `tender-commons evaluate`, from the same plain view the app's pages use: the
 * method, the criteria with their share of the total, then per lot the ranking, the excluded bids
 * and why, the disagreements among evaluators, the sensitivity to the weights with its statement
 * in words, the tornado figures and the rank-reversal check. `--json` prints that view itself.
 */

export const MAX_LISTED_DISAGREEMENTS = 50;
export const JSON_REPORT_FORMAT = "tender-commons/evaluation-result";

type ReportInput = { file: string; header: Pick<EvaluationFile, "tender" | "exportedAt">; view: EvaluationView };

export function jsonReport({ file, header, view }: ReportInput): string {
  return JSON.stringify({ format: JSON_REPORT_FORMAT, file, tender: header.tender, evaluation: view }, null, 2) + "\n";
}

const t = createTranslator({ locale: "en", messages: en });
const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;

/** 1234567.5 cents → "12,345.68". */
function euros(figure: Figure): string {
  const cents = BigInt(figure.shown);
  const negative = cents < 0n;
  const absolute = negative ? -cents : cents;
  const whole = (absolute / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${negative ? "-" : ""}${whole}.${(absolute % 100n).toString().padStart(2, "0")}`;
}

function table(rows: string[][], rightAligned: number[] = []): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length)));
  return rows.map((row) =>
    row
      .map((cell, column) =>
        rightAligned.includes(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!),
      )
      .join("  ")
      .trimEnd(),
  );
}

const PLACED_BY = {
  FIRST: "",
  TOTAL: "total",
  QUALITY_POINTS: "quality points",
  TCO: "TCO",
  UNRESOLVED: "TIE, unresolved",
};

const FORMULA_WORDS: Record<string, string> = {
  F1: "F1, lowest price ratio",
  F2: "F2, linear between the lowest and the highest",
  F5: "F5, against the reference price",
  F8: "F8, price per quality point (the lowest wins)",
};

export function humanReport({ file, header, view }: ReportInput): string {
  const { method } = view;
  const title = [header.tender.reference, header.tender.title ? `"${header.tender.title}"` : ""]
    .filter(Boolean)
    .join(" ");
  const lines = [
    `Evaluation${title ? ` of ${title}` : ""} (${file}), method version ${method.version}.`,
    method.costFormula
      ? `Cost: ${FORMULA_WORDS[method.costFormula]} (${method.costFormulaExpression}), on the discounted total cost of ownership: the bidder's prices and the authority's internal costs together, at ${method.discountRatePercent} % over ${method.tcoHorizonYears} contract years.`
      : `No cost criterion; costs (at ${method.discountRatePercent} % over ${method.tcoHorizonYears} contract years) only break ties.`,
    `Quality: scored 0–${method.scaleMax}; the final score is ${method.scoreAggregation === "CONSENSUS" ? "the panel's consensus, recorded by the chair" : "the mean of the evaluators' scores"}; a spread of ${method.disagreementThresholdPercent} % of the scale or more is a disagreement.`,
    ...(method.minimumQualityPoints
      ? [`Quality threshold: at least ${method.minimumQualityPoints.shown} quality points (every criterion but cost).`]
      : []),
    `Ties: the higher total (compared unrounded), then the higher quality points, then the lower TCO; otherwise reported, never broken by the tool.`,
    "",
    "Criteria (points out of 100)",
    ...table(
      view.criteria.map((criterion) => [
        `${criterion.parentKey ? "  " : ""}${criterion.name}`,
        criterion.kind,
        criterion.scoring === "COST_FORMULA"
          ? `formula ${method.costFormula}`
          : criterion.scoring.toLowerCase().replace("_", "-"),
        criterion.share.shown,
        criterion.minimumScore === null ? "" : `minimum score ${criterion.minimumScore}`,
      ]),
      [3],
    ).map((line) => `  ${line}`),
  ];
  for (const lot of view.lots) lines.push("", ...lotReport(lot, view));
  return lines.join("\n") + "\n";
}

function lotReport(lot: LotView, view: EvaluationView): string[] {
  const byId = new Map(lot.bids.map((bid) => [bid.bidId, bid]));
  const name = (bidId: string) => byId.get(bidId)?.label ?? bidId;
  const out = [lot.lotKey ? `Lot ${lot.lotKey}${lot.lotTitle ? `: ${lot.lotTitle}` : ""}` : "All bids"];
  const f8 = view.method.costFormula === "F8";
  const header = [
    "Rank",
    "Bid",
    f8 ? "EUR per point" : "Total",
    "Quality",
    f8 ? "" : "Cost",
    "Discounted TCO (EUR)",
    "Decided by",
  ];
  const rows = lot.ranking.map((entry) => {
    const bid = byId.get(entry.bidId)!;
    return [
      String(entry.rank),
      `${bid.receiptNumber}. ${bid.label}`,
      f8
        ? entry.pricePerQualityPoint
          ? euros(entry.pricePerQualityPoint)
          : "no quality points"
        : entry.totalPoints!.shown,
      entry.qualityPoints.shown,
      f8 ? "" : (entry.costPoints?.shown ?? ""),
      euros(entry.tco),
      PLACED_BY[entry.placedBy],
    ];
  });
  out.push(...table([header, ...rows], [0, 2, 3, 4, 5]).map((line) => `  ${line}`));
  out.push(`Outcome: ${outcomeText(lot, name)}`);
  const excluded = lot.bids.filter((bid) => !bid.admissible);
  if (excluded.length > 0) {
    out.push("", "Excluded before price was scored");
    for (const bid of excluded)
      out.push(`  ${bid.receiptNumber}. ${bid.label}: ${bid.gateFailures.map(gateText).join("; ")}`);
  }
  const flagged = lot.bids.filter((bid) => bid.sovereigntyFlagged);
  for (const bid of flagged)
    out.push(`  Flagged: ${bid.label} is below a sovereignty minimum; the tender only flags it.`);
  out.push(...automaticOpennessReport(lot, view));
  out.push("", ...disagreements(lot, view), "", ...sensitivityReport(lot, view, name), ...reversalReport(lot, name));
  return out;
}

/** Each openness criterion the tender computes automatically: every bid's inputs, score and points. */
function automaticOpennessReport(lot: LotView, view: EvaluationView): string[] {
  return view.criteria
    .filter((criterion) => criterion.automaticOpenness !== null)
    .flatMap((criterion) => {
      const mix = criterion.automaticOpenness!;
      const rows = lot.bids.flatMap((bid) => {
        const figures = bid.automaticOpenness.find((entry) => entry.criterionKey === criterion.key);
        if (!figures) return [];
        const licences =
          figures.licenceBasis === "COMPONENTS"
            ? `${figures.freeComponents} of ${figures.components} = ${figures.licenceSharePercent.shown} %`
            : figures.licenceBasis === "OPEN_WASHING"
              ? "0 % (open-washing)"
              : "0 % (no component)";
        const standards =
          figures.standards && figures.standardsSharePercent
            ? `${figures.standards.met} + ${figures.standards.partlyMet}/2 of ${figures.standards.required} = ${figures.standardsSharePercent.shown} %`
            : "none required";
        return [
          [
            `${bid.receiptNumber}. ${bid.label}`,
            licences,
            standards,
            `${figures.scorePercent.shown} %`,
            figures.points.shown,
          ],
        ];
      });
      return [
        "",
        `Openness computed automatically: "${criterion.name}", worth ${criterion.share.shown} points (licences ${mix.licencesPercent} %, open standards ${mix.standardsPercent} %)`,
        "  Licences: components under an open source or free licence, 0 for a bid that lists none or is found open-washing.",
        "  Open standards: required items met, plus half of those partly met. Without required standards the licences count alone.",
        ...table([["Bid", "Licences", "Open standards", "Score", "Points"], ...rows], [3, 4]).map(
          (line) => `  ${line}`,
        ),
      ];
    });
}

function outcomeText(lot: LotView, name: (id: string) => string): string {
  const outcome = lot.outcome;
  if (outcome.kind === "NO_ADMISSIBLE_BID") return "no admissible bid.";
  if (outcome.kind === "UNRESOLVED_TIE") {
    return `unresolved tie between ${outcome.bidIds.map(name).join(" and ")}: equal totals, quality points and TCO. The tie must be decided and documented (for example by drawing lots).`;
  }
  const how = {
    TOTAL: "on the total",
    QUALITY_POINTS: "on quality points (equal totals)",
    TCO: "on the lower TCO (equal totals and quality)",
  };
  return `${name(outcome.bidId)} ranks first${outcome.decidedBy ? `, ${how[outcome.decidedBy]}` : " (the only admissible bid)"}.`;
}

function gateText(failure: BidView["gateFailures"][number]): string {
  switch (failure.gate) {
    case "EXCLUDED_BY_AUTHORITY":
      return `excluded by the authority (${failure.reason})`;
    case "SOVEREIGNTY_MINIMUM":
      return `below the minimum sovereignty level on ${failure.objectives.join(", ")}`;
    case "CRITERION_MINIMUM":
      return `scored ${failure.score.shown} on "${failure.criterionKey}", below the minimum of ${failure.minimum}`;
    case "QUALITY_POINTS_MINIMUM":
      return `${failure.qualityPoints.shown} quality points, below the minimum of ${failure.minimum.shown}`;
  }
}

function disagreements(lot: LotView, view: EvaluationView): string[] {
  const names = new Map(view.criteria.map((criterion) => [criterion.key, criterion.name]));
  const found = lot.bids.flatMap((bid) =>
    bid.scores
      .filter((score) => score.disagreement)
      .map(
        (score) =>
          `  ${bid.label}, ${names.get(score.criterionKey)}: scores ${score.evaluations.map((e) => e.score).join(", ")} (spread ${score.spread}); final ${score.final.shown}`,
      ),
  );
  const head = `Disagreements (a spread of ${view.method.disagreementThresholdPercent} % of the scale or more): ${found.length === 0 ? "none" : found.length}`;
  const more =
    found.length > MAX_LISTED_DISAGREEMENTS
      ? [`  … and ${found.length - MAX_LISTED_DISAGREEMENTS} more (see --json)`]
      : [];
  return [head, ...found.slice(0, MAX_LISTED_DISAGREEMENTS), ...more];
}

function sensitivityReport(lot: LotView, view: EvaluationView, name: (id: string) => string): string[] {
  const { sensitivity } = lot;
  const names = new Map(view.criteria.map((criterion) => [criterion.key, criterion.name]));
  const out = ["Sensitivity: each top-level weight moved alone, the others rescaled to keep 100"];
  const change = (entry: (typeof sensitivity.criteria)[number]["increase"], sign: string, none: string) =>
    entry
      ? `${sign}${entry.changePp.shown} pp (${entry.weight.shown} %): ${name(entry.challengerId)} draws level`
      : none;
  const rows = sensitivity.criteria.map((criterion) => [
    names.get(criterion.criterionKey) ?? criterion.criterionKey,
    String(criterion.weight),
    criterion.applicable ? change(criterion.decrease, "-", "no change down to 0 %") : "not applicable",
    criterion.applicable ? change(criterion.increase, "+", "no change up to 100 %") : "",
  ]);
  if (sensitivity.robustness.code !== "NO_WINNER" && sensitivity.robustness.code !== "SINGLE_BID") {
    out.push(...table([["Criterion", "Weight", "Lowering it", "Raising it"], ...rows], [1]).map((line) => `  ${line}`));
  }
  out.push(translate(sensitivity.statement.code, sensitivity.statement.values as Record<string, string>));
  if (sensitivity.tornado.length > 0) {
    const unit = sensitivity.marginUnit === "POINTS" ? "points" : "EUR per quality point";
    const figure = (margin: Figure | null) =>
      margin === null ? "n/a" : unit === "points" ? margin.shown : euros(margin);
    out.push(
      `Tornado: the winner's lead in ${unit} (now ${figure(sensitivity.baseMargin)}) at each weight ${view.method.tornadoStepPp} pp lower and higher`,
    );
    const bars = sensitivity.tornado.map((bar) => [
      names.get(bar.criterionKey) ?? bar.criterionKey,
      `${bar.low.weight.shown} %: ${figure(bar.low.margin)}`,
      `${bar.high.weight.shown} %: ${figure(bar.high.margin)}`,
    ]);
    out.push(...table(bars).map((line) => `  ${line}`));
  }
  return out;
}

function reversalReport(lot: LotView, name: (id: string) => string): string[] {
  const check = lot.rankReversal;
  if (!check) return [];
  const out = ["", `Rank reversal (${check.formula} is relative): the ranking recomputed without each bid in turn`];
  for (const removal of check.removals) {
    const flips = removal.flips.map((flip) => `${name(flip.after)} now before ${name(flip.before)}`);
    const what = !removal.recomputed
      ? `${check.formula === "F1" ? "the lowest price stays" : "the lowest and highest prices stay"} the same: nothing changes`
      : flips.length === 0
        ? "no pair changes order"
        : flips.join("; ");
    const winner = removal.winnerChanged ? ` (the winner becomes ${name(removal.winnerAfter!)})` : "";
    out.push(`  Without ${name(removal.removedBidId)}: ${what}${winner}`);
  }
  return out;
}
