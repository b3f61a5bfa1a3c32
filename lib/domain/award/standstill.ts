import { addDays, type IsoDate } from "@/lib/domain/tender/calendar-date";

/**
 * The standstill period between the award decision and the contract (decisions.md; Remedies
 * Directive 2007/66/EC, Art. 2a(2)): 10 calendar days when the decision is sent electronically,
 * which e-procurement makes the rule. The contract may not be signed before the day after.
 */
export const STANDSTILL_DAYS = 10;

/** The last day of the standstill: the decision date plus 10 calendar days. */
export function standstillEndsOn(decidedOn: IsoDate): IsoDate {
  return addDays(decidedOn, STANDSTILL_DAYS);
}
