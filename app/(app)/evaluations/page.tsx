import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WorkspaceArea } from "@/components/layout/workspace-area";
import { requireViewer } from "@/lib/server/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas.evaluations");
  return { title: t("title") };
}

export default async function EvaluationsPage() {
  const viewer = await requireViewer("bid.evaluate");
  return <WorkspaceArea area="evaluations" organisationName={viewer.organisation.name} />;
}
