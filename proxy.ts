import { NextResponse, type NextRequest } from "next/server";

/**
 * Passes the requested path on to pages, so that the guard can send a signed-out visitor to
 * sign-in and back. It decides nothing about access: every page checks that itself.
 */
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set("x-current-path", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  matcher: ["/((?!api/|_next/|favicon.ico|.*\\.(?:svg|png|ico|txt)$).*)"],
};
