"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CostLinesEditor, useCostLineName } from "@/components/bids/cost-lines-editor";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { nameListErrors } from "@/components/forms/name-list-errors";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import type { CostLine } from "@/lib/domain/bids/bid-model";
import { costLineFormValues } from "@/lib/schemas/cost-line-form";
import { tenderInternalCostsSchema } from "@/lib/schemas/internal-costs";
import { saveTenderInternalCostsAction } from "./actions";

/** The tender's internal cost lines, saved whole, from the lines the page showed (fingerprint). */
export function InternalCostsForm({
  tenderId,
  fingerprint,
  lines,
  currency,
  tcoHorizonYears,
}: {
  tenderId: string;
  fingerprint: string;
  lines: CostLine[];
  currency: string;
  /** The tender's contract years N; null when it has none yet. */
  tcoHorizonYears: number | null;
}) {
  const t = useTranslations("internalCosts");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const nameOf = useCostLineName("internalCosts");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: tenderInternalCostsSchema,
    action: saveTenderInternalCostsAction,
    defaultValues: { tenderId, fingerprint, lines: costLineFormValues(lines) },
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
          <CostLinesEditor
            kind="internalCosts"
            name="lines"
            form={form}
            fieldError={fieldError}
            currency={currency}
            tcoHorizonYears={tcoHorizonYears}
          />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
