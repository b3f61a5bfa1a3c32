"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { UseFormReturn } from "react-hook-form";
import { costLineInputs } from "@/components/bids/cost-line-inputs";
import { CostLinesFields, useCostLineName, type CostLinesFormValues } from "@/components/bids/cost-lines-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { nameListErrors } from "@/components/forms/name-list-errors";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import type { CostLine } from "@/lib/domain/bids/bid-model";
import { tenderInternalCostsSchema } from "@/lib/schemas/internal-costs";
import { saveTenderInternalCostsAction } from "./actions";

/** The tender's internal cost lines, saved whole, from the lines the page showed (fingerprint). */
export function InternalCostsForm({
  tenderId,
  fingerprint,
  lines,
  currency,
  lastYear,
}: {
  tenderId: string;
  fingerprint: string;
  lines: CostLine[];
  currency: string;
  lastYear: number | null;
}) {
  const t = useTranslations("internalCosts.editor");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const nameOf = useCostLineName();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: tenderInternalCostsSchema,
    action: saveTenderInternalCostsAction,
    defaultValues: { tenderId, fingerprint, lines: costLineInputs(lines) },
    onSuccess: (result) => {
      form.setValue("fingerprint", result.fingerprint);
      setSaved(true);
      router.refresh();
    },
    onFailure: () => setSaved(false),
  });
  const errors = nameListErrors(summaryErrors, "lines", (index) => nameOf(form.getValues(`lines.${index}`), index));
  return (
    <>
      {saved ? <Notice tone="success" live title={t("saved")} /> : null}
      <ErrorSummary errors={errors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <CostLinesFields
            form={form as unknown as UseFormReturn<CostLinesFormValues>}
            fieldError={fieldError}
            currency={currency}
            lastYear={lastYear}
          />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
