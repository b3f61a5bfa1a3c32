/**
 * A linter warning the drafter set aside, with the reason written down (kept with the tender and
 * audited). Stored under the finding's `key`, which does not depend on character offsets, so it
 * survives edits elsewhere in the text. Errors cannot be dismissed.
 */
export type LintDismissal = {
  key: string;
  ruleId: string;
  field: string;
  justification: string;
  userId: string;
  /** ISO timestamp. */
  at: string;
};
