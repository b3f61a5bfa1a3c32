import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { refusalOf } from "@/lib/domain/templates/lifecycle";
import { getDb } from "@/lib/server/db";
import { successorChoices } from "@/lib/server/templates/deprecate-template";
import { requireTemplate } from "@/lib/server/templates/require-template";
import { DeprecateForm } from "./deprecate-form";

type Props = { params: Promise<{ templateId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("templates.deprecate");
  return { title: t("title") };
}

/** Deprecates a published template: why, and which template replaces it if any. */
export default async function DeprecateTemplatePage({ params }: Props) {
  const { viewer, template } = await requireTemplate((await params).templateId);
  const t = await getTranslations("templates");
  const refusal = refusalOf("deprecate", template.lifecycle);
  const successors = refusal ? [] : await successorChoices(getDb(), viewer, template.id);
  return (
    <div className="max-w-3xl">
      <Link href={`/templates/${template.id}`} className="mb-6 inline-block">
        {t("builder.back", { name: template.name })}
      </Link>
      <PageHeading title={t("deprecate.title")} caption={template.name} lead={t("deprecate.lead")} />
      {refusal ? (
        <Notice title={t(`lifecycle.${refusal}`)} />
      ) : (
        <DeprecateForm templateId={template.id} version={template.version} successors={successors} />
      )}
    </div>
  );
}
