"use client";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { withdrawBidSchema } from "@/lib/schemas/bid-reception";
import { withdrawBidAction } from "../../actions";

/** The reason for withdrawing, then back to the register, where the bid shows as withdrawn. */
export function WithdrawForm({
  tenderId,
  bidId,
  receiptNumber,
}: {
  tenderId: string;
  bidId: string;
  receiptNumber: number;
}) {
  const t = useTranslations("bidReception.withdraw");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: withdrawBidSchema,
    action: withdrawBidAction,
    defaultValues: { tenderId, bidId, reason: "" },
    onSuccess: () => router.push(`/tenders/${tenderId}/bids`),
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <TextareaField
            name="reason"
            label={t("reason")}
            hint={t("reasonHint")}
            rows={4}
            error={fieldError("reason")}
            registration={form.register("reason")}
          />
          <SubmitButton pending={isPending} variant="warning">
            {t("submit", { number: receiptNumber })}
          </SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
