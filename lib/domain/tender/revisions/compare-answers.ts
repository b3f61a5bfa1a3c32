import { sameValue } from "./section-fields";

/**
 * One answer of a section as the "check your answers" list prints it: a key that stays the same
 * from one version to the next (a field name, a lot's or a requirement's key), a label when the
 * drafter named the entry, the readable value (null when nothing was given), and Markdown the
 * drafter wrote about it (a criterion's description).
 */
export type Answer = { key: string; label?: string; value: string | readonly string[] | null; markdown?: string };

export type AnswerChange = "unchanged" | "changed" | "added" | "removed";

export type ComparedAnswer = {
  key: string;
  change: AnswerChange;
  before: Answer | null;
  after: Answer | null;
};

/**
 * The answers of two versions of a section, paired by key: answers of the newer version in its
 * order, each answer that disappeared placed after the answer that preceded it in the older one.
 * An answer whose label or value differs has changed; one found in a single version was added or
 * removed. Keys repeated within a section pair up in the order they appear.
 */
export function compareAnswers(before: readonly Answer[], after: readonly Answer[]): ComparedAnswer[] {
  const older = withIds(before);
  const newer = withIds(after);
  const olderById = new Map(older.map((entry) => [entry.id, entry.answer]));
  const newerIds = new Set(newer.map((entry) => entry.id));

  // Each removed answer hangs after the last answer before it that is still there (or at the top).
  const removedAfter = new Map<string | null, Answer[]>();
  let anchor: string | null = null;
  for (const { id, answer } of older) {
    if (newerIds.has(id)) anchor = id;
    else removedAfter.set(anchor, [...(removedAfter.get(anchor) ?? []), answer]);
  }

  const removed = (id: string | null): ComparedAnswer[] =>
    (removedAfter.get(id) ?? []).map((answer) => ({ key: answer.key, change: "removed", before: answer, after: null }));

  return [
    ...removed(null),
    ...newer.flatMap(({ id, answer }) => {
      const previous = olderById.get(id) ?? null;
      return [{ key: answer.key, change: changeOf(previous, answer), before: previous, after: answer }, ...removed(id)];
    }),
  ];
}

function changeOf(before: Answer | null, after: Answer): AnswerChange {
  if (!before) return "added";
  const same =
    (before.label ?? null) === (after.label ?? null) &&
    sameValue(before.value, after.value) &&
    (before.markdown ?? null) === (after.markdown ?? null);
  return same ? "unchanged" : "changed";
}

/** Keys made unique by their occurrence: the second answer keyed "L1" is "L1#1". */
function withIds(answers: readonly Answer[]): { id: string; answer: Answer }[] {
  const seen = new Map<string, number>();
  return answers.map((answer) => {
    const occurrence = seen.get(answer.key) ?? 0;
    seen.set(answer.key, occurrence + 1);
    return { id: `${answer.key}#${occurrence}`, answer };
  });
}

/** One section of the comparison. */
export type SectionComparison<Section extends string> = {
  section: Section;
  answers: ComparedAnswer[];
  /** Answers added, removed or changed. */
  changedCount: number;
  /**
   * The section's stored fields differ although every printed answer is the same: a detail the
   * summary does not show changed. The page says so rather than claim nothing changed.
   */
  unprintedChange: boolean;
};

export function compareSection<Section extends string>(
  section: Section,
  before: readonly Answer[],
  after: readonly Answer[],
  storedFieldsDiffer: boolean,
): SectionComparison<Section> {
  const answers = compareAnswers(before, after);
  const changedCount = answers.filter((answer) => answer.change !== "unchanged").length;
  return { section, answers, changedCount, unprintedChange: storedFieldsDiffer && changedCount === 0 };
}

/** True when the section has anything to show as different. */
export function hasChanges(comparison: SectionComparison<string>): boolean {
  return comparison.changedCount > 0 || comparison.unprintedChange;
}
