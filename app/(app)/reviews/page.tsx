import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WorkspaceArea } from "@/components/layout/workspace-area";
import { requireViewer } from "@/lib/server/auth/viewer";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("areas.reviews");
  return { title: t("title") };
}

export default async function ReviewsPage() {
  const viewer = await requireViewer("tender.review");
  return <WorkspaceArea area="reviews" organisationName={viewer.organisation.name} />;
}
