import type { SummaryError } from "./error-summary";

/** Error summary links for forms that share a page: the field ids carry the form's prefix. */
export function prefixedErrors(errors: SummaryError[], prefix: string): SummaryError[] {
  return errors.map((error) =>
    error.fieldId ? { ...error, fieldId: error.fieldId.replace(/^field-/, `field-${prefix}-`) } : error,
  );
}
