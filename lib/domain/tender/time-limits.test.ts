import { describe, expect, it } from "vitest";
import type { ProcedureType } from "./tender-enums";
import { checkTimeline, type TimelineInput } from "./time-limits";

// 2 March 2026 is a Monday; 30 days later is Wednesday 1 April.
const open: TimelineInput = {
  procedure: "OPEN",
  isAboveThreshold: true,
  publicationDate: "2026-03-02",
  clarificationDeadline: "2026-03-20",
  tenderDeadline: "2026-04-10",
  openingDate: "2026-04-10",
};
const problems = (input: Partial<TimelineInput>) => checkTimeline({ ...open, ...input });
const codes = (input: Partial<TimelineInput>) => problems(input).map((problem) => problem.code);

describe("checkTimeline: open procedure above the threshold", () => {
  it("accepts a sound timetable", () => {
    expect(problems({})).toEqual([]);
  });

  it.each([
    ["2026-03-31", [{ minimumDays: 30, actualDays: 29, earliestDate: "2026-04-01" }]],
    ["2026-04-01", []],
    ["2026-04-02", []],
  ])("tender deadline %s", (tenderDeadline, values) => {
    const found = problems({ tenderDeadline, clarificationDeadline: "2026-03-20", openingDate: "2026-04-20" });
    expect(found).toEqual(
      values.map((v) => ({
        code: "timeline.tenderDeadlineTooSoon",
        severity: "error",
        path: "tenderDeadline",
        values: v,
      })),
    );
  });

  // Thursday 5 March + 30 days = Saturday 4 April: the period runs to Monday 6 April (Reg. 1182/71 Art. 3(4)).
  it.each<[string, string[], { actualDays: number; earliestDate: string } | null]>([
    ["2026-04-04", [], { actualDays: 30, earliestDate: "2026-04-06" }],
    ["2026-04-06", [], null],
    ["2026-04-06", ["2026-04-06"], { actualDays: 32, earliestDate: "2026-04-07" }],
    ["2026-04-07", ["2026-04-06"], null],
  ])(
    "a minimum period ending on a weekend or holiday: deadline %s, holidays %j",
    (tenderDeadline, holidays, values) => {
      const found = problems({
        publicationDate: "2026-03-05",
        tenderDeadline,
        openingDate: tenderDeadline,
        publicHolidays: holidays,
      });
      expect(found).toEqual(
        values
          ? [
              {
                code: "timeline.tenderDeadlineTooSoon",
                severity: "error",
                path: "tenderDeadline",
                values: { minimumDays: 30, ...values },
              },
            ]
          : [],
      );
    },
  );

  it.each([
    // Answers at the latest 6 days before the deadline of Friday 10 April (Art. 47(3)(a), 53(2)).
    ["2026-04-03", {}, []],
    ["2026-04-04", {}, []],
    ["2026-04-05", {}, [{ minimumDays: 6, actualDays: 5 }]],
    // In urgency, 4 days.
    ["2026-04-06", { urgency: true }, []],
    ["2026-04-07", { urgency: true }, [{ minimumDays: 4, actualDays: 3 }]],
  ])("clarification deadline %s with %j", (clarificationDeadline, options, values) => {
    expect(problems({ clarificationDeadline, options })).toEqual(
      values.map((v) => ({
        code: "timeline.clarificationTooLate",
        severity: "error",
        path: "clarificationDeadline",
        values: v,
      })),
    );
  });

  it.each<[Partial<TimelineInput>, string[]]>([
    [{ clarificationDeadline: "2026-04-10" }, ["timeline.clarificationNotBeforeTenderDeadline"]],
    [{ clarificationDeadline: "2026-04-11" }, ["timeline.clarificationNotBeforeTenderDeadline"]],
    [{ clarificationDeadline: "2026-03-02" }, ["timeline.outOfOrder"]],
    [{ clarificationDeadline: "2026-03-03" }, []],
    [{ openingDate: "2026-04-09" }, ["timeline.openingBeforeTenderDeadline"]],
    [{ openingDate: "2026-04-10" }, []],
    [{ openingDate: "2026-04-11" }, []],
  ])("ordering %j", (input, expected) => {
    expect(codes(input)).toEqual(expected);
  });

  it("reports a deadline before publication as out of order, not as too soon", () => {
    expect(problems({ tenderDeadline: "2026-03-01", clarificationDeadline: null, openingDate: null })).toEqual([
      { code: "timeline.dateMissing", severity: "incomplete", path: "clarificationDeadline" },
      { code: "timeline.dateMissing", severity: "incomplete", path: "openingDate" },
      {
        code: "timeline.outOfOrder",
        severity: "error",
        path: "tenderDeadline",
        values: { earlier: "publicationDate", later: "tenderDeadline" },
      },
    ]);
  });

  it("applies a prior information notice only within 35 days to 12 months before the notice", () => {
    const withNotice = (sentOn: string | null, tenderDeadline = "2026-03-17") =>
      checkTimeline({
        ...open,
        clarificationDeadline: "2026-03-10",
        tenderDeadline,
        openingDate: tenderDeadline,
        options: { priorInformationNotice: true, priorInformationNoticeSentOn: sentOn },
      });
    // 15 days from Monday 2 March is Tuesday 17 March.
    expect(withNotice("2026-01-26")).toEqual([]);
    expect(withNotice("2025-03-02")).toEqual([]);
    expect(withNotice("2026-01-26", "2026-03-16")).toEqual([
      {
        code: "timeline.tenderDeadlineTooSoon",
        severity: "error",
        path: "tenderDeadline",
        values: { minimumDays: 15, actualDays: 14, earliestDate: "2026-03-17" },
      },
    ]);
    expect(withNotice("2026-01-27")).toEqual([
      {
        code: "timeline.priorInformationNoticeOutsideWindow",
        severity: "error",
        path: "publicationDate",
        values: { earliestDate: "2026-03-03", latestDate: "2027-01-27" },
      },
    ]);
    expect(withNotice("2025-03-01")).toEqual([
      {
        code: "timeline.priorInformationNoticeOutsideWindow",
        severity: "error",
        path: "publicationDate",
        values: { earliestDate: "2025-04-05", latestDate: "2026-03-01" },
      },
    ]);
    expect(withNotice(null)).toEqual([
      { code: "timeline.dateMissing", severity: "incomplete", path: "priorInformationNoticeSentOn" },
    ]);
    expect(withNotice("1 March")).toEqual([
      { code: "timeline.invalidDate", severity: "error", path: "priorInformationNoticeSentOn" },
    ]);
  });
});

describe("checkTimeline: missing and invalid dates", () => {
  const blank = { publicationDate: null, clarificationDeadline: null, tenderDeadline: null, openingDate: null };
  const missing = (procedure: ProcedureType) =>
    checkTimeline({ ...open, ...blank, procedure }).map((problem) => `${problem.severity}:${problem.path}`);

  it.each<[ProcedureType, string[]]>([
    ["OPEN", ["publicationDate", "clarificationDeadline", "tenderDeadline", "openingDate"]],
    [
      "RESTRICTED",
      [
        "publicationDate",
        "requestsDeadline",
        "invitationDate",
        "clarificationDeadline",
        "tenderDeadline",
        "openingDate",
      ],
    ],
    [
      "COMPETITIVE_DIALOGUE",
      [
        "publicationDate",
        "requestsDeadline",
        "invitationDate",
        "clarificationDeadline",
        "tenderDeadline",
        "openingDate",
      ],
    ],
    ["NEGOTIATED_WITHOUT_PUBLICATION", ["clarificationDeadline", "tenderDeadline", "openingDate"]],
    ["BELOW_THRESHOLD_NATIONAL", ["publicationDate", "clarificationDeadline", "tenderDeadline", "openingDate"]],
  ])("%s asks for %j", (procedure, fields) => {
    expect(missing(procedure)).toEqual(fields.map((field) => `incomplete:${field}`));
  });

  it("treats an empty string as missing and a non-date as an error", () => {
    expect(problems({ publicationDate: "", tenderDeadline: "2026-02-30", openingDate: "2026-04-31" })).toEqual([
      { code: "timeline.dateMissing", severity: "incomplete", path: "publicationDate" },
      { code: "timeline.invalidDate", severity: "error", path: "tenderDeadline" },
      { code: "timeline.invalidDate", severity: "error", path: "openingDate" },
    ]);
  });
});

describe("checkTimeline: two-stage procedures", () => {
  // Requests: 30 days from Monday 2 March = Wednesday 1 April. Tenders: 25 days from Thursday 9 April = Monday 4 May.
  const restricted: TimelineInput = {
    procedure: "RESTRICTED",
    isAboveThreshold: true,
    publicationDate: "2026-03-02",
    requestsDeadline: "2026-04-01",
    invitationDate: "2026-04-09",
    clarificationDeadline: "2026-04-20",
    tenderDeadline: "2026-05-04",
    openingDate: "2026-05-04",
  };
  const check = (input: Partial<TimelineInput>) => checkTimeline({ ...restricted, ...input });

  it("accepts a sound timetable", () => {
    expect(check({})).toEqual([]);
  });

  it.each([
    ["2026-03-31", [{ minimumDays: 30, actualDays: 29, earliestDate: "2026-04-01" }]],
    ["2026-04-01", []],
    ["2026-04-02", []],
  ])("requests deadline %s", (requestsDeadline, values) => {
    expect(check({ requestsDeadline })).toEqual(
      values.map((v) => ({
        code: "timeline.requestsDeadlineTooSoon",
        severity: "error",
        path: "requestsDeadline",
        values: v,
      })),
    );
  });

  it("counts the urgency limit of 15 days for requests", () => {
    // 15 days from Monday 2 March = Tuesday 17 March.
    expect(check({ requestsDeadline: "2026-03-17", options: { urgency: true } })).toEqual([]);
    expect(check({ requestsDeadline: "2026-03-16", options: { urgency: true } }).map((p) => p.values)).toEqual([
      { minimumDays: 15, actualDays: 14, earliestDate: "2026-03-17" },
    ]);
  });

  it.each([
    ["2026-05-03", [{ minimumDays: 25, actualDays: 24, earliestDate: "2026-05-04" }]],
    ["2026-05-04", []],
    ["2026-05-05", []],
  ])("tender deadline %s counts from the invitation", (tenderDeadline, values) => {
    expect(check({ tenderDeadline, openingDate: "2026-05-05" })).toEqual(
      values.map((v) => ({
        code: "timeline.tenderDeadlineTooSoon",
        severity: "error",
        path: "tenderDeadline",
        values: v,
      })),
    );
  });

  it.each<[Partial<TimelineInput>, { earlier: string; later: string }[]]>([
    [{ invitationDate: "2026-04-01" }, []], // invitations may go out the day requests close
    [{ invitationDate: "2026-03-31" }, [{ earlier: "requestsDeadline", later: "invitationDate" }]],
    [{ requestsDeadline: "2026-03-02" }, [{ earlier: "publicationDate", later: "requestsDeadline" }]],
  ])("ordering %j", (input, values) => {
    expect(
      check(input)
        .filter((p) => p.code === "timeline.outOfOrder")
        .map((p) => p.values),
    ).toEqual(values);
  });

  it("has no tender minimum in a competitive dialogue, but still checks requests", () => {
    // Tenders only 6 days after the invitation: lawful, since Art. 30 fixes no tender minimum.
    const dialogue = { procedure: "COMPETITIVE_DIALOGUE" as const, clarificationDeadline: "2026-04-09" };
    expect(check({ ...dialogue, tenderDeadline: "2026-04-15", openingDate: "2026-04-15" })).toEqual([]);
    expect(check({ procedure: "COMPETITIVE_DIALOGUE", requestsDeadline: "2026-03-31" }).map((p) => p.code)).toEqual([
      "timeline.requestsDeadlineTooSoon",
    ]);
  });
});

describe("checkTimeline: below the threshold", () => {
  it.each<[ProcedureType, boolean]>([
    ["OPEN", false],
    ["BELOW_THRESHOLD_NATIONAL", false],
    // A national procedure wrongly marked above the threshold still gets no EU minimum (procedures.ts flags it).
    ["BELOW_THRESHOLD_NATIONAL", true],
  ])("%s (above: %s) has no EU minimum and no 6-day rule, only ordering", (procedure, isAboveThreshold) => {
    const base = { procedure, isAboveThreshold, publicationDate: "2026-03-02", openingDate: "2026-03-12" };
    expect(checkTimeline({ ...base, clarificationDeadline: "2026-03-11", tenderDeadline: "2026-03-12" })).toEqual([]);
    expect(
      checkTimeline({ ...base, clarificationDeadline: "2026-03-12", tenderDeadline: "2026-03-02" }).map((p) => p.code),
    ).toEqual(["timeline.outOfOrder", "timeline.clarificationNotBeforeTenderDeadline"]);
  });
});

describe("checkTimeline: negotiated procedure without publication", () => {
  it("has no minimum and counts from the invitation when one is given", () => {
    const base: TimelineInput = {
      procedure: "NEGOTIATED_WITHOUT_PUBLICATION",
      isAboveThreshold: true,
      publicationDate: null,
      clarificationDeadline: "2026-03-04",
      tenderDeadline: "2026-03-10",
      openingDate: "2026-03-10",
    };
    expect(checkTimeline(base)).toEqual([]);
    expect(checkTimeline({ ...base, invitationDate: "2026-03-02" })).toEqual([]);
    expect(checkTimeline({ ...base, invitationDate: "2026-03-04" }).map((p) => p.values)).toEqual([
      { earlier: "invitationDate", later: "clarificationDeadline" },
    ]);
  });
});
