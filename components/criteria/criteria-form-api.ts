import type { FieldPath, UseFormReturn } from "react-hook-form";
import type { AwardFormValues } from "@/lib/schemas/award-criteria";

/**
 * What every part of the criteria form needs: the form, its field errors, and a polite announcer.
 * The form is typed by the award's own fields, so the tender's section and the template builder
 * (whose forms carry other ids beside them) share these parts.
 */
export type CriteriaFormApi = {
  form: UseFormReturn<AwardFormValues>;
  fieldError: (name: string) => string | undefined;
  /** Says something to screen reader users without moving their focus (after a move or a removal). */
  announce: (text: string) => void;
};

/** A field of the criterion at `path` (criteria.0, criteria.0.children.1), typed for react-hook-form. */
export function fieldAt(path: string, field: string): FieldPath<AwardFormValues> {
  return `${path}.${field}` as FieldPath<AwardFormValues>;
}
