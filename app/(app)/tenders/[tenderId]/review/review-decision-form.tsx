"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { TenderStatus, TenderTransition } from "@/lib/domain/tender/tender-status";
import { changeTenderStatusSchema } from "@/lib/schemas/tender-review";
import { changeTenderStatusAction } from "./actions";

type Decision = { to: TenderStatus; action: TenderTransition["action"] };

/** The end of the review: approve, or send the tender back with the reason (required). */
export function ReviewDecisionForm({
  tenderId,
  version,
  decisions,
}: {
  tenderId: string;
  version: number;
  /** The decisions the viewer's roles allow, from the lifecycle (approve, request changes). */
  decisions: Decision[];
}) {
  const t = useTranslations("tenders.review.decision");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: changeTenderStatusSchema,
    action: changeTenderStatusAction,
    defaultValues: { tenderId, version, from: "IN_REVIEW", reason: "" },
    onSuccess: ({ transition }) => router.push(`/reviews?decided=${transition}`),
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <RadioGroup
            name="to"
            legend={t("legend")}
            error={fieldError("to")}
            options={decisions.map((decision) => ({
              value: decision.to,
              label: t(`${decision.action}.label`),
              hint: t(`${decision.action}.hint`),
            }))}
            registration={form.register("to")}
          />
          <TextareaField
            name="reason"
            label={t("reason")}
            hint={t("reasonHint")}
            rows={4}
            error={fieldError("reason")}
            registration={form.register("reason")}
          />
          <SubmitButton pending={isPending}>{t("submit")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
