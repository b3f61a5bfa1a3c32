import { getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeading } from "@/components/ui/page-heading";

/** An area of the workspace whose list is still empty: what it is for, and what will appear here. */
export async function WorkspaceArea({
  area,
  organisationName,
}: {
  area: "reviews" | "evaluations";
  organisationName: string;
}) {
  const t = await getTranslations(`areas.${area}`);
  return (
    <>
      <PageHeading title={t("title")} caption={organisationName} lead={t("lead")} />
      <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
    </>
  );
}
