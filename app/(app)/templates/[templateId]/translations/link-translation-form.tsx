"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { linkTranslationSchema } from "@/lib/schemas/template-translations";
import { linkTranslationAction } from "./actions";

/** "This template is a translation of …": the original, among the templates the rules allow. */
export function LinkTranslationForm({
  templateId,
  version,
  choices,
}: {
  templateId: string;
  version: number;
  choices: { id: string; label: string }[];
}) {
  const t = useTranslations("templates.translations");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: linkTranslationSchema,
    action: linkTranslationAction,
    defaultValues: { templateId, version, originalId: "" },
    onSuccess: () => {
      router.push(`/templates/${templateId}/translations?saved=linked`);
      router.refresh();
    },
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <SelectField
            name="originalId"
            label={t("originalLabel")}
            hint={t("originalHint")}
            error={fieldError("originalId")}
            options={[
              { value: "", label: t("chooseOriginal") },
              ...choices.map(({ id, label }) => ({ value: id, label })),
            ]}
            registration={form.register("originalId")}
          />
          <SubmitButton pending={isPending}>{t("linkSubmit")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
