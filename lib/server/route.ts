import "server-only";
import { randomUUID } from "node:crypto";
import { NextResponse } from "next/server";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { can, type Permission } from "@/lib/domain/permissions";
import { AppError, HTTP_STATUS_BY_CODE, type AppErrorCode } from "@/lib/errors";
import { getViewer, type Viewer } from "@/lib/server/auth/viewer";
import { isDatabaseUnavailable } from "@/lib/server/database-unavailable";

type Access = { permission: Permission | null } | "public";

type NoParams = z.ZodObject<Record<string, never>>;

type RouteConfig<Query extends z.ZodType, Params extends z.ZodType = NoParams> = {
  /** Schema of the query string; the handler receives the parsed value. */
  query: Query;
  /** Schema of the path's dynamic segments (`[tenderId]`); one that does not parse is NOT_FOUND. */
  params?: Params;
  /** "public" for routes anyone may call; otherwise a signed-in viewer with the permission. */
  access: Access;
};

type RouteHandler<Query extends z.ZodType, ViewerType, Params extends z.ZodType = NoParams> = (context: {
  request: Request;
  query: z.output<Query>;
  params: z.output<Params>;
  viewer: ViewerType;
}) => Promise<Response> | Response;

/** What Next.js passes a route handler besides the request: the dynamic segments of its path. */
type SegmentContext = { params: Promise<Record<string, string | string[] | undefined>> };

type Route = (request: Request, segments?: SegmentContext) => Promise<Response>;

/**
 * The one way to write a route handler: parses the query with zod, applies the same guard as
 * pages and actions, and answers errors as `{ error: { code, message } }` with the matching status.
 */
export function defineRoute<Query extends z.ZodType, Params extends z.ZodType = NoParams>(
  config: RouteConfig<Query, Params> & { access: "public" },
  handler: RouteHandler<Query, Viewer | null, Params>,
): Route;
export function defineRoute<Query extends z.ZodType, Params extends z.ZodType = NoParams>(
  config: RouteConfig<Query, Params> & { access: { permission: Permission | null } },
  handler: RouteHandler<Query, Viewer, Params>,
): Route;
export function defineRoute<Query extends z.ZodType, Params extends z.ZodType = NoParams>(
  config: RouteConfig<Query, Params>,
  handler: RouteHandler<Query, never, Params>,
): Route {
  // The overloads tie "public" to a nullable viewer and everything else to a signed-in one.
  const run = handler as RouteHandler<Query, Viewer | null, Params>;
  return async (request, segments) => {
    try {
      const parsed = config.query.safeParse(Object.fromEntries(new URL(request.url).searchParams));
      if (!parsed.success) {
        return errorResponse("VALIDATION", `Invalid query parameter(s): ${queryProblems(parsed.error.issues)}`);
      }
      const path = (config.params ?? NO_PARAMS).safeParse((await segments?.params) ?? {});
      if (!path.success) return errorResponse("NOT_FOUND");
      const context = { request, query: parsed.data, params: path.data as z.output<Params> };
      if (config.access === "public") {
        return await run({ ...context, viewer: null });
      }
      const viewer = await getViewer();
      if (!viewer) throw new AppError("UNAUTHENTICATED");
      if (config.access.permission && !can(viewer.roles, config.access.permission)) throw new AppError("FORBIDDEN");
      return await run({ ...context, viewer });
    } catch (error) {
      unstable_rethrow(error);
      if (error instanceof AppError) return errorResponse(error.code);
      if (isDatabaseUnavailable(error)) return errorResponse("UNAVAILABLE");
      const errorId = randomUUID();
      console.error(`[route] unexpected error ${errorId}`, error);
      return errorResponse("INTERNAL", `Unexpected error (reference ${errorId})`);
    }
  };
}

/**
 * "page: page must be a whole number from 1 to 1000000": each field with its schema's message,
 * or the field alone where the message is a reference to the app's translations (validation.…),
 * which means nothing to an API client.
 */
function queryProblems(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const field = issue.path.join(".");
      if (issue.message.startsWith("validation.")) return field;
      return field ? `${field}: ${issue.message}` : issue.message;
    })
    .join("; ");
}

const NO_PARAMS = z.object({});

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  VALIDATION: "The request is not valid.",
  UNAUTHENTICATED: "Sign in first.",
  FORBIDDEN: "You do not have permission to do this.",
  NOT_FOUND: "Not found.",
  CONFLICT: "Someone else changed this in the meantime.",
  INVALID_STATE: "This cannot be done in the current state.",
  UNAVAILABLE: "The service is temporarily unavailable.",
  INTERNAL: "Unexpected error.",
};

export function errorResponse(code: AppErrorCode, message = DEFAULT_MESSAGES[code]): Response {
  return NextResponse.json({ error: { code, message } }, { status: HTTP_STATUS_BY_CODE[code] });
}
