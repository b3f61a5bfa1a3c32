"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { clauseRetirementSchema } from "@/lib/schemas/clauses";
import { reinstateClauseAction, retireClauseAction } from "../actions";

/** Retire a clause (or reinstate a retired one), always with a reason for the audit trail. */
export function RetirementForm({
  clauseKey,
  lockVersion,
  retired,
}: {
  clauseKey: string;
  lockVersion: number;
  retired: boolean;
}) {
  const t = useTranslations("clauses.retire");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: clauseRetirementSchema,
    action: retired ? reinstateClauseAction : retireClauseAction,
    defaultValues: { key: clauseKey, lockVersion, reason: "" },
    onSuccess: () => router.refresh(),
  });
  return (
    <>
      <h3 className="mb-2 text-lg">{retired ? t("reinstateHeading") : t("heading")}</h3>
      <p className="mb-4">{retired ? t("reinstateLead") : t("lead")}</p>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <TextareaField
            name="reason"
            label={retired ? t("reinstateReason") : t("reason")}
            rows={3}
            error={fieldError("reason")}
            registration={form.register("reason")}
          />
          <SubmitButton pending={isPending} variant={retired ? "primary" : "warning"}>
            {retired ? t("reinstateSubmit") : t("submit")}
          </SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
