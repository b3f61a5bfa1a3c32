import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";

/**
 * The app's public address, for every absolute link it writes: canonical URLs, link previews, the
 * sitemap, exchange files, JSON Schemas, exports, open data. NEXTAUTH_URL, which production must
 * set (docs/operations.md); without it (development, tests) the address the request came to,
 * which is right on a developer's machine and never relied upon in production. The one place
 * that decides it, so a page and the file it links to never disagree.
 */
function configuredBaseUrl(): string | null {
  const configured = getEnv().NEXTAUTH_URL;
  return configured ? configured.replace(/\/+$/, "") : null;
}

/** In a route handler: the configured address, else the request's own origin. */
export function requestBaseUrl(request: Request): string {
  return configuredBaseUrl() ?? new URL(request.url).origin;
}

/**
 * In a page, metadata or server action (no Request at hand): the configured address, else the
 * request's Host header; the X-Forwarded-Proto header counts only behind a trusted proxy.
 */
export async function publicBaseUrl(): Promise<string> {
  const configured = configuredBaseUrl();
  if (configured) return configured;
  const requestHeaders = await headers();
  const host = requestHeaders.get("host") ?? "localhost:3000";
  const protocol = getEnv().TRUST_PROXY ? (requestHeaders.get("x-forwarded-proto") ?? "http") : "http";
  return `${protocol}://${host}`;
}

/** An absolute address of the app for a path ("/catalogue/x" → "https://tenders.example.eu/catalogue/x"). */
export async function publicUrl(path: string): Promise<string> {
  return `${await publicBaseUrl()}${path}`;
}
