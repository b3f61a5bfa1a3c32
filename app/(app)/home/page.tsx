import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { RoleTags } from "@/components/ui/role-tags";
import { navigationFor } from "@/components/layout/navigation-items";
import { ROLES } from "@/lib/domain/roles";
import { requireViewer } from "@/lib/server/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("home");
  return { title: t("title") };
}

/** The signed-in start page: one section for each role the user holds here, in a fixed order. */
export default async function HomePage() {
  const viewer = await requireViewer();
  const [t, tRoles, tNav] = await Promise.all([
    getTranslations("home"),
    getTranslations("roles"),
    getTranslations("shell.nav"),
  ]);
  const roles = ROLES.filter((role) => viewer.roles.includes(role));
  return (
    <>
      <PageHeading title={t("welcome", { name: viewer.name })} caption={viewer.organisation.name} />
      <div className="mb-8 flex flex-wrap items-center gap-3">
        <p>{t("yourRoles")}</p>
        <RoleTags roles={roles} />
      </div>
      <ul className="grid gap-6 md:grid-cols-2">
        {roles.map((role) => (
          <li key={role} className="rounded border border-line p-5" aria-labelledby={`role-${role}`}>
            <h2 id={`role-${role}`} className="mb-2 text-xl">
              {tRoles(`${role}.homeTitle`)}
            </h2>
            <p className="mb-4">{tRoles(`${role}.homeBody`)}</p>
            <ul className="space-y-1">
              {navigationFor([role])
                .filter((item) => item.permission !== null)
                .map((item) => (
                  <li key={item.href}>
                    <Link href={item.href}>{tNav(item.labelKey)}</Link>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
    </>
  );
}
