import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/ui/page-heading";
import { TEMPLATE_SCHEMA_PATH } from "@/lib/schemas/template-exchange";
import { requireViewer } from "@/lib/server/auth/viewer";
import { ImportTemplateForm } from "./import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.import");
  return { title: t("title") };
}

/** Import an exchange file from another instance or authority, as a draft of this organisation. */
export default async function ImportTemplatePage() {
  await requireViewer("template.manage");
  const t = await getTranslations("templates");
  return (
    <div className="max-w-4xl">
      <Link href="/templates" className="mb-6 inline-block">
        {t("list.back")}
      </Link>
      <PageHeading title={t("import.title")} lead={t("import.lead")} />
      <p className="mb-6">
        {t("import.schema")} <a href={TEMPLATE_SCHEMA_PATH}>{TEMPLATE_SCHEMA_PATH}</a>
      </p>
      <ImportTemplateForm />
    </div>
  );
}
