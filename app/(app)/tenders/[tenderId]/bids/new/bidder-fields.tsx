"use client";
import { useTranslations } from "next-intl";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextField } from "@/components/forms/text-field";
import type { BidFormApi } from "./bid-form";

/** Who the bidder is: name, country, VAT or registration number, SME or not, and a contact. */
export function BidderFields({ api: { form, fieldError } }: { api: BidFormApi }) {
  const t = useTranslations("bidReception.form.bidder");
  return (
    <section aria-labelledby="bidder-heading" className="mb-8">
      <h2 id="bidder-heading" className="mb-4 text-2xl">
        {t("heading")}
      </h2>
      <TextField
        name="bidder.name"
        label={t("name")}
        hint={t("nameHint")}
        autoComplete="organization"
        error={fieldError("bidder.name")}
        registration={form.register("bidder.name")}
      />
      <TextField
        name="bidder.country"
        label={t("country")}
        hint={t("countryHint")}
        className="max-w-24"
        maxLength={2}
        error={fieldError("bidder.country")}
        registration={form.register("bidder.country")}
      />
      <TextField
        name="bidder.registrationId"
        label={t("registrationId")}
        hint={t("registrationIdHint")}
        error={fieldError("bidder.registrationId")}
        registration={form.register("bidder.registrationId")}
      />
      <RadioGroup
        name="bidder.isSme"
        legend={t("isSme")}
        hint={t("isSmeHint")}
        error={fieldError("bidder.isSme")}
        options={[
          { value: "yes", label: t("yes") },
          { value: "no", label: t("no") },
        ]}
        registration={form.register("bidder.isSme")}
      />
      <TextField
        name="bidder.contactName"
        label={t("contactName")}
        optionalLabel={t("optional")}
        error={fieldError("bidder.contactName")}
        registration={form.register("bidder.contactName")}
      />
      <TextField
        name="bidder.contactEmail"
        type="email"
        label={t("contactEmail")}
        optionalLabel={t("optional")}
        error={fieldError("bidder.contactEmail")}
        registration={form.register("bidder.contactEmail")}
      />
    </section>
  );
}
