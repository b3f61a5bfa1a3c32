import type { Metadata } from "next";
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { TableHead } from "@/components/ui/table-head";
import { RoleTags } from "@/components/ui/role-tags";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { listMembers } from "@/lib/server/members/list-members";
import { AddMemberForm } from "./add-member-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("members");
  return { title: t("title") };
}

export default async function MembersPage() {
  const viewer = await requireViewer("member.manage");
  const [t, format, members] = await Promise.all([
    getTranslations("members"),
    getFormatter(),
    listMembers(getDb(), viewer.organisation.id),
  ]);
  return (
    <>
      <PageHeading title={t("title")} caption={viewer.organisation.name} lead={t("lead")} />
      <table className="mb-10 w-full border-collapse text-left">
        <caption className="sr-only">{t("tableCaption", { organisation: viewer.organisation.name })}</caption>
        <TableHead
          columns={[
            t("columns.name"),
            t("columns.email"),
            t("columns.roles"),
            t("columns.lastSignIn"),
            <span key="actions" className="sr-only">
              {t("columns.actions")}
            </span>,
          ]}
        />
        <tbody>
          {members.map((member) => (
            <tr key={member.membershipId} className="border-b border-line align-top">
              <td className="py-3 pr-4">{member.name}</td>
              <td className="py-3 pr-4 break-all">{member.email}</td>
              <td className="py-3 pr-4">
                <RoleTags roles={member.roles} />
              </td>
              <td className="py-3 pr-4">
                {member.lastSignInAt
                  ? format.dateTime(member.lastSignInAt, { dateStyle: "medium", timeStyle: "short" })
                  : t("neverSignedIn")}
              </td>
              <td className="py-3">
                <Link href={`/admin/members/${member.membershipId}`}>
                  {t("change")}
                  <span className="sr-only"> {member.name}</span>
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <section aria-labelledby="add-member-heading" className="max-w-2xl">
        <h2 id="add-member-heading" className="mb-2">
          {t("add.heading")}
        </h2>
        <p className="text-muted mb-6">{t("add.lead")}</p>
        <AddMemberForm />
      </section>
    </>
  );
}
