import type { FieldPath, UseFormReturn } from "react-hook-form";
import type { CriteriaInput } from "@/lib/schemas/award-criteria";

/** What every part of the criteria form needs: the form, its field errors, and a polite announcer. */
export type CriteriaFormApi = {
  form: UseFormReturn<CriteriaInput>;
  fieldError: (name: string) => string | undefined;
  /** Says something to screen reader users without moving their focus (after a move or a removal). */
  announce: (text: string) => void;
};

/** A field of the criterion at `path` (criteria.0, criteria.0.children.1), typed for react-hook-form. */
export function fieldAt(path: string, field: string): FieldPath<CriteriaInput> {
  return `${path}.${field}` as FieldPath<CriteriaInput>;
}
