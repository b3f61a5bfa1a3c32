import "server-only";
import { editorProblem } from "@/lib/domain/clauses/clause-editor-fields";
import { validateClauseDefinition } from "@/lib/domain/clauses/clause-definition";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { AppError } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";

/**
 * The server's own check of a clause about to be saved, as the database will hold it. The form's
 * schema already ran the same check on the draft; this one guards the stored definition itself
 * (the key and version numbers come from the database, not from the browser).
 */
export function ensureValidDefinition(clause: Clause): void {
  const problem = validateClauseDefinition(clause).find((candidate) => candidate.severity === "error");
  if (problem) {
    const { field, code, values } = editorProblem(problem, clause);
    throw new AppError("VALIDATION", messageRef(`problems.${code}`, values), field);
  }
}
