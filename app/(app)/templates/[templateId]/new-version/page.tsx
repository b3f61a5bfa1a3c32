import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { nextVersionNumber, refusalOf } from "@/lib/domain/templates/lifecycle";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { NewVersionForm } from "./new-version-form";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.newVersion");
  return { title: t("title") };
}

/** Starts the next version as a draft copy of the last published one. */
export default async function NewTemplateVersionPage({ params }: Props) {
  const { template } = await requireTemplate((await params).templateId);
  const t = await getTranslations("templates");
  const refusal = refusalOf("startNewVersion", template.lifecycle);
  const number = nextVersionNumber(template.lifecycle.publishedNumbers);
  return (
    <div className="max-w-3xl">
      <Link href={`/templates/${template.id}`} className="mb-6 inline-block">
        {t("builder.back", { name: template.name })}
      </Link>
      <PageHeading title={t("newVersion.heading", { number })} caption={template.name} />
      {refusal ? (
        <Notice title={t(`lifecycle.${refusal}`)} />
      ) : (
        <>
          <p className="mb-4">{t("newVersion.lead", { from: template.published[0]!.number, number })}</p>
          <p className="mb-6">{t("newVersion.unchanged")}</p>
          <NewVersionForm templateId={template.id} version={template.version} number={number} />
        </>
      )}
    </div>
  );
}
