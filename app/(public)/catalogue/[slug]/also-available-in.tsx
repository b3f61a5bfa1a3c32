import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CatalogueTemplateLink } from "@/lib/server/catalogue/get-catalogue-template";
import { languageName } from "../display-names";

/**
 * "Also available in: Français, Deutsch": the template's translations (and its original), each
 * named in its own language, as a buyer looks for their language rather than for a template's
 * name. Nothing when the template has no translation.
 */
export async function AlsoAvailableIn({ translations }: { translations: readonly CatalogueTemplateLink[] }) {
  if (translations.length === 0) return null;
  const t = await getTranslations("catalogue.template");
  const sorted = [...translations].sort((a, b) => a.language.localeCompare(b.language));
  return (
    <p className="mb-6 text-lg" data-testid="also-available-in">
      {t("alsoAvailableIn")}{" "}
      {sorted.map((translation, index) => (
        <span key={translation.slug}>
          {index > 0 ? ", " : null}
          <Link
            href={`/catalogue/${translation.slug}`}
            hrefLang={translation.language}
            lang={translation.language}
            title={translation.name}
          >
            {languageName(translation.language, translation.language)}
          </Link>
        </span>
      ))}
    </p>
  );
}
