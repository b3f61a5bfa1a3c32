import "server-only";
import type { Metadata } from "next";
import { publicUrl } from "@/lib/server/public-url";
import type { CatalogueTemplate } from "@/lib/server/catalogue/get-catalogue-template";

/**
 * Title, description, canonical address and link preview of a template's pages. The canonical
 * address of any version is the template's own page, so that search engines keep one entry; its
 * translations are its alternates in their languages (hreflang).
 */
export async function templateMetadata(
  template: CatalogueTemplate,
  options: { title?: string; path?: string } = {},
): Promise<Metadata> {
  const canonical = await publicUrl(`/catalogue/${template.slug}`);
  const url = options.path ? await publicUrl(options.path) : canonical;
  const title = options.title ?? template.version.name;
  const description = truncate(template.version.content.summary, 200);
  // The page itself is one of its language versions too, as hreflang expects.
  const languages = Object.fromEntries([
    [template.language, canonical],
    ...(await Promise.all(
      template.translations.map(async (translation) => [
        translation.language,
        await publicUrl(`/catalogue/${translation.slug}`),
      ]),
    )),
  ]);
  return {
    title,
    description,
    alternates: { canonical, ...(template.translations.length > 0 ? { languages } : {}) },
    openGraph: {
      type: "article",
      title,
      description,
      url,
      locale: template.language,
      publishedTime: template.version.publishedAt.toISOString(),
      authors: [template.publisher.name],
    },
    twitter: { card: "summary", title, description },
  };
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1).trimEnd()}…`;
}
