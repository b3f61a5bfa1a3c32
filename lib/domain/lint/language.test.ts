import { describe, expect, it } from "vitest";
import { detectLanguage, isLintLanguage } from "./language";

describe("detectLanguage", () => {
  it("tells English, French and German apart by their short words", () => {
    expect(detectLanguage("The solution must be delivered with the source code.")).toBe("en");
    expect(detectLanguage("La solution doit être livrée avec le code source et la documentation.")).toBe("fr");
    expect(detectLanguage("Die Lösung muss mit dem Quellcode und der Dokumentation geliefert werden.")).toBe("de");
  });

  it("falls back to English when nothing tells", () => {
    expect(detectLanguage("")).toBe("en");
    expect(detectLanguage("SharePoint, Oracle, SAP")).toBe("en");
  });

  it("accepts only the three languages", () => {
    expect(isLintLanguage("fr")).toBe(true);
    expect(isLintLanguage("nl")).toBe(false);
    expect(isLintLanguage(null)).toBe(false);
  });
});
