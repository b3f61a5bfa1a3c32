"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { CostLinesEditor, useCostLineName } from "@/components/bids/cost-lines-editor";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { nameListErrors } from "@/components/forms/name-list-errors";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import type { CostLine } from "@/lib/domain/bids/bid-model";
import { costLineFormValues } from "@/lib/schemas/cost-line-form";
import { bidInternalCostsSchema, resetBidInternalCostsSchema } from "@/lib/schemas/internal-costs";
import { resetBidInternalCostsAction, saveBidInternalCostsAction } from "../actions";

type Ids = { tenderId: string; bidId: string; version: number };

/** This bid's own internal cost lines, from the bid's version; back to the bid page once saved. */
export function BidInternalCostsForm({
  ids,
  lines,
  currency,
  tcoHorizonYears,
}: {
  ids: Ids;
  lines: CostLine[];
  currency: string;
  /** The tender's contract years N; null when it has none yet. */
  tcoHorizonYears: number | null;
}) {
  const t = useTranslations("internalCosts.bid");
  const router = useRouter();
  const nameOf = useCostLineName("internalCosts");
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: bidInternalCostsSchema,
    action: saveBidInternalCostsAction,
    defaultValues: { ...ids, lines: costLineFormValues(lines) },
    onSuccess: () => router.push(`/tenders/${ids.tenderId}/bids/${ids.bidId}#internal-heading`),
  });
  const errors = nameListErrors(summaryErrors, "lines", (index) => nameOf(form.getValues(`lines.${index}`), index));
  return (
    <>
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
