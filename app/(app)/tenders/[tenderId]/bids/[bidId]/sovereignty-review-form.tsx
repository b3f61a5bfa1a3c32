"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/field-messages";
import { FormFields } from "@/components/forms/form-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import type { SovereigntyObjective } from "@/lib/domain/tender/sovereignty";
import { sovereigntyReviewSchema } from "@/lib/schemas/sovereignty-review";
import { reviewSovereigntyAction } from "./actions";

/**
 * An evaluator's review of one objective's claim: the level that counts, from SEAL-0 up to the
 * claim and never above it, and why. Several share the page, so each names its fields after its
 * objective.
 */
export function SovereigntyReviewForm({
  tenderId,
  bidId,
  version,
  objective,
  levels,
  currentLevel,
}: {
  tenderId: string;
  bidId: string;
  version: number;
  objective: SovereigntyObjective;
  /** The levels the evaluator may choose (SEAL-0 to the claim), with their names. */
  levels: { value: string; label: string }[];
  currentLevel: number;
}) {
  const t = useTranslations("sovereigntyReview");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: sovereigntyReviewSchema,
    action: reviewSovereigntyAction,
    defaultValues: { tenderId, bidId, version, objective, level: String(currentLevel), justification: "" },
    onSuccess: () => {
      setSaved(true);
      router.refresh();
    },
  });
  // Every review of the bid gives it a new version: the page's refresh hands it to every form.
  useEffect(() => form.setValue("version", version), [form, version]);
  const name = (field: string) => `${objective}.${field}`;
  const errors = summaryErrors.map((error) =>
    error.fieldId === fieldId("level") || error.fieldId === fieldId("justification")
      ? { ...error, fieldId: fieldId(name(error.fieldId === fieldId("level") ? "level" : "justification")) }
      : error,
  );
  return (
    <>
      {saved ? <Notice tone="success" live title={t("saved")} /> : null}
      <ErrorSummary errors={errors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <SelectField
            name={name("level")}
            label={t("level")}
            hint={t("levelHint")}
            error={fieldError("level")}
            options={levels}
            registration={form.register("level")}
          />
          <TextareaField
            name={name("justification")}
            label={t("justification")}
            hint={t("justificationHint")}
            rows={3}
            error={fieldError("justification")}
            registration={form.register("justification")}
          />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
