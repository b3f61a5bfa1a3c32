import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { AppError } from "@/lib/errors";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { getMember } from "@/lib/server/members/get-member";
import type { MemberDto } from "@/lib/server/members/member-dto";
import { MemberRolesForm } from "./member-roles-form";
import { RemoveMemberForm } from "./remove-member-form";

type Props = { params: Promise<{ membershipId: string }> };

async function loadMember(membershipId: string): Promise<MemberDto> {
  const viewer = await requireViewer("member.manage");
  try {
    return await getMember(getDb(), viewer.organisation.id, membershipId);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const member = await loadMember((await params).membershipId);
  const t = await getTranslations("members.edit");
  return { title: t("title", { name: member.name }) };
}

export default async function MemberPage({ params }: Props) {
  const member = await loadMember((await params).membershipId);
  const t = await getTranslations("members.edit");
  return (
    <div className="max-w-2xl">
      <Link href="/admin/members" className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading title={t("title", { name: member.name })} lead={member.email} />
      <MemberRolesForm membershipId={member.membershipId} version={member.version} roles={member.roles} />
      <section aria-labelledby="remove-heading" className="mt-12 border-t border-line pt-6">
        <h2 id="remove-heading" className="mb-2">
          {t("removeHeading")}
        </h2>
        <p className="mb-4">{t("removeLead", { name: member.name })}</p>
        <RemoveMemberForm membershipId={member.membershipId} version={member.version} name={member.name} />
      </section>
    </div>
  );
}
