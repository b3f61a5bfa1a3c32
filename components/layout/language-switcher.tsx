"use client";
import { useLocale, useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { LOCALES } from "@/lib/i18n/config";

const NATIVE_NAMES = { en: "English", fr: "Français", de: "Deutsch" } as const;

/**
 * Plain links, so the switch works without JavaScript; each name is in its own language. A
 * client component because the header outlives client-side navigation: the path must be live.
 */
export function LanguageSwitcher() {
  const t = useTranslations("shell");
  const locale = useLocale();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const returnTo = encodeURIComponent(query ? `${pathname}?${query}` : pathname);
  return (
    <nav aria-label={t("language.label")}>
      <ul className="flex gap-3 text-sm">
        {LOCALES.map((code) => (
          <li key={code}>
            {code === locale ? (
              <span aria-current="true" className="font-bold underline" lang={code}>
                {NATIVE_NAMES[code]}
              </span>
            ) : (
              <a
                href={`/api/language?locale=${code}&returnTo=${returnTo}`}
                lang={code}
                hrefLang={code}
                className="text-white"
              >
                {NATIVE_NAMES[code]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
