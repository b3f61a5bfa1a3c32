import { describe, expect, it } from "vitest";
import type { ProcedureType } from "./tender-enums";
import { minimumRequestsPeriod, minimumTenderPeriod, type TimeLimitOptions } from "./time-limit-rules";

describe("minimum period for tenders (Arts 27–31, e-submission reduction taken)", () => {
  it.each<[ProcedureType, TimeLimitOptions, number | null, string | null]>([
    // Open: 35 − 5 = 30; 15 after a prior information notice or in urgency; Art. 53(1) adds 5 except in urgency.
    ["OPEN", {}, 30, "STANDARD"],
    ["OPEN", { priorInformationNotice: true }, 15, "PRIOR_INFORMATION_NOTICE"],
    ["OPEN", { urgency: true }, 15, "URGENCY"],
    ["OPEN", { documentsNotFreelyAvailable: true }, 35, "STANDARD"],
    ["OPEN", { priorInformationNotice: true, documentsNotFreelyAvailable: true }, 20, "PRIOR_INFORMATION_NOTICE"],
    ["OPEN", { urgency: true, documentsNotFreelyAvailable: true }, 15, "URGENCY"],
    ["OPEN", { priorInformationNotice: true, urgency: true }, 15, "PRIOR_INFORMATION_NOTICE"],
    ["OPEN", { priorInformationNotice: true, urgency: true, documentsNotFreelyAvailable: true }, 15, "URGENCY"],
    // Restricted and competitive negotiation: 30 − 5 = 25 from the invitation; 10 with a notice or urgency.
    ["RESTRICTED", {}, 25, "STANDARD"],
    ["RESTRICTED", { priorInformationNotice: true }, 10, "PRIOR_INFORMATION_NOTICE"],
    ["RESTRICTED", { urgency: true }, 10, "URGENCY"],
    ["RESTRICTED", { documentsNotFreelyAvailable: true }, 30, "STANDARD"],
    ["COMPETITIVE_NEGOTIATION", {}, 25, "STANDARD"],
    ["COMPETITIVE_NEGOTIATION", { urgency: true }, 10, "URGENCY"],
    // No minimum fixed by the Directive.
    ["COMPETITIVE_DIALOGUE", {}, null, null],
    ["INNOVATION_PARTNERSHIP", { urgency: true }, null, null],
    ["NEGOTIATED_WITHOUT_PUBLICATION", {}, null, null],
    ["BELOW_THRESHOLD_NATIONAL", {}, null, null],
  ])("%s with %j: %s days (%s)", (procedure, options, days, basis) => {
    const period = minimumTenderPeriod(procedure, options);
    expect(period?.days ?? null).toBe(days);
    expect(period?.basis ?? null).toBe(basis);
  });

  it("names its legal source, with Art. 53(1) when it added days", () => {
    expect(minimumTenderPeriod("OPEN")?.source).toBe("Directive 2014/24/EU Art. 27(1)–(4)");
    expect(minimumTenderPeriod("OPEN", { documentsNotFreelyAvailable: true })?.source).toBe(
      "Directive 2014/24/EU Art. 27(1)–(4), 53(1)",
    );
    expect(minimumTenderPeriod("OPEN", { urgency: true, documentsNotFreelyAvailable: true })?.source).toBe(
      "Directive 2014/24/EU Art. 27(1)–(4)",
    );
    expect(minimumTenderPeriod("COMPETITIVE_NEGOTIATION")?.source).toBe("Directive 2014/24/EU Art. 29(1), 28(3)–(6)");
  });
});

describe("minimum period for requests to participate", () => {
  it.each<[ProcedureType, TimeLimitOptions, number | null]>([
    ["OPEN", {}, null],
    ["RESTRICTED", {}, 30],
    ["RESTRICTED", { urgency: true }, 15],
    ["RESTRICTED", { priorInformationNotice: true }, 30],
    ["COMPETITIVE_NEGOTIATION", { urgency: true }, 15],
    ["COMPETITIVE_DIALOGUE", {}, 30],
    ["COMPETITIVE_DIALOGUE", { urgency: true }, 30],
    ["INNOVATION_PARTNERSHIP", {}, 30],
    ["NEGOTIATED_WITHOUT_PUBLICATION", {}, null],
  ])("%s with %j: %s days", (procedure, options, days) => {
    expect(minimumRequestsPeriod(procedure, options)?.days ?? null).toBe(days);
  });
});
