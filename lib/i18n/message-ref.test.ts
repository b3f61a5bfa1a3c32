import { describe, expect, it } from "vitest";
import { messageRef, parseMessageRef } from "./message-ref";

describe("message references", () => {
  it("round-trips a key with values", () => {
    expect(messageRef("validation.tooLong", { max: 254 })).toBe('validation.tooLong?{"max":254}');
    expect(parseMessageRef('validation.tooLong?{"max":254}')).toEqual({
      key: "validation.tooLong",
      values: { max: 254 },
    });
  });

  it("reads a plain key", () => {
    expect(parseMessageRef("validation.required")).toEqual({ key: "validation.required", values: undefined });
  });

  it("ignores values it cannot read", () => {
    expect(parseMessageRef("validation.tooLong?{broken")).toEqual({ key: "validation.tooLong", values: undefined });
  });
});
