"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { createTenderSchema } from "@/lib/schemas/tender";
import { createTenderAction } from "../actions";

export function NewTenderForm() {
  const t = useTranslations("tenders.new");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: createTenderSchema,
    action: createTenderAction,
    defaultValues: { title: "" },
    onSuccess: ({ tenderId }) => router.push(`/tenders/${tenderId}`),
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <TextField
            name="title"
            label={t("titleLabel")}
            hint={t("titleHint")}
            error={fieldError("title")}
            registration={form.register("title")}
          />
          <SubmitButton pending={isPending}>{t("submit")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
