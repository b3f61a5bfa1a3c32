"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormShell } from "@/components/forms/form-shell";
import { prefixedErrors } from "@/components/forms/prefixed-errors";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { completeConsensusSchema, reopenSchema } from "@/lib/schemas/evaluation";
import { completeConsensusAction, reopenSubmissionAction } from "../actions";

/** Completing the consensus: one button, after the page has said what it does. */
export function CompleteConsensusForm({ tenderId, version }: { tenderId: string; version: number }) {
  const t = useTranslations("evaluation.consensus");
  const router = useRouter();
  const state = useActionForm({
    schema: completeConsensusSchema,
    action: completeConsensusAction,
    defaultValues: { tenderId, version },
    onSuccess: () => {
      router.refresh();
      window.scrollTo({ top: 0 });
    },
  });
  return <FormShell state={state} submitLabel={t("complete")} />;
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
  const state = useActionForm({
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
        <FormShell
          state={state}
          submitLabel={t("reopen", { name })}
          submitVariant="warning"
          errors={prefixedErrors(state.summaryErrors, prefix)}
        >
          <TextareaField
            name={`${prefix}-reason`}
            label={t("reopenReason")}
            rows={3}
            error={state.fieldError("reason")}
            registration={state.form.register("reason")}
          />
        </FormShell>
      </div>
    </details>
  );
}
