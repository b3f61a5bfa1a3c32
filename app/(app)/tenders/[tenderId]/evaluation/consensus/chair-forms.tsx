"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { prefixedErrors } from "@/components/forms/prefixed-errors";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { completeConsensusSchema, reopenSchema } from "@/lib/schemas/evaluation";
import { completeConsensusAction, reopenSubmissionAction } from "../actions";

/** Completing the consensus: one button, after the page has said what it does. */
export function CompleteConsensusForm({ tenderId, version }: { tenderId: string; version: number }) {
  const t = useTranslations("evaluation.consensus");
  const router = useRouter();
  const { onSubmit, isPending, summaryErrors, attempt } = useActionForm({
    schema: completeConsensusSchema,
    action: completeConsensusAction,
    defaultValues: { tenderId, version },
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
          <SubmitButton pending={isPending}>{t("complete")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}

/** Reopening one evaluator's submitted scores, with the reason the trail keeps. */
export function ReopenForm({
  tenderId,
  memberId,
  version,
  name,
}: {
  tenderId: string;
  memberId: string;
  version: number;
  name: string;
}) {
  const t = useTranslations("evaluation.consensus");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: reopenSchema,
    action: reopenSubmissionAction,
    defaultValues: { tenderId, memberId, version, reason: "" },
    onSuccess: () => router.refresh(),
  });
  const prefix = `reopen-${memberId}`;
  return (
    <details className="mb-4 border-l-4 border-line pl-4">
      <summary className="cursor-pointer font-semibold">{t("reopenSummary", { name })}</summary>
      <div className="mt-4">
        <p className="mb-4">{t("reopenHow")}</p>
        <ErrorSummary errors={prefixedErrors(summaryErrors, prefix)} attempt={attempt} />
        <form onSubmit={onSubmit} method="post" noValidate>
          <FormFields>
            <TextareaField
              name={`${prefix}-reason`}
              label={t("reopenReason")}
              rows={3}
              error={fieldError("reason")}
              registration={form.register("reason")}
            />
            <SubmitButton pending={isPending} variant="warning">
              {t("reopen", { name })}
            </SubmitButton>
          </FormFields>
        </form>
      </div>
    </details>
  );
}
