/**
 * The syntax tree of an SPDX licence expression (SPDX specification, annex "SPDX License
 * Expressions"). Every node keeps where it was written (`start`–`end`, UTF-16 offsets, end
 * excluded) so messages can point at the exact characters. Ids are kept as written: whether they
 * are on the SPDX License List, and in which case, is decided by the classification, not here.
 */

export type Span = { readonly start: number; readonly end: number };

/** A licence id, e.g. `Apache-2.0`, or `GPL-2.0+` (`orLater`: the id followed by `+`). */
export type LicenceIdNode = Span & {
  readonly kind: "licence";
  readonly id: string;
  readonly orLater: boolean;
};

/** `LicenseRef-name` or `DocumentRef-doc:LicenseRef-name`: a licence defined by the document, not by SPDX. */
export type LicenceRefNode = Span & {
  readonly kind: "licenceRef";
  /** The whole reference as written. */
  readonly ref: string;
  /** The part after `LicenseRef-`. */
  readonly name: string;
  readonly documentRef: string | null;
};

/** `NONE` (no licence) or `NOASSERTION` (nobody says), matched in any case. */
export type SpecialNode = Span & {
  readonly kind: "special";
  readonly value: "NONE" | "NOASSERTION";
};

/** The right side of `WITH`: an exception id from the SPDX list (`Classpath-exception-2.0`), or not. */
export type ExceptionNode = Span & { readonly kind: "exception"; readonly id: string };

/** `AdditionRef-name` or `DocumentRef-doc:AdditionRef-name`: an addition defined by the document. */
export type AdditionRefNode = Span & {
  readonly kind: "additionRef";
  readonly ref: string;
  readonly name: string;
  readonly documentRef: string | null;
};

export type AdditionNode = ExceptionNode | AdditionRefNode;

/** `licence WITH addition`: the left side is always a single licence, never a group. */
export type WithNode = Span & {
  readonly kind: "with";
  readonly licence: LicenceIdNode | LicenceRefNode;
  readonly addition: AdditionNode;
};

/** A chain of the same operator (`A AND B AND C`) as one node with its operands in order. */
export type CompoundNode = Span & {
  readonly kind: "and" | "or";
  readonly operands: readonly LicenceExpressionNode[];
};

export type LicenceExpressionNode = LicenceIdNode | LicenceRefNode | SpecialNode | WithNode | CompoundNode;

/**
 * The expression written back in one standard form: single spaces, operators in capitals, and
 * parentheses around every group inside another group (even where precedence would make them
 * optional), so a reader never has to remember that AND binds tighter than OR. `spell` gives each
 * licence id's spelling (the canonical case, for instance); by default ids stay as written.
 */
export function formatLicenceExpression(
  node: LicenceExpressionNode,
  spell: { licence?: (node: LicenceIdNode) => string; exception?: (node: ExceptionNode) => string } = {},
): string {
  switch (node.kind) {
    case "licence":
      return spell.licence ? spell.licence(node) : `${node.id}${node.orLater ? "+" : ""}`;
    case "licenceRef":
      return node.ref;
    case "special":
      return node.value;
    case "with": {
      const addition =
        node.addition.kind === "exception" ? (spell.exception?.(node.addition) ?? node.addition.id) : node.addition.ref;
      return `${formatLicenceExpression(node.licence, spell)} WITH ${addition}`;
    }
    case "and":
    case "or":
      return node.operands
        .map((operand) => {
          const text = formatLicenceExpression(operand, spell);
          return operand.kind === "and" || operand.kind === "or" ? `(${text})` : text;
        })
        .join(node.kind === "and" ? " AND " : " OR ");
  }
}
