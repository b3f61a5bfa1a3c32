import { can, type Permission } from "@/lib/domain/permissions";
import type { Role } from "@/lib/domain/roles";

export type NavigationItem = { href: string; labelKey: string; permission: Permission | null };

/** The signed-in navigation: each role sees the areas its permissions open. */
export const NAVIGATION_ITEMS: readonly NavigationItem[] = [
  { href: "/home", labelKey: "home", permission: null },
  { href: "/tenders", labelKey: "tenders", permission: "tender.view" },
  { href: "/reviews", labelKey: "reviews", permission: "tender.review" },
  // Everyone reads the library; only OSPO and ADMIN see the edit controls inside it.
  { href: "/clauses", labelKey: "clauses", permission: "organisation.view" },
  { href: "/evaluations", labelKey: "evaluations", permission: "bid.evaluate" },
  // The organisation's own templates and their builder; the public catalogue needs no sign-in.
  { href: "/templates", labelKey: "templates", permission: "template.manage" },
  { href: "/admin/members", labelKey: "members", permission: "member.manage" },
  { href: "/admin/audit", labelKey: "audit", permission: "audit.view" },
];

export function navigationFor(roles: readonly Role[]): NavigationItem[] {
  return NAVIGATION_ITEMS.filter((item) => item.permission === null || can(roles, item.permission));
}

export function isCurrentPath(href: string, currentPath: string): boolean {
  const path = currentPath.split("?")[0] ?? "";
  return path === href || path.startsWith(`${href}/`);
}
