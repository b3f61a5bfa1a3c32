import "server-only";
import { getServerSession } from "next-auth";
import { cookies, headers } from "next/headers";
import { forbidden, redirect } from "next/navigation";
import { cache } from "react";
import { can, type Permission } from "@/lib/domain/permissions";
import { getDb } from "@/lib/server/db";
import { getAuthOptions } from "./auth-options";
import { loadViewer, type LoadViewerResult, type Viewer } from "./load-viewer";

export type { Viewer } from "./load-viewer";

/** Remembers the organisation the user chose in the switcher. Only ever trusted after a membership check. */
export const ORGANISATION_COOKIE = "tc-organisation";

/** The one guard. Cached per request: pages, layouts and actions share one database read. */
export const resolveViewer = cache(async (): Promise<LoadViewerResult> => {
  const session = await getServerSession(getAuthOptions());
  const userId = session?.user?.id;
  if (!userId) return { kind: "none" };
  const preferred = (await cookies()).get(ORGANISATION_COOKIE)?.value;
  return loadViewer(getDb(), userId, preferred);
});

export async function getViewer(): Promise<Viewer | null> {
  const result = await resolveViewer();
  return result.kind === "viewer" ? result.viewer : null;
}

/**
 * For pages: the signed-in viewer, or a redirect to sign-in (and back afterwards). With a
 * permission, a viewer whose roles in the current organisation lack it sees the 403 page.
 */
export async function requireViewer(permission?: Permission): Promise<Viewer> {
  const result = await resolveViewer();
  if (result.kind === "none") {
    const path = (await headers()).get("x-current-path") ?? "/home";
    redirect(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  }
  if (result.kind === "no-organisation") redirect("/no-organisation");
  if (permission && !can(result.viewer.roles, permission)) forbidden();
  return result.viewer;
}
