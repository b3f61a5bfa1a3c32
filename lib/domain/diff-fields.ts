type Plain = Record<string, unknown>;

/**
 * The fields whose values differ between two versions of a record, as two small objects for an
 * audit event or a revision comparison. Arrays and objects compare by content; `ignore` names
 * bookkeeping fields (version, timestamps) that always change.
 */
export function diffFields<T extends Plain>(
  before: T,
  after: T,
  ignore: readonly (keyof T)[] = [],
): { before: Partial<T>; after: Partial<T> } {
  const changedBefore: Partial<T> = {};
  const changedAfter: Partial<T> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)]) as Set<keyof T>) {
    if (ignore.includes(key)) continue;
    if (JSON.stringify(before[key]) === JSON.stringify(after[key])) continue;
    changedBefore[key] = before[key];
    changedAfter[key] = after[key];
  }
  return { before: changedBefore, after: changedAfter };
}
