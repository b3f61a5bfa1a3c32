"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import type { FieldValues } from "react-hook-form";
import type { z } from "zod";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { prefixedErrors } from "@/components/forms/prefixed-errors";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import type { ActionResult } from "@/lib/errors";

/** The words that go with a score: an evaluator's justification, or the chair's consensus rationale. */
type ReasonField = "justification" | "rationale";

/** What such a form sends: a score of one criterion for one bid, and the reason in words. */
type ScoreWithReasonInput<R extends ReasonField> = {
  tenderId: string;
  bidId: string;
  criterionKey: string;
  version: unknown;
  score: string;
} & Record<R, string>;

/** What the page knows of the score saved so far (version null: none yet). */
export type ScoreWithReasonValues = {
  tenderId: string;
  bidId: string;
  criterionKey: string;
  version: number | null;
  score: number | null;
  reason: string;
  options: { value: string; label: string; hint?: string }[];
};

/** Which score this form records: its schema and action, its text field, and its messages. */
export type ScoreWithReasonKind<R extends ReasonField> = {
  schema: z.ZodType<FieldValues, ScoreWithReasonInput<R>>;
  action: (input: ScoreWithReasonInput<R>) => Promise<ActionResult<{ version: number }>>;
  reasonField: R;
  /** Holds saved, score, save, and the reason field's label and hint (`<reasonField>Hint`). */
  namespace: "evaluation.scoring" | "evaluation.consensus";
};

/** Inside, the two kinds are one shape: the reason field is the only key that differs. */
type AnyInput = ScoreWithReasonInput<"justification"> | ScoreWithReasonInput<"rationale">;

/**
 * One score of one criterion for one bid with the reason for it, saved on its own: an evaluator's
 * score with its justification, or the chair's consensus score with its rationale. Many share the
 * page, so each names its fields after its bid and criterion.
 */
export function ScoreWithReasonForm<R extends ReasonField>({
  kind,
  tenderId,
  bidId,
  criterionKey,
  version,
  score,
  reason,
  options,
}: ScoreWithReasonValues & { kind: ScoreWithReasonKind<R> }) {
  const { namespace } = kind;
  // Widened: next-intl cannot check a message key built from a type parameter.
  const reasonField: ReasonField = kind.reasonField;
  const t = useTranslations(namespace);
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: kind.schema as z.ZodType<FieldValues, AnyInput>,
    action: kind.action as (input: AnyInput) => Promise<ActionResult<{ version: number }>>,
    defaultValues: {
      tenderId,
      bidId,
      criterionKey,
      version: version === null ? "" : version,
      score: score === null ? "" : String(score),
      [reasonField]: reason,
    },
    onSuccess: ({ version: next }) => {
      form.setValue("version", next);
      setSaved(true);
      router.refresh();
    },
  });
  // After a refresh the page passes the version now stored; the next save must send it.
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
            name={`${prefix}-${reasonField}`}
            label={t(reasonField)}
            hint={t(`${reasonField}Hint`)}
            rows={4}
            error={fieldError(reasonField)}
            registration={form.register(reasonField)}
          />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
