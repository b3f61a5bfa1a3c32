import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requireViewer } from "@/lib/server/auth/viewer";
import { NewTenderForm } from "./new-tender-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("tenders.new");
  return { title: t("title") };
}

export default async function NewTenderPage() {
  await requireViewer("tender.draft");
  const t = await getTranslations("tenders.new");
  return (
    <div className="max-w-2xl">
      <Link href="/tenders" className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading title={t("title")} lead={t("lead")} />
      <NewTenderForm />
    </div>
  );
}
