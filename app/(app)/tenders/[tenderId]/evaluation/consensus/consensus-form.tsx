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
import { consensusSchema } from "@/lib/schemas/evaluation";
import { recordConsensusAction } from "../actions";
import { prefixedErrors } from "../scale-options";

/** The chair records (or changes) the agreed score of one criterion for one bid, with the rationale. */
export function ConsensusForm({
  tenderId,
  bidId,
  criterionKey,
  version,
  score,
  rationale,
  options,
}: {
  tenderId: string;
  bidId: string;
  criterionKey: string;
  version: number | null;
  score: number | null;
  rationale: string;
  options: { value: string; label: string; hint?: string }[];
}) {
  const t = useTranslations("evaluation.consensus");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: consensusSchema,
    action: recordConsensusAction,
    defaultValues: {
      tenderId,
      bidId,
      criterionKey,
      version: version === null ? "" : version,
      score: score === null ? "" : String(score),
      rationale,
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
  const prefix = `consensus-${bidId}-${criterionKey}`;
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
            name={`${prefix}-rationale`}
            label={t("rationale")}
            hint={t("rationaleHint")}
            rows={4}
            error={fieldError("rationale")}
            registration={form.register("rationale")}
          />
          <SubmitButton pending={isPending}>{t("record")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
