import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { can, type Permission } from "@/lib/domain/permissions";
import { AppError, type ActionResult, type AppErrorCode, type FieldErrors } from "@/lib/errors";
import { recordAuditEvent, type AuditEventInput } from "@/lib/server/audit/record-audit-event";
import { getViewer, type Viewer } from "@/lib/server/auth/viewer";
import { isDatabaseUnavailable } from "@/lib/server/database-unavailable";
import { getDb, type DbTransaction } from "@/lib/server/db";

type AuditEntry = Omit<AuditEventInput, "actor" | "organisationId"> & { organisationId?: string | null };

export type ActionContext<Input> = {
  viewer: Viewer;
  input: Input;
  /** The transaction the whole action runs in: the change and its audit events commit together. */
  tx: DbTransaction;
  /** Records an audit event in the same transaction, as the viewer, in their current organisation. */
  audit: (entry: AuditEntry) => void;
};

type ActionConfig<Schema extends z.ZodType, Result> = {
  schema: Schema;
  /** Required permission in the viewer's current organisation; null for any signed-in user. */
  permission: Permission | null;
  /** Actions that change nothing worth an audit trail (switching language, say) opt out explicitly. */
  audited?: boolean;
  /** Runs after the transaction has committed: revalidatePath, cookies, redirects. */
  after?: (context: { viewer: Viewer; input: z.output<Schema>; result: NoInfer<Result> }) => Promise<void> | void;
};

/**
 * The one way to write a server action: validates the input with zod, resolves the viewer and
 * checks the permission on the server, runs the handler in a transaction with its audit events,
 * and answers with one result shape. Expected failures are AppErrors; anything else is logged
 * with an id and reported to the user as a generic error.
 * SECURITY: every mutation goes through here; change it with a second reviewer.
 */
export function defineAction<Schema extends z.ZodType, Result>(
  config: ActionConfig<Schema, Result>,
  handler: (context: ActionContext<z.output<Schema>>) => Promise<Result>,
): (input: z.input<Schema> | FormData) => Promise<ActionResult<Result>> {
  return async (rawInput) => {
    try {
      const parsed = config.schema.safeParse(rawInput instanceof FormData ? formDataToObject(rawInput) : rawInput);
      if (!parsed.success) return validationFailure(parsed.error);

      const viewer = await getViewer();
      if (!viewer) throw new AppError("UNAUTHENTICATED");
      if (config.permission && !can(viewer.roles, config.permission)) throw new AppError("FORBIDDEN");

      const input = parsed.data as z.output<Schema>;
      const result = await getDb().$transaction(async (tx) => {
        const entries: AuditEntry[] = [];
        const value = await handler({ viewer, input, tx, audit: (entry) => entries.push(entry) });
        if ((config.audited ?? true) && entries.length === 0) {
          throw new Error("An audited action changed state without recording an audit event.");
        }
        for (const entry of entries) {
          await recordAuditEvent(tx, {
            ...entry,
            actor: { userId: viewer.userId, email: viewer.email },
            organisationId: entry.organisationId === undefined ? viewer.organisation.id : entry.organisationId,
          });
        }
        return value;
      });
      await config.after?.({ viewer, input, result });
      return { ok: true, data: result };
    } catch (error) {
      unstable_rethrow(error);
      return failureFrom(error);
    }
  };
}

function failureFrom(error: unknown): ActionResult<never> {
  if (error instanceof AppError) {
    const fieldErrors: FieldErrors = error.field && error.messageKey ? { [error.field]: [error.messageKey] } : {};
    return failure(error.code, error.messageKey, fieldErrors);
  }
  if (isDatabaseUnavailable(error)) return failure("UNAVAILABLE");
  const errorId = randomUUID();
  console.error(`[action] unexpected error ${errorId}`, error);
  return failure("INTERNAL");
}

function failure(code: AppErrorCode, messageKey?: string, fieldErrors: FieldErrors = {}): ActionResult<never> {
  return { ok: false, code, formError: messageKey ?? `errors.${code}`, fieldErrors };
}

function validationFailure(error: z.ZodError): ActionResult<never> {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join(".") || "_form";
    (fieldErrors[path] ??= []).push(issue.message);
  }
  return failure("VALIDATION", undefined, fieldErrors);
}

/** Repeated keys (checkbox groups) become arrays; Next's internal `$ACTION_` fields are dropped. */
function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    result[key] = values.length > 1 ? values : values[0];
  }
  return result;
}
