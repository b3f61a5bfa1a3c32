import { describe, expect, it } from "vitest";
import { revisionCompareQuerySchema, revisionHistoryQuerySchema, revisionRestoreQuerySchema } from "./tender-history";

describe("revision addresses", () => {
  it("reads two versions, or a version and the latest", () => {
    expect(revisionCompareQuerySchema.parse({ from: "3", to: "latest" })).toEqual({
      from: 3,
      to: "latest",
      all: false,
    });
    expect(revisionCompareQuerySchema.parse({ from: "0", to: "12", all: "1" })).toEqual({ from: 0, to: 12, all: true });
  });

  it("treats anything unreadable as missing, never as version 0", () => {
    expect(revisionCompareQuerySchema.parse({ from: "", to: "-1", all: "yes" })).toEqual({
      from: undefined,
      to: undefined,
      all: false,
    });
    expect(revisionCompareQuerySchema.parse({ from: ["1", "2"], to: "2.5" })).toEqual({
      from: undefined,
      to: undefined,
      all: false,
    });
    expect(revisionRestoreQuerySchema.parse({ version: "abc" })).toEqual({ version: undefined });
  });

  it("opens the history on its first page unless told otherwise", () => {
    expect(revisionHistoryQuerySchema.parse({})).toEqual({ page: 1 });
    expect(revisionHistoryQuerySchema.parse({ page: "0", restored: "4" })).toEqual({ page: 1, restored: 4 });
    expect(revisionHistoryQuerySchema.parse({ page: "3" })).toEqual({ page: 3 });
  });
});
