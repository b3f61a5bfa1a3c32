import type { QualityScale } from "@/lib/domain/tender/criteria-tree";

/**
 * The tender's scale as radio options, highest first (as scoring guides list them), each with
 * its descriptor: the evaluator chooses a level by what it means, not only by its number.
 */
export function scaleOptions(scale: QualityScale, label: (score: number, max: number) => string) {
  return Array.from({ length: scale.max + 1 }, (_, index) => scale.max - index).map((score) => ({
    value: String(score),
    label: label(score, scale.max),
    hint: scale.descriptors[score] || undefined,
  }));
}
