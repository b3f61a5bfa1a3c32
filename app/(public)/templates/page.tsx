import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("catalogue");
  return { title: t("title") };
}

/** The public catalogue of tender templates; issue 6 (template commons) fills it. */
export default async function TemplateCataloguePage() {
  const t = await getTranslations("catalogue");
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
    </>
  );
}
