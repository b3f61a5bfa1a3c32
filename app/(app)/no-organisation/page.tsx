import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { getAuthOptions } from "@/lib/server/auth/auth-options";
import { resolveViewer } from "@/lib/server/auth/viewer";

/** For a signed-in person who belongs to no organisation (yet, or any more). */
export default async function NoOrganisationPage() {
  const result = await resolveViewer();
  if (result.kind === "viewer") redirect("/home");
  if (result.kind === "none" && !(await getServerSession(getAuthOptions()))) redirect("/sign-in");
  const t = await getTranslations("noOrganisation");
  return <PageHeading title={t("title")} lead={t("lead")} />;
}
