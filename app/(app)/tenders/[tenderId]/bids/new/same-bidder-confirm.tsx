"use client";
import { useTranslations } from "next-intl";
import { fieldId } from "@/components/forms/field-messages";
import type { BidFormApi } from "./bid-form";

/**
 * Shown once the server has said that this bidder already has a bid on the lot: a warning, not a
 * refusal. Ticking the box and registering again stores this bid as well.
 */
export function SameBidderConfirm({ api: { form, fieldError } }: { api: BidFormApi }) {
  const t = useTranslations("bidReception.sameBidder");
  const id = fieldId("confirmSameBidder");
  const warning = fieldError("confirmSameBidder");
  return (
    <div className="border-brand mb-6 border-l-8 bg-blue-50 p-4">
      <p id={`${id}-warning`} className="mb-2 font-bold">
        {warning ?? t("formTitle")}
      </p>
      <p id={`${id}-why`} className="mb-4">
        {t("why")}
      </p>
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          aria-describedby={`${id}-warning ${id}-why`}
          className="mt-1 h-6 w-6 shrink-0"
          {...form.register("confirmSameBidder")}
        />
        <label htmlFor={id} className="font-semibold">
          {t("confirm")}
        </label>
      </div>
    </div>
  );
}
