"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import type { ImportSameBidder } from "@/lib/server/bids/import-bids";

/**
 * A warning, not a refusal: bidders of the file that already have a bid on the lot, or appear in
 * the file more than once. Nothing is registered until the person imports the file anyway.
 */
export function ImportSameBidders({
  sameBidders,
  pending,
  onConfirm,
}: {
  sameBidders: ImportSameBidder[];
  pending: boolean;
  onConfirm: () => void;
}) {
  const t = useTranslations("bidReception.sameBidder");
  return (
    <div role="alert" aria-labelledby="same-bidders-title" className="border-brand mb-6 border-l-8 bg-blue-50 p-4">
      <h2 id="same-bidders-title" className="mb-2 text-xl">
        {t("importTitle", { count: sameBidders.length })}
      </h2>
      <ul className="mb-4 list-disc pl-6">
        {sameBidders.map((bidder) => (
          <li key={`${bidder.registrationId}|${bidder.lotKey ?? ""}`}>
            <span className="font-semibold">{bidder.registrationId}</span>
            {bidder.lotKey ? ` · ${bidder.lotKey}` : ""}:{" "}
            {[
              bidder.receiptNumbers.length > 0
                ? t("alreadyRegistered", {
                    count: bidder.receiptNumbers.length,
                    receipts: bidder.receiptNumbers.join(", "),
                  })
                : null,
              bidder.timesInFile > 1 ? t("timesInFile", { count: bidder.timesInFile }) : null,
            ]
              .filter(Boolean)
              .join("; ")}
          </li>
        ))}
      </ul>
      <p className="mb-2">{t("why")}</p>
      <p className="mb-4">{t("importNothingYet")}</p>
      <Button onClick={onConfirm} disabled={pending}>
        {t("importAnyway")}
      </Button>
    </div>
  );
}
