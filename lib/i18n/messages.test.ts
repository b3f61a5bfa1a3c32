import { describe, expect, it } from "vitest";
import de from "./messages/de.json";
import en from "./messages/en.json";
import fr from "./messages/fr.json";

function leafKeys(node: unknown, prefix = ""): string[] {
  if (typeof node !== "object" || node === null) return [prefix];
  return Object.entries(node).flatMap(([key, value]) => leafKeys(value, prefix ? `${prefix}.${key}` : key));
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\s*[,}]/g)].map((match) => match[1]!).sort();
}

function valueAt(root: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
}

describe("translations", () => {
  const english = leafKeys(en).sort();

  it.each([
    ["fr", fr],
    ["de", de],
  ])("%s has exactly the English keys", (_, messages) => {
    expect(leafKeys(messages).sort()).toEqual(english);
  });

  it.each([
    ["fr", fr],
    ["de", de],
  ])("%s uses the same placeholders as English in every message", (_, messages) => {
    for (const key of english) {
      expect(placeholders(String(valueAt(messages, key))), key).toEqual(placeholders(String(valueAt(en, key))));
    }
  });

  it("has no empty message", () => {
    for (const [name, messages] of [
      ["en", en],
      ["fr", fr],
      ["de", de],
    ] as const) {
      for (const key of english) expect(String(valueAt(messages, key)).trim(), `${name}: ${key}`).not.toBe("");
    }
  });
});
