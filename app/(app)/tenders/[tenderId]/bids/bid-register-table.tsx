import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { TableHead } from "@/components/ui/table-head";

export type BidRegisterLine = {
  id: string;
  receiptNumber: number;
  lotKey: string | null;
  /** The time of receipt as entered ("2026-11-20 14:30"). */
  receivedAt: string;
  source: string;
  enteredBy: string | null;
  withdrawnOn: string | null;
  bidderName: string | null;
};

/**
 * The receipts, one row per bid. While the bids are sealed there is no bidder column at all:
 * the register cannot show what it does not have. The links to add a bill of materials or
 * withdraw a bid are there only while bids can still be received.
 */
export async function BidRegisterTable({
  tenderId,
  rows,
  lotTitles,
  opened,
  mayChange,
}: {
  tenderId: string;
  rows: BidRegisterLine[];
  lotTitles: Record<string, string>;
  opened: boolean;
  mayChange: boolean;
}) {
  const t = await getTranslations("bidReception.register");
  const hasLots = rows.some((row) => row.lotKey !== null);
  const columns = [
    t("receiptNumber"),
    ...(opened ? [t("bidder")] : []),
    ...(hasLots ? [t("lot")] : []),
    t("receivedAt"),
    t("source"),
    t("enteredBy"),
    t("status"),
    ...(mayChange ? [t("actions")] : []),
  ];
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <caption className="mb-2 text-left text-lg font-semibold">{t("caption", { count: rows.length })}</caption>
        <TableHead columns={columns} />
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4">
                {t("receipt", { number: row.receiptNumber })}
              </th>
              {opened ? (
                <td className="py-2 pr-4">
                  {row.bidderName ? <Link href={`/tenders/${tenderId}/bids/${row.id}`}>{row.bidderName}</Link> : "—"}
                </td>
              ) : null}
              {hasLots ? (
                <td className="py-2 pr-4">
                  {row.lotKey ? `${row.lotKey}${lotTitles[row.lotKey] ? ` · ${lotTitles[row.lotKey]}` : ""}` : "—"}
                </td>
              ) : null}
              <td className="py-2 pr-4 whitespace-nowrap">{row.receivedAt}</td>
              <td className="py-2 pr-4">{t(`sources.${row.source}`)}</td>
              <td className="py-2 pr-4">{row.enteredBy ?? "—"}</td>
              <td className="py-2 pr-4">
                {row.withdrawnOn ? t("withdrawnOn", { date: row.withdrawnOn }) : opened ? t("opened") : t("sealed")}
              </td>
              {mayChange ? (
                <td className="py-2 pr-4">
                  {row.withdrawnOn ? null : (
                    <ul className="space-y-1">
                      <li>
                        <Link href={`/tenders/${tenderId}/bids/${row.id}/sbom`}>
                          {t("addSbom")}
                          <span className="sr-only"> {t("toBid", { number: row.receiptNumber })}</span>
                        </Link>
                      </li>
                      <li>
                        <Link href={`/tenders/${tenderId}/bids/${row.id}/withdraw`}>
                          {t("withdraw")}
                          <span className="sr-only"> {t("bidNumber", { number: row.receiptNumber })}</span>
                        </Link>
                      </li>
                    </ul>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
