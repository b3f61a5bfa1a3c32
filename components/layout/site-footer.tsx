import Link from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("shell.footer");
  return (
    <footer className="bg-surface mt-12 border-t border-line">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-6 text-sm">
        <p>{t("licence")}</p>
        <ul className="flex gap-4">
          <li>
            <Link href="/accessibility">{t("accessibility")}</Link>
          </li>
          <li>
            <Link href="/catalogue">{t("catalogue")}</Link>
          </li>
          <li>
            <Link href="/open-data">{t("openData")}</Link>
          </li>
        </ul>
      </div>
    </footer>
  );
}
