import type { SummaryError } from "./error-summary";

/**
 * The error summary of a form with a list (lots, requirements): each error of an item starts with
 * the item's name ("LOT-2: Enter the title of the lot"), since the same message can appear for
 * several items, and the items' errors follow the list's order (the rules across the list, such
 * as a repeated identifier, are found after the fields). Other errors keep their places.
 */
export function nameListErrors(
  errors: readonly SummaryError[],
  list: string,
  nameOf: (index: number) => string | undefined,
): SummaryError[] {
  const pattern = new RegExp(`^field-${list}-(\\d+)-`);
  const indexOf = (error: SummaryError) => {
    const match = error.fieldId ? pattern.exec(error.fieldId) : null;
    return match ? Number(match[1]) : null;
  };
  const itemErrors = errors
    .filter((error) => indexOf(error) !== null)
    .sort((a, b) => indexOf(a)! - indexOf(b)!)
    .map((error) => {
      const name = nameOf(indexOf(error)!);
      return name ? { ...error, message: `${name}: ${error.message}` } : error;
    });
  let next = 0;
  return errors.map((error) => (indexOf(error) === null ? error : itemErrors[next++]!));
}
