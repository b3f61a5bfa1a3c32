import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";

export default async function Forbidden() {
  const t = await getTranslations("forbidden");
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <Link href="/home">{t("home")}</Link>
    </>
  );
}
