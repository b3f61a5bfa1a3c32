import "server-only";
import { editorFieldOf } from "@/lib/domain/clauses/clause-draft";
import { validateClauseDefinition } from "@/lib/domain/clauses/clause-definition";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { AppError } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";

/**
 * The server's own check of a clause about to be saved. The form's schema already ran the same
 * check on what the browser sent; this one runs on the definition rebuilt from the database, so a
 * forged `base` cannot slip an invalid clause in.
 */
export function ensureValidDefinition(clause: Clause): void {
  const problem = validateClauseDefinition(clause).find((candidate) => candidate.severity === "error");
  if (problem) {
    throw new AppError(
      "VALIDATION",
      messageRef(`problems.${problem.code}`, problem.values),
      editorFieldOf(problem.path),
    );
  }
}
