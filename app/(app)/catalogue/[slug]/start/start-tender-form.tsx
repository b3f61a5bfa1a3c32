"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { startTenderFromTemplateSchema } from "@/lib/schemas/template-reuse";
import { startTenderFromTemplateAction } from "./actions";

/** The tender's title (the template's name to start with), then the tender is created and opened. */
export function StartTenderForm({
  slug,
  templateVersion,
  title,
}: {
  slug: string;
  templateVersion: number;
  title: string;
}) {
  const t = useTranslations("templateReuse.start");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: startTenderFromTemplateSchema,
    action: startTenderFromTemplateAction,
    defaultValues: { slug, templateVersion, title },
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
