import "server-only";
import { getEnv } from "@/lib/env";

/** The instance's public address: NEXTAUTH_URL when set (behind a proxy), else the request's own. */
export function publicBaseUrl(request: Request): string {
  const configured = getEnv().NEXTAUTH_URL;
  return (configured ?? new URL(request.url).origin).replace(/\/+$/, "");
}
