import { describe, expect, it } from "vitest";
import { tenderOutboundLicence } from "./outbound-licence";

const clause = (values: Record<string, string>) => ({ key: "deliverables-licence", version: 1, values });

describe("tenderOutboundLicence", () => {
  it("is EUPL-1.2 when the tender has no deliverables-licence clause", () => {
    expect(tenderOutboundLicence([])).toEqual({ licenceId: "EUPL-1.2", source: "NO_CLAUSE" });
    expect(tenderOutboundLicence([{ key: "exit-plan-and-data-portability", values: { softwareLicence: "MIT" } }])).toEqual({ licenceId: "EUPL-1.2", source: "NO_CLAUSE" }); // prettier-ignore
  });

  it("is the clause's software licence, in its list form", () => {
    expect(tenderOutboundLicence([clause({ softwareLicence: "Apache-2.0", documentationLicence: "CC-BY-4.0" })])).toEqual({ licenceId: "Apache-2.0", source: "CLAUSE" }); // prettier-ignore
    expect(tenderOutboundLicence([clause({ softwareLicence: "  mpl-2.0 " })])).toEqual({ licenceId: "MPL-2.0", source: "CLAUSE" }); // prettier-ignore
    expect(tenderOutboundLicence([clause({ softwareLicence: "GPL-3.0" })])).toEqual({ licenceId: "GPL-3.0-only", source: "CLAUSE" }); // prettier-ignore
  });

  it("is the clause's default (EUPL-1.2) when the drafter left the licence blank", () => {
    expect(tenderOutboundLicence([clause({})])).toEqual({ licenceId: "EUPL-1.2", source: "CLAUSE_DEFAULT" });
    expect(tenderOutboundLicence([clause({ softwareLicence: "  " })])).toEqual({ licenceId: "EUPL-1.2", source: "CLAUSE_DEFAULT" }); // prettier-ignore
  });
});
