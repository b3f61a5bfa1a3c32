"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { UseFormReturn } from "react-hook-form";
import { costLineInputs } from "@/components/bids/cost-line-inputs";
import { CostLinesFields, useCostLineName, type CostLinesFormValues } from "@/components/bids/cost-lines-fields";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { nameListErrors } from "@/components/forms/name-list-errors";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { CostLine } from "@/lib/domain/bids/bid-model";
import { bidInternalCostsSchema, resetBidInternalCostsSchema } from "@/lib/schemas/internal-costs";
import { resetBidInternalCostsAction, saveBidInternalCostsAction } from "../actions";

type Ids = { tenderId: string; bidId: string; version: number };

/** This bid's own internal cost lines, from the bid's version; back to the bid page once saved. */
export function BidInternalCostsForm({
  ids,
  lines,
  currency,
  lastYear,
}: {
  ids: Ids;
  lines: CostLine[];
  currency: string;
  lastYear: number | null;
}) {
  const t = useTranslations("internalCosts.bid");
  const router = useRouter();
  const nameOf = useCostLineName();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: bidInternalCostsSchema,
    action: saveBidInternalCostsAction,
    defaultValues: { ...ids, lines: costLineInputs(lines) },
    onSuccess: () => router.push(`/tenders/${ids.tenderId}/bids/${ids.bidId}#internal-heading`),
  });
  const errors = nameListErrors(summaryErrors, "lines", (index) => nameOf(form.getValues(`lines.${index}`), index));
  return (
    <>
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

/** Takes the bid's own lines away, so the tender's apply to it again. */
export function ResetBidInternalCostsForm({ ids }: { ids: Ids }) {
  const t = useTranslations("internalCosts.bid");
  const router = useRouter();
  const { onSubmit, isPending, summaryErrors, attempt } = useActionForm({
    schema: resetBidInternalCostsSchema,
    action: resetBidInternalCostsAction,
    defaultValues: ids,
    onSuccess: () => router.push(`/tenders/${ids.tenderId}/bids/${ids.bidId}#internal-heading`),
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <Button type="submit" variant="secondary" disabled={isPending}>
            {t("reset")}
          </Button>
        </FormFields>
      </form>
    </>
  );
}
