"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { openingRequestSchema, requestOpeningSchema } from "@/lib/schemas/bid-opening";
import { confirmOpeningAction, requestOpeningAction, withdrawOpeningRequestAction } from "./actions";

/** Asking for the opening: one button. */
export function RequestOpeningForm({ tenderId }: { tenderId: string }) {
  const t = useTranslations("bidOpening");
  const router = useRouter();
  const { onSubmit, isPending, summaryErrors, attempt } = useActionForm({
    schema: requestOpeningSchema,
    action: requestOpeningAction,
    defaultValues: { tenderId },
    onSuccess: () => router.refresh(),
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <SubmitButton pending={isPending}>{t("request")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}

/** Confirming (a second person) or withdrawing (the requester) the request the page shows. */
export function OpeningRequestForm({
  tenderId,
  requestId,
  step,
}: {
  tenderId: string;
  requestId: string;
  step: "confirm" | "withdraw";
}) {
  const t = useTranslations("bidOpening");
  const router = useRouter();
  const { onSubmit, isPending, summaryErrors, attempt } = useActionForm({
    schema: openingRequestSchema,
    action: step === "confirm" ? confirmOpeningAction : withdrawOpeningRequestAction,
    defaultValues: { tenderId, requestId },
    onSuccess: () => {
      router.refresh();
      window.scrollTo({ top: 0 });
    },
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <SubmitButton pending={isPending} variant={step === "confirm" ? "primary" : "warning"}>
            {step === "confirm" ? t("confirm") : t("withdraw")}
          </SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
