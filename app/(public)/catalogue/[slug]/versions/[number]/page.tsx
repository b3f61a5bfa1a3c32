import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { loadTemplatePage, versionNumberParam } from "../../load-template-page";
import { templateMetadata } from "../../template-metadata";
import { TemplateView } from "../../template-view";

type Props = { params: Promise<{ slug: string; number: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, number } = await params;
  const { template } = await loadTemplatePage(slug, versionNumberParam(number));
  const t = await getTranslations("catalogue.versions");
  return templateMetadata(template, {
    title: t("versionTitle", { name: template.version.name, number: template.version.number }),
    path: `/catalogue/${slug}/versions/${template.version.number}`,
  });
}

/** One published version of a template, as it read when it was the latest: versions never change. */
export default async function TemplateVersionPage({ params }: Props) {
  const { slug, number } = await params;
  return <TemplateView page={await loadTemplatePage(slug, versionNumberParam(number))} />;
}
