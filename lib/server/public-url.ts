import "server-only";
import { headers } from "next/headers";
import { getEnv } from "@/lib/env";

/**
 * The app's public address, for canonical URLs, link previews and the sitemap: NEXTAUTH_URL, which
 * production must set (docs/operations.md). Without it (development, tests) the address the
 * request came to, which is right on a developer's machine and never relied upon in production.
 */
export async function publicBaseUrl(): Promise<string> {
  const configured = getEnv().NEXTAUTH_URL;
  if (configured) return configured.replace(/\/+$/, "");
  const requestHeaders = await headers();
  const host = requestHeaders.get("host") ?? "localhost:3000";
  const protocol = getEnv().TRUST_PROXY ? (requestHeaders.get("x-forwarded-proto") ?? "http") : "http";
  return `${protocol}://${host}`;
}

/** An absolute address of the app for a path ("/catalogue/x" → "https://tenders.example.eu/catalogue/x"). */
export async function publicUrl(path: string): Promise<string> {
  return `${await publicBaseUrl()}${path}`;
}
