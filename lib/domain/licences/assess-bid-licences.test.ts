import { describe, expect, it } from "vitest";
import type { BidComponent } from "@/lib/domain/bids/bid-model";
import { assessBidLicences } from "./assess-bid-licences";

function component(name: string, licence: string, extra: Partial<BidComponent> = {}): BidComponent {
  return {
    name,
    version: "1.0",
    supplier: "Supplier",
    licence,
    repository: "",
    relation: "DELIVERED",
    isAiModel: false,
    modelOpennessClass: null,
    ...extra,
  };
}

const EUPL = { claimsOpenSource: true, outboundLicence: "EUPL-1.2" };

describe("assessBidLicences: the open-source claim", () => {
  it("flags open-washing and names the components, delivered ones first, with their relation", () => {
    const result = assessBidLicences(
      [
        component("portal", "EUPL-1.2"),
        component("router", "MIT", { relation: "DEPENDENCY" }),
        component("search", "BUSL-1.1", { relation: "DEPENDENCY" }),
        component("reports", "LicenseRef-Acme-Reports"),
      ],
      EUPL,
    );
    // Classes: EUPL-1.2 open, MIT open, BUSL-1.1 not open, LicenseRef unknown.
    expect(result.counts).toEqual({ OPEN: 2, FREE_NOT_OSI: 0, NOT_OPEN: 1, UNKNOWN: 1 });
    expect(result.overallClass).toBe("NOT_OPEN");
    expect(result.openSourceClaim).toEqual({
      claimed: true,
      status: "OPEN_WASHING",
      flagged: true,
      components: [
        { index: 3, name: "reports", version: "1.0", relation: "DELIVERED", licence: "LicenseRef-Acme-Reports", licenceClass: "UNKNOWN" }, // prettier-ignore
        { index: 2, name: "search", version: "1.0", relation: "DEPENDENCY", licence: "BUSL-1.1", licenceClass: "NOT_OPEN" }, // prettier-ignore
      ],
    });
  });

  it("flags a claim whose delivered components are open but a dependency is not", () => {
    const result = assessBidLicences(
      [component("portal", "EUPL-1.2"), component("database", "SSPL-1.0", { relation: "DEPENDENCY" })],
      EUPL,
    );
    expect(result.openSourceClaim).toMatchObject({ status: "DEPENDENCIES_NOT_OPEN", flagged: true });
    expect(result.openSourceClaim.components.map((item) => item.name)).toEqual(["database"]);
  });

  it("supports a claim when every component is open or free (free, not OSI, is not open-washing)", () => {
    const result = assessBidLicences(
      [component("portal", "EUPL-1.2"), component("icons", "CC0-1.0", { relation: "DEPENDENCY" })],
      EUPL,
    );
    expect(result.openSourceClaim).toEqual({ claimed: true, status: "SUPPORTED", flagged: false, components: [] });
    expect(result.overallClass).toBe("FREE_NOT_OSI");
  });

  it("does not flag a bid that makes no claim, but still lists what is not open", () => {
    const result = assessBidLicences([component("search", "Elastic-2.0")], { ...EUPL, claimsOpenSource: false });
    expect(result.openSourceClaim).toMatchObject({ claimed: false, status: "NOT_CLAIMED", flagged: false });
    expect(result.openSourceClaim.components).toHaveLength(1);
  });

  it("cannot verify a claim without components", () => {
    const result = assessBidLicences([], EUPL);
    expect(result.openSourceClaim).toMatchObject({ status: "NOTHING_TO_CHECK", flagged: false });
    expect(result.overallClass).toBeNull();
    expect(result.counts).toEqual({ OPEN: 0, FREE_NOT_OSI: 0, NOT_OPEN: 0, UNKNOWN: 0 });
  });
});

describe("assessBidLicences: deliverables", () => {
  it("checks delivered components only, against the outbound licence in its list form", () => {
    const result = assessBidLicences(
      [
        component("portal", "EUPL-1.2"),
        component("forms", "GPL-3.0-or-later"),
        component("widgets", "MIT"),
        component("runtime", "BUSL-1.1", { relation: "DEPENDENCY" }),
      ],
      { claimsOpenSource: false, outboundLicence: "eupl-1.2" },
    );
    expect(result.outboundLicence).toBe("EUPL-1.2");
    expect(result.components.map((item) => item.deliverable?.verdict ?? null)).toEqual([
      "SAME_LICENCE",
      "COMPATIBLE",
      "NEEDS_REVIEW",
      null,
    ]);
    expect(result.deliverables.count).toBe(3);
    expect(result.deliverables.needingAttention.map((item) => item.name)).toEqual(["widgets"]);
  });
});

describe("assessBidLicences: AI models", () => {
  it("shows the claimed openness class, whether the licence restricts use, and whether it contradicts the class", () => {
    const result = assessBidLicences(
      [
        component("assistant", "LicenseRef-Llama-3-Community", { isAiModel: true, modelOpennessClass: "III", relation: "DEPENDENCY" }), // prettier-ignore
        component("classifier", "Apache-2.0", { isAiModel: true, modelOpennessClass: "I" }),
        component("summariser", "LicenseRef-Vendor-Model-Terms", { isAiModel: true, modelOpennessClass: "II" }),
        component("captioner", "CC-BY-NC-4.0", { isAiModel: true }),
        component("translator", "CC-BY-ND-4.0", { isAiModel: true, modelOpennessClass: "III" }),
        component("portal", "EUPL-1.2"),
      ],
      EUPL,
    );
    expect(result.components.map((item) => item.aiModel)).toEqual([
      { opennessClass: "III", useRestriction: "RESTRICTED", claim: "CONTRADICTED" },
      { opennessClass: "I", useRestriction: "UNRESTRICTED", claim: "NOT_CONTRADICTED" },
      { opennessClass: "II", useRestriction: "UNKNOWN", claim: "UNVERIFIED" },
      { opennessClass: null, useRestriction: "RESTRICTED", claim: "NOT_STATED" },
      // No derivatives: not open (so the class is contradicted), but use itself is not restricted.
      { opennessClass: "III", useRestriction: "UNRESTRICTED", claim: "CONTRADICTED" },
      null,
    ]);
    // Restricted use: Llama and CC-BY-NC → 2; contradicted: Llama and CC-BY-ND → 2.
    expect(result.aiModels).toEqual({ count: 5, useRestricted: 2, claimContradicted: 2 });
  });
});

describe("assessBidLicences: many components", () => {
  it("classifies each distinct licence once and shares the result", () => {
    const licences = ["MIT", "Apache-2.0", "BSD-3-Clause", "EUPL-1.2", "LGPL-2.1-or-later"];
    const components = Array.from({ length: 500 }, (_, index) =>
      component(`c${index}`, licences[index % licences.length]!, { relation: index % 2 ? "DEPENDENCY" : "DELIVERED" }),
    );
    const result = assessBidLicences(components, EUPL);
    expect(result.counts.OPEN).toBe(500);
    expect(result.components[0]!.classification).toBe(result.components[5]!.classification);
  });
});
