"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { submitScoresSchema } from "@/lib/schemas/evaluation";
import { submitScoresAction } from "../actions";

/** "Submit my scores": a confirmation box, then the scores are locked. */
export function SubmitScoresForm({ tenderId, version }: { tenderId: string; version: number }) {
  const t = useTranslations("evaluation.scoring");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: submitScoresSchema,
    action: submitScoresAction,
    defaultValues: { tenderId, version, confirm: false as never },
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
          <CheckboxGroup
            name="confirm"
            legend={t("submitLegend")}
            error={fieldError("confirm")}
            options={[{ value: "true", label: t("submitConfirm") }]}
            registration={form.register("confirm")}
          />
          <SubmitButton pending={isPending}>{t("submit")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
