"use client";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { CostLinesEditor, useCostLineName } from "@/components/bids/cost-lines-editor";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { nameListErrors } from "@/components/forms/name-list-errors";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { registerBidSchemaFor } from "@/lib/schemas/bid-entry";
import { registerBidAction } from "../actions";
import { BidRegistered } from "./bid-registered";
import { BidderFields } from "./bidder-fields";
import { ClaimsFields } from "./claims-fields";
import { ComponentList } from "./component-list";
import { emptyBidForm, type BidFormTender, type BidFormValues } from "./form-values";
import { StandardAnswersFields } from "./standard-answers-fields";

export type BidFormApi = {
  form: UseFormReturn<BidFormValues>;
  fieldError: (name: string) => string | undefined;
};

/**
 * "Register a bid". The same schema as the server, with the tender's checks (cost years, lot,
 * deadline), so every problem shows before anything is sent. Once saved the bid is sealed: the
 * page says so and shows its receipt number, and the form is not shown again with its content.
 */
export function BidForm({ tender }: { tender: BidFormTender }) {
  const t = useTranslations("bidReception.form");
  const nameCostLine = useCostLineName("bidderPrices");
  const schema = useMemo(() => registerBidSchemaFor(tender.context), [tender.context]);
  const [registered, setRegistered] = useState<{ receiptNumber: number } | null>(null);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema,
    action: registerBidAction,
    defaultValues: emptyBidForm(tender),
    onSuccess: (result) => {
      form.reset(emptyBidForm(tender));
      setRegistered({ receiptNumber: result.receiptNumber });
    },
  });
  const api: BidFormApi = { form: form as unknown as UseFormReturn<BidFormValues>, fieldError };

  if (registered) {
    return (
      <BidRegistered
        tenderId={tender.id}
        receiptNumber={registered.receiptNumber}
        onAnother={() => setRegistered(null)}
      />
    );
  }

  const costLineName = (index: number) => nameCostLine(form.getValues(`costLines.${index}`), index);
  const componentName = (index: number) =>
    form.getValues(`components.${index}.name`)?.trim() || t("components.heading", { number: index + 1 });
  const errors = nameListErrors(nameListErrors(summaryErrors, "costLines", costLineName), "components", componentName);

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <section aria-labelledby="receipt-heading" className="mb-8">
            <h2 id="receipt-heading" className="mb-4 text-2xl">
              {t("receiptHeading")}
            </h2>
            <div className="flex flex-wrap gap-x-6">
              <TextField
                name="receivedAt"
                type="date"
                label={t("receivedDate")}
                hint={t("receivedDateHint")}
                className="max-w-xs"
                error={fieldError("receivedAt")}
                registration={form.register("receivedAt")}
              />
              <TextField
                name="receivedTime"
                type="time"
                label={t("receivedTime")}
                hint={t("receivedTimeHint")}
                className="max-w-xs"
                error={fieldError("receivedTime")}
                registration={form.register("receivedTime")}
              />
            </div>
            {tender.lots.length > 0 ? (
              <SelectField
                name="lotKey"
                label={t("lot")}
                error={fieldError("lotKey")}
                options={[
                  { value: "", label: t("chooseLot") },
                  ...tender.lots.map((lot) => ({ value: lot.key, label: `${lot.key} · ${lot.title}` })),
                ]}
                registration={form.register("lotKey")}
              />
            ) : null}
          </section>
          <BidderFields api={api} />
          <section aria-labelledby="solution-heading" className="mb-8">
            <h2 id="solution-heading" className="mb-4 text-2xl">
              {t("solutionHeading")}
            </h2>
            <TextareaField
              name="solution"
              label={t("solution")}
              hint={t("solutionHint")}
              rows={4}
              error={fieldError("solution")}
              registration={form.register("solution")}
            />
            <RadioGroup
              name="claimsOpenSource"
              legend={t("claimsOpenSource")}
              hint={t("claimsOpenSourceHint")}
              error={fieldError("claimsOpenSource")}
              options={[
                { value: "yes", label: t("yes") },
                { value: "no", label: t("no") },
              ]}
              registration={form.register("claimsOpenSource")}
            />
          </section>
          <CostLinesEditor
            kind="bidderPrices"
            name="costLines"
            form={api.form}
            fieldError={fieldError}
            currency={tender.currency}
            tcoHorizonYears={tender.context.tcoHorizonYears}
          />
          <ComponentList api={api} />
          <ClaimsFields api={api} />
          <StandardAnswersFields api={api} standards={tender.standards} />
          <p className="mb-4">{t("sealWarning")}</p>
          <SubmitButton pending={isPending}>{t("submit")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
