import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CostTableView } from "@/components/bids/cost-table-view";
import { PageHeading } from "@/components/ui/page-heading";
import { lastCostYear } from "@/lib/domain/bids/cost-years";
import { readTenderInternalCosts } from "@/lib/server/bids/internal-costs";
import { requireBidTender } from "@/lib/server/bids/require-bid-tender";
import { getDb } from "@/lib/server/db";
import { InternalCostsForm } from "./internal-costs-form";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ tender }, t] = await Promise.all([
    requireBidTender((await params).tenderId, "bid.register"),
    getTranslations("internalCosts"),
  ]);
  return { title: `${t("title")} · ${tender.reference}` };
}

/**
 * The authority's own costs that come with every bid of the tender (decisions.md: estimated by
 * the authority, entered once per tender or per bid, kept apart from the bidders' prices). They
 * are not bid content, so they can be entered before the opening, ideally before.
 */
export default async function TenderInternalCostsPage({ params }: Props) {
  const { viewer, tender } = await requireBidTender((await params).tenderId, "bid.register");
  const [t, { lines, fingerprint }] = await Promise.all([
    getTranslations("internalCosts"),
    readTenderInternalCosts(getDb(), viewer, tender.id),
  ]);
  const lastYear = tender.tcoHorizonYears === null ? null : lastCostYear(tender.tcoHorizonYears);
  return (
    <div className="max-w-3xl">
      <Link href={`/tenders/${tender.id}/bids`} className="mb-6 inline-block">
        {t("back")}
      </Link>
      <PageHeading caption={`${tender.reference} · ${tender.title}`} title={t("title")} lead={t("lead")} />
      <p className="mb-6">{t("how")}</p>
      <section aria-labelledby="current-heading" className="mb-8">
        <h2 id="current-heading" className="mb-4 text-2xl">
          {t("current")}
        </h2>
        <CostTableView
          id="internal-costs-table"
          lines={lines}
          lastYear={lastYear}
          currency={tender.currency}
          caption={t("tableCaption", { currency: tender.currency })}
        />
      </section>
      <InternalCostsForm
        tenderId={tender.id}
        fingerprint={fingerprint}
        lines={lines}
        currency={tender.currency}
        tcoHorizonYears={tender.tcoHorizonYears}
      />
    </div>
  );
}
