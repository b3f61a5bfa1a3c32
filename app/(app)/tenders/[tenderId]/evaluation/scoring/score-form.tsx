"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import { scoreSchema } from "@/lib/schemas/evaluation";
import { saveScoreAction } from "../actions";
import { prefixedErrors } from "../scale-options";

/**
 * One score of one criterion for one bid, saved on its own as the evaluator goes. Many share the
 * page, so each names its fields after its bid and criterion.
 */
export function ScoreForm({
  tenderId,
  bidId,
  criterionKey,
  version,
  score,
  justification,
  options,
}: {
  tenderId: string;
  bidId: string;
  criterionKey: string;
  version: number | null;
  score: number | null;
  justification: string;
  options: { value: string; label: string; hint?: string }[];
}) {
  const t = useTranslations("evaluation.scoring");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: scoreSchema,
    action: saveScoreAction,
    defaultValues: {
      tenderId,
      bidId,
      criterionKey,
      version: version === null ? "" : version,
      score: score === null ? "" : String(score),
      justification,
    },
    onSuccess: ({ version: next }) => {
      form.setValue("version", next);
      setSaved(true);
      router.refresh();
    },
  });
  useEffect(() => {
    if (version !== null) form.setValue("version", version);
  }, [form, version]);
  const prefix = `${bidId}-${criterionKey}`;
  return (
    <>
      {saved ? <Notice tone="success" live title={t("saved")} /> : null}
      <ErrorSummary errors={prefixedErrors(summaryErrors, prefix)} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate onChange={() => setSaved(false)}>
        <FormFields>
          <RadioGroup
            name={`${prefix}-score`}
            legend={t("score")}
            error={fieldError("score")}
            options={options}
            registration={form.register("score")}
          />
          <TextareaField
            name={`${prefix}-justification`}
            label={t("justification")}
            hint={t("justificationHint")}
            rows={4}
            error={fieldError("justification")}
            registration={form.register("justification")}
          />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
