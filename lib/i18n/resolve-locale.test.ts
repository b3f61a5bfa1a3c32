import { describe, expect, it } from "vitest";
import { resolveLocale } from "./resolve-locale";

describe("resolveLocale", () => {
  it.each<[string | undefined, string | null, string]>([
    ["fr", "de-DE,de;q=0.9", "fr"],
    [undefined, "de-DE,de;q=0.9,en;q=0.8", "de"],
    [undefined, "es-ES,fr;q=0.5,de;q=0.7", "de"],
    [undefined, "nl-BE, fr-BE;q=0.8", "fr"],
    [undefined, "es, it;q=0.9", "en"],
    [undefined, null, "en"],
    ["xx", "fr;q=0", "en"],
    ["xx", "en-GB,fr", "en"],
  ])("cookie %s, header %s → %s", (cookie, header, expected) => {
    expect(resolveLocale(cookie, header)).toBe(expected);
  });
});
