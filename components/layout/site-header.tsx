import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/server/auth/viewer";
import { LanguageSwitcher } from "./language-switcher";
import { MainNavigation } from "./main-navigation";
import { navigationFor } from "./navigation-items";
import { OrganisationSwitcher } from "./organisation-switcher";
import { SignOutButton } from "./sign-out-button";

export async function SiteHeader({ viewer }: { viewer: Viewer | null }) {
  const t = await getTranslations("shell");
  const items = viewer
    ? navigationFor(viewer.roles).map((item) => ({ href: item.href, label: t(`nav.${item.labelKey}`) }))
    : [
        { href: "/catalogue", label: t("nav.catalogue") },
        { href: "/sign-in", label: t("nav.signIn") },
      ];

  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href={viewer ? "/home" : "/"} className="text-xl font-bold text-white no-underline">
          {t("siteName")}
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitcher />
          {viewer ? (
            <>
              <p className="text-sm">
                <span className="sr-only">{t("signedInAs")} </span>
                {viewer.name}
              </p>
              <Link href="/account" className="text-sm text-white">
                {t("account")}
              </Link>
              <SignOutButton label={t("signOut")} />
            </>
          ) : null}
        </div>
      </div>
      {viewer && viewer.memberships.length > 1 ? (
        <div className="bg-brand-dark">
          <div className="mx-auto max-w-6xl px-4 py-2">
            <OrganisationSwitcher
              currentOrganisationId={viewer.organisation.id}
              organisations={viewer.memberships.map((m) => ({ id: m.organisationId, name: m.organisationName }))}
            />
          </div>
        </div>
      ) : viewer ? (
        <div className="bg-brand-dark">
          <p className="mx-auto max-w-6xl px-4 py-2 text-sm">
            {t("organisation.current")}: <strong>{viewer.organisation.name}</strong>
          </p>
        </div>
      ) : null}
      <MainNavigation label={t("nav.label")} items={items} />
    </header>
  );
}
