import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { RoleTags } from "@/components/ui/role-tags";
import { requireViewer } from "@/lib/server/auth/viewer";
import { ChangePasswordForm } from "./change-password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const viewer = await requireViewer();
  const t = await getTranslations("account");
  return (
    <div className="max-w-2xl">
      <PageHeading title={t("title")} lead={t("lead")} />
      <dl className="mb-10 grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
        <dt className="font-semibold">{t("name")}</dt>
        <dd>{viewer.name}</dd>
        <dt className="font-semibold">{t("email")}</dt>
        <dd className="break-all">{viewer.email}</dd>
      </dl>
      <section aria-labelledby="memberships-heading" className="mb-10">
        <h2 id="memberships-heading" className="mb-3">
          {t("membershipsHeading")}
        </h2>
        <ul className="space-y-3">
          {viewer.memberships.map((membership) => (
            <li key={membership.membershipId} className="flex flex-wrap items-center gap-3">
              <span className="font-semibold">{membership.organisationName}</span>
              <RoleTags roles={membership.roles} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3">
          {t("password.heading")}
        </h2>
        <ChangePasswordForm />
      </section>
    </div>
  );
}
