import type { CompoundNode, LicenceExpressionNode } from "./expression-ast";
import { classifyTerm, type ResolvedTerm } from "./classify-term";
import {
  leastOpen,
  mostOpen,
  combinedUseRestrictionOfAll,
  combinedUseRestrictionOfChoice,
  type LicenceClass,
  type UseRestriction,
} from "./licence-class";
import { reason, type LicenceReason } from "./licence-reasons";
import type { RestrictedFamilyKey } from "./restricted-licences";

/**
 * The expression's tree with a class on every node, combined as decisions.md says: `OR` is as
 * open as its most open choice (one open branch suffices: the licensee may choose it), `AND` as
 * its least open part (every part applies at once).
 */
export type ResolvedCompound = {
  readonly kind: "and" | "or";
  readonly start: number;
  readonly end: number;
  readonly operands: readonly ResolvedExpression[];
  readonly licenceClass: LicenceClass;
  readonly useRestriction: UseRestriction;
  readonly families: readonly RestrictedFamilyKey[];
  readonly normalised: string;
  readonly corrected: string;
  readonly correctable: boolean;
  readonly valid: boolean;
  /** The reason for the combination only; the operands keep theirs. */
  readonly reasons: readonly LicenceReason[];
};

export type ResolvedExpression = ResolvedTerm | ResolvedCompound;

export function resolveExpression(node: LicenceExpressionNode): ResolvedExpression {
  return isCompound(node) ? resolveCompound(node) : classifyTerm(node);
}

function isCompound(node: LicenceExpressionNode): node is CompoundNode {
  return node.kind === "and" || node.kind === "or";
}

function resolveCompound(node: CompoundNode): ResolvedCompound {
  const operands = node.operands.map(resolveExpression);
  const classes = operands.map((operand) => operand.licenceClass);
  const isAnd = node.kind === "and";
  const licenceClass = isAnd ? leastOpen(classes) : mostOpen(classes);
  const uses = operands.map((operand) => operand.useRestriction);
  const join = (text: (operand: ResolvedExpression) => string) =>
    operands
      .map((operand) => (operand.kind === "term" ? text(operand) : `(${text(operand)})`))
      .join(isAnd ? " AND " : " OR ");
  const normalised = join((operand) => operand.normalised);
  return {
    kind: node.kind,
    start: node.start,
    end: node.end,
    operands,
    licenceClass,
    useRestriction: isAnd ? combinedUseRestrictionOfAll(uses) : combinedUseRestrictionOfChoice(uses),
    families: [...new Set(operands.flatMap((operand) => operand.families))],
    normalised,
    corrected: join((operand) => operand.corrected),
    correctable: operands.some((operand) => operand.correctable),
    valid: operands.every((operand) => operand.valid),
    reasons: [combinationReason(node.kind, operands, licenceClass, node)],
  };
}

/** Which operand decided: the first choice of the winning class, or the first part of the losing one. */
function combinationReason(
  kind: "and" | "or",
  operands: readonly ResolvedExpression[],
  licenceClass: LicenceClass,
  span: { start: number; end: number },
): LicenceReason {
  const allSame = operands.every((operand) => operand.licenceClass === licenceClass);
  if (allSame) return reason(kind === "or" ? "licences.reasons.orAllSame" : "licences.reasons.andAllSame", {}, span);
  const decisive = operands.find((operand) => operand.licenceClass === licenceClass)!;
  return kind === "or"
    ? reason("licences.reasons.orChoice", { choice: decisive.normalised }, decisive)
    : reason("licences.reasons.andWeakest", { part: decisive.normalised }, decisive);
}

/** Every reason of the tree in reading order (a group's own reason after its operands'), without repeats. */
export function collectReasons(node: ResolvedExpression): LicenceReason[] {
  const all: LicenceReason[] = [];
  const visit = (current: ResolvedExpression) => {
    if (current.kind !== "term") current.operands.forEach(visit);
    all.push(...current.reasons);
  };
  visit(node);
  const seen = new Set<string>();
  return all.filter((item) => {
    const key = `${item.code}\u0000${JSON.stringify(item.values)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The SPDX ids the expression stands for (current ids, in reading order, once each). */
export function licenceIdsOf(node: ResolvedExpression): string[] {
  const ids: string[] = [];
  const visit = (current: ResolvedExpression) => {
    if (current.kind === "term") {
      if (current.licenceId) ids.push(current.licenceId);
    } else current.operands.forEach(visit);
  };
  visit(node);
  return [...new Set(ids)];
}
