"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

/**
 * The confirmation: the bid's receipt number, and that it is sealed now. It takes the focus, so a
 * screen reader announces it, as the form it replaces disappears.
 */
export function BidRegistered({
  tenderId,
  receiptNumber,
  onAnother,
}: {
  tenderId: string;
  receiptNumber: number;
  onAnother: () => void;
}) {
  const t = useTranslations("bidReception.registered");
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} className="border-success mb-6 border-l-8 bg-green-50 p-4" role="status">
      <h2 className="mb-2 text-2xl">{t("title", { number: receiptNumber })}</h2>
      <p className="mb-4">{t("sealed")}</p>
      <ul className="flex flex-wrap items-center gap-4">
        <li>
          <Link href={`/tenders/${tenderId}/bids`}>{t("backToRegister")}</Link>
        </li>
        <li>
          <Button variant="secondary" onClick={onAnother}>
            {t("another")}
          </Button>
        </li>
      </ul>
    </div>
  );
}
