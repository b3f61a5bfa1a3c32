/**
 * The one error type for expected failures. Shared by server and client: the action wrapper and
 * the route-handler wrapper translate it; anything else is an unexpected error, logged and shown
 * to the user as a generic message.
 */
export const APP_ERROR_CODES = [
  "VALIDATION",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "NOT_FOUND",
  "CONFLICT",
  "INVALID_STATE",
  "UNAVAILABLE",
  "INTERNAL",
] as const;

export type AppErrorCode = (typeof APP_ERROR_CODES)[number];

export const HTTP_STATUS_BY_CODE = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_STATE: 409,
  UNAVAILABLE: 503,
  INTERNAL: 500,
} as const satisfies Record<AppErrorCode, number>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** Translation key (under "errors") of a more specific message than the code's default. */
  readonly messageKey: string | undefined;
  /** The input field the error is about, when a check only the server can make fails. */
  readonly field: string | undefined;

  constructor(code: AppErrorCode, messageKey?: string, field?: string) {
    super(messageKey ?? code);
    this.name = "AppError";
    this.code = code;
    this.messageKey = messageKey;
    this.field = field;
  }
}

/** Field errors keyed by field path ("roles", "members.0.email"); values are translation keys. */
export type FieldErrors = Record<string, string[]>;

/** What every server action returns. */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; code: AppErrorCode; formError: string; fieldErrors: FieldErrors };
