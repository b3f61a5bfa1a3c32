import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** Links to each lot's evaluation; the current one is marked for screen readers too. */
export async function LotNavigation({
  lots,
  current,
  href,
}: {
  lots: readonly { lotKey: string | null; lotTitle: string | null }[];
  current: string | null;
  href: (lotKey: string) => string;
}) {
  if (lots.length <= 1 || lots[0]!.lotKey === null) return null;
  const t = await getTranslations("evaluationResults");
  return (
    <nav aria-label={t("lotsNavigation")} className="mb-8">
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {lots.map((lot) => (
          <li key={lot.lotKey}>
            <Link
              href={href(lot.lotKey!)}
              aria-current={lot.lotKey === current ? "page" : undefined}
              className={lot.lotKey === current ? "font-bold no-underline" : undefined}
            >
              {t("lotLink", { key: lot.lotKey!, title: lot.lotTitle ?? "" })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
