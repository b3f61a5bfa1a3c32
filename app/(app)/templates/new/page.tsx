import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { requireViewer } from "@/lib/server/auth/viewer";
import { NewTemplateForm } from "./new-template-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.create");
  return { title: t("title") };
}

/** A new template of the organisation: its name, language, shelf and licence; the builder does the rest. */
export default async function NewTemplatePage() {
  await requireViewer("template.manage");
  const t = await getTranslations("templates");
  return (
    <div className="max-w-3xl">
      <Link href="/templates" className="mb-6 inline-block">
        {t("list.back")}
      </Link>
      <PageHeading title={t("create.title")} lead={t("create.lead")} />
      <NewTemplateForm />
    </div>
  );
}
