import type { AuthorityType } from "../roles";
import type { ContractNature } from "./tender-enums";

/**
 * EU thresholds of Directive 2014/24/EU Art. 4, net of VAT, in euro cents. They are revised every
 * two years by delegated regulation (Art. 6); a new period is a new entry here, never an edit.
 */
export type ThresholdSet = {
  source: string;
  /** First and last day the figures apply, inclusive. */
  validFrom: string;
  validUntil: string;
  worksCents: number;
  centralSuppliesServicesCents: number;
  subCentralSuppliesServicesCents: number;
  socialServicesCents: number;
};

const EURO = 100;

export const EU_THRESHOLDS_2026_2027: ThresholdSet = {
  source: "Commission Delegated Regulation (EU) 2025/2152, amending Directive 2014/24/EU Art. 4",
  validFrom: "2026-01-01",
  validUntil: "2027-12-31",
  worksCents: 5_404_000 * EURO, // Art. 4(a)
  centralSuppliesServicesCents: 140_000 * EURO, // Art. 4(b), central government authorities (Annex I)
  subCentralSuppliesServicesCents: 216_000 * EURO, // Art. 4(c)
  socialServicesCents: 750_000 * EURO, // Art. 4(d), social and other specific services (Annex XIV)
};

export type ThresholdInput = {
  authorityType: AuthorityType;
  contractNature: ContractNature;
  /** Total payable net of VAT, options and renewals included (Art. 5(1)), in euro cents. */
  estimatedValueCents: number;
  /** Social and other specific services of Annex XIV (light regime). Only services can be these. */
  socialServices?: boolean;
};

export type ThresholdAssessment = {
  thresholdCents: number;
  /** The value is equal to or greater than the threshold, so the Directive applies. */
  isAboveThreshold: boolean;
  /** A notice must go to the Publications Office (TED), Arts 49–51. */
  requiresEuPublication: boolean;
  /** The provision the threshold comes from. */
  source: string;
};

/**
 * The threshold that applies and whether the contract reaches it. The Directive applies to values
 * "equal to or greater than" the thresholds (Art. 4), so a value exactly at the threshold is above.
 *
 * OTHER authorities get the sub-central figure: Art. 2(1)(3) defines "sub-central contracting
 * authorities" as every contracting authority that is not a central government authority, so
 * bodies governed by public law and associations of authorities fall there by definition.
 * The `socialServices` flag is ignored for supplies and works, which cannot be Annex XIV services.
 * Not covered: central defence authorities buying supplies outside Annex III, which use the
 * sub-central figure (Art. 4(b)); choose SUB_CENTRAL for them.
 */
export function assessEuThreshold(
  input: ThresholdInput,
  set: ThresholdSet = EU_THRESHOLDS_2026_2027,
): ThresholdAssessment {
  const { thresholdCents, provision } = applicableThreshold(input, set);
  const isAboveThreshold = input.estimatedValueCents >= thresholdCents;
  return {
    thresholdCents,
    isAboveThreshold,
    requiresEuPublication: isAboveThreshold,
    source: `Directive 2014/24/EU ${provision}; ${set.source}`,
  };
}

function applicableThreshold(input: ThresholdInput, set: ThresholdSet): { thresholdCents: number; provision: string } {
  if (input.contractNature === "WORKS") return { thresholdCents: set.worksCents, provision: "Art. 4(a)" };
  if (input.contractNature === "SERVICES" && input.socialServices) {
    return { thresholdCents: set.socialServicesCents, provision: "Art. 4(d)" };
  }
  if (input.authorityType === "CENTRAL") {
    return { thresholdCents: set.centralSuppliesServicesCents, provision: "Art. 4(b)" };
  }
  return { thresholdCents: set.subCentralSuppliesServicesCents, provision: "Art. 4(c)" };
}
