import { describe, expect, it } from "vitest";
import { checkReceivedAt, formatReceivedAt, parseReceivedAt, receivedAtFromParts } from "./received-at";

describe("parseReceivedAt", () => {
  it.each([
    ["2026-11-20 14:30", "2026-11-20T14:30:00.000Z"],
    ["2026-11-20T14:30", "2026-11-20T14:30:00.000Z"],
    ["2026-11-20T14:30:15", "2026-11-20T14:30:15.000Z"],
    // Written back by an export: the digits are the time of receipt, whatever the zone says.
    ["2026-11-20T14:30:00.000Z", "2026-11-20T14:30:00.000Z"],
    ["2026-11-20T23:30:00+01:00", "2026-11-20T23:30:00.000Z"],
    ["  2026-11-20 00:00  ", "2026-11-20T00:00:00.000Z"],
  ])("%s is %s", (text, iso) => {
    expect(parseReceivedAt(text)?.toISOString()).toBe(iso);
  });

  it.each(["", "2026-11-20", "20/11/2026 14:30", "2026-02-30 10:00", "2026-11-20 24:00", "2026-11-20 12:60"])(
    "%j is not a receipt time",
    (text) => {
      expect(parseReceivedAt(text)).toBeNull();
    },
  );

  it("joins the form's date and time fields", () => {
    expect(receivedAtFromParts("2026-11-20", "09:05")?.toISOString()).toBe("2026-11-20T09:05:00.000Z");
    expect(receivedAtFromParts("2026-11-20", "")).toBeNull();
  });

  it("shows the digits that were entered", () => {
    expect(formatReceivedAt(new Date("2026-11-20T09:05:00.000Z"))).toBe("2026-11-20 09:05");
  });
});

describe("checkReceivedAt", () => {
  const tender = { tenderDeadline: "2026-11-20", publicationDate: "2026-10-01" };

  it.each(["2026-10-01 00:00", "2026-11-19 10:00", "2026-11-20 00:00", "2026-11-20 23:59"])(
    "%s is on time (any time of the deadline day counts)",
    (text) => {
      expect(checkReceivedAt(parseReceivedAt(text)!, tender)).toBeNull();
    },
  );

  it("the first minute of the next day is late", () => {
    expect(checkReceivedAt(parseReceivedAt("2026-11-21 00:00")!, tender)).toEqual({
      code: "bidReception.receivedAfterDeadline",
      values: { received: "2026-11-21", deadline: "2026-11-20" },
    });
  });

  it("a bid received before the notice was published is refused", () => {
    expect(checkReceivedAt(parseReceivedAt("2026-09-30 23:59")!, tender)).toEqual({
      code: "bidReception.receivedBeforePublication",
      values: { received: "2026-09-30", publication: "2026-10-01" },
    });
  });

  it("without dates on record nothing is late", () => {
    const noDates = { tenderDeadline: null, publicationDate: null };
    expect(checkReceivedAt(parseReceivedAt("2030-01-01 00:00")!, noDates)).toBeNull();
  });
});
