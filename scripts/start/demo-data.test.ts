import { describe, expect, it } from "vitest";
import { decideDemoData } from "./demo-data";

describe("decideDemoData", () => {
  it("loads the demo data outside production", () => {
    expect(decideDemoData({ NODE_ENV: "development" })).toEqual({ load: true });
    expect(decideDemoData({})).toEqual({ load: true });
  });

  it("skips it silently when DEMO_DATA=false", () => {
    expect(decideDemoData({ DEMO_DATA: "false" })).toEqual({ load: false, reason: undefined });
    expect(decideDemoData({ NODE_ENV: "production", DEMO_DATA: "false" })).toEqual({ load: false, reason: undefined });
  });

  it("refuses production unless DEMO_DATA=true, and says why", () => {
    const refused = decideDemoData({ NODE_ENV: "production" });
    expect(refused.load).toBe(false);
    expect(refused.load === false && refused.reason).toMatch(/DEMO_DATA=true/);
    expect(decideDemoData({ NODE_ENV: "production", DEMO_DATA: "true" })).toEqual({ load: true });
  });
});
