import type { Metadata } from "next";
import { loadTemplatePage } from "./load-template-page";
import { templateMetadata } from "./template-metadata";
import { TemplateView } from "./template-view";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  return templateMetadata((await loadTemplatePage(slug)).template);
}

/** A template of the public catalogue at its latest published version, readable without signing in. */
export default async function CatalogueTemplatePage({ params }: Props) {
  const { slug } = await params;
  return <TemplateView page={await loadTemplatePage(slug)} />;
}
