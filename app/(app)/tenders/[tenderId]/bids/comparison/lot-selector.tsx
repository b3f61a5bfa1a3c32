import Link from "next/link";
import { getTranslations } from "next-intl/server";

/** The lots as plain links (no JavaScript needed); the one shown is marked as the current page. */
export async function LotSelector({
  tenderId,
  lots,
  current,
}: {
  tenderId: string;
  lots: { key: string; title: string }[];
  current: string;
}) {
  const t = await getTranslations("bidComparison");
  return (
    <nav aria-labelledby="lots-heading" className="mb-8">
      <h2 id="lots-heading" className="mb-2 text-lg">
        {t("lotsHeading")}
      </h2>
      <ul className="flex flex-wrap gap-3">
        {lots.map((lot) => (
          <li key={lot.key}>
            {lot.key === current ? (
              <Link
                href={`/tenders/${tenderId}/bids/comparison?lot=${encodeURIComponent(lot.key)}`}
                aria-current="page"
                className="inline-block rounded border-2 border-ink bg-surface px-3 py-1 font-bold text-ink no-underline"
              >
                {t("lotLink", { key: lot.key, title: lot.title })}
              </Link>
            ) : (
              <Link
                href={`/tenders/${tenderId}/bids/comparison?lot=${encodeURIComponent(lot.key)}`}
                className="inline-block rounded border border-line px-3 py-1"
              >
                {t("lotLink", { key: lot.key, title: lot.title })}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
