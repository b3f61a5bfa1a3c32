import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { EmptyState } from "@/components/ui/empty-state";
import { Notice } from "@/components/ui/notice";
import { PageHeading } from "@/components/ui/page-heading";
import { formatReceivedAt } from "@/lib/domain/bids/received-at";
import { can } from "@/lib/domain/permissions";
import { AppError } from "@/lib/errors";
import { requireViewer } from "@/lib/server/auth/viewer";
import { getBidRegister } from "@/lib/server/bids/bid-register";
import { getDb } from "@/lib/server/db";
import { BidRegisterTable } from "./bid-register-table";
import { ReceptionClosedNotice } from "./reception-closed-notice";

type Props = { params: Promise<{ tenderId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("bidReception.register");
  return { title: t("title") };
}

/**
 * The bids register: one line per bid received, with what may be known of it while it is sealed
 * (receipt number, lot, time of receipt, source, who entered it, withdrawn or not). Once the bids
 * are opened, the bidder's name links to the bid.
 */
export default async function BidRegisterPage({ params }: Props) {
  const { tenderId } = await params;
  const viewer = await requireViewer();
  if (!can(viewer.roles, "bid.view") && !can(viewer.roles, "bid.register")) forbidden();
  const register = await getBidRegister(getDb(), viewer, tenderId).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, tComparison, format] = await Promise.all([
    getTranslations("bidReception.register"),
    getTranslations("bidComparison"),
    getFormatter(),
  ]);
  const { tender, opened, reception, rows } = register;
  const mayRegister = can(viewer.roles, "bid.register") && reception === "OPEN";
  const deadline = tender.tenderDeadline
    ? format.dateTime(new Date(`${tender.tenderDeadline}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })
    : null;

  return (
    <div className="max-w-5xl">
      {can(viewer.roles, "tender.view") ? (
        <Link href={`/tenders/${tender.id}`} className="mb-6 inline-block">
          {t("back")}
        </Link>
      ) : null}
      <PageHeading
        caption={`${tender.reference} · ${tender.title}`}
        title={t("title")}
        lead={deadline ? t("leadWithDeadline", { deadline }) : t("lead")}
      />
      {opened ? (
        <Notice title={t("openedTitle")}>
          <p className="mb-2">{t("openedBody")}</p>
          {can(viewer.roles, "bid.view") ? (
            <p>
              <Link href={`/tenders/${tender.id}/bids/comparison`} className="font-semibold">
                {tComparison("link")}
              </Link>
            </p>
          ) : null}
        </Notice>
      ) : (
        <Notice title={t("sealedTitle")}>
          <p className="mb-2">{t("sealedBody")}</p>
          <p>
            <Link href={`/tenders/${tender.id}/bids/opening`}>{t("openingLink")}</Link>
          </p>
        </Notice>
      )}
      {mayRegister ? (
        <ul className="mb-8 flex flex-wrap gap-4">
          <li>
            <Link
              href={`/tenders/${tender.id}/bids/new`}
              className="bg-brand hover:bg-brand-dark inline-flex min-h-11 items-center rounded px-4 py-2 font-semibold text-white no-underline"
            >
              {t("registerBid")}
            </Link>
          </li>
          <li>
            <Link
              href={`/tenders/${tender.id}/bids/import`}
              className="bg-surface inline-flex min-h-11 items-center rounded border border-line px-4 py-2 font-semibold no-underline hover:bg-gray-200"
            >
              {t("importBids")}
            </Link>
          </li>
        </ul>
      ) : can(viewer.roles, "bid.register") ? (
        <ReceptionClosedNotice state={reception} />
      ) : null}
      {rows.length === 0 ? (
        <EmptyState title={t("emptyTitle")} body={t("emptyBody")} />
      ) : (
        <BidRegisterTable
          tenderId={tender.id}
          rows={rows.map((row) => ({
            ...row,
            receivedAt: formatReceivedAt(row.receivedAt),
            withdrawnOn: row.withdrawnAt ? format.dateTime(row.withdrawnAt, { dateStyle: "medium" }) : null,
          }))}
          lotTitles={Object.fromEntries(register.lots.map((lot) => [lot.key, lot.title]))}
          opened={opened}
          mayChange={mayRegister}
        />
      )}
    </div>
  );
}
