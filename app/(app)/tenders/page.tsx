import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WorkspaceArea } from "@/components/layout/workspace-area";
import { requireViewer } from "@/lib/server/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas.tenders");
  return { title: t("title") };
}

export default async function TendersPage() {
  const viewer = await requireViewer("tender.draft");
  return <WorkspaceArea area="tenders" organisationName={viewer.organisation.name} />;
}
