import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <Link href="/">{t("home")}</Link>
    </>
  );
}
