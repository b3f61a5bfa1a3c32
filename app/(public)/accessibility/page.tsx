import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("accessibility");
  return { title: t("title") };
}

export default async function AccessibilityStatementPage() {
  const t = await getTranslations("accessibility");
  return (
    <div className="max-w-3xl space-y-4">
      <PageHeading title={t("title")} lead={t("lead")} />
      <h2>{t("statusHeading")}</h2>
      <p>{t("statusBody")}</p>
      <h2>{t("testingHeading")}</h2>
      <p>{t("testingBody")}</p>
      <h2>{t("feedbackHeading")}</h2>
      <p>{t("feedbackBody")}</p>
    </div>
  );
}
