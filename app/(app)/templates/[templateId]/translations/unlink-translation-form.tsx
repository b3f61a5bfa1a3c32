"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import { unlinkTranslationSchema } from "@/lib/schemas/template-translations";
import { unlinkTranslationAction } from "./actions";

/** Removes the link to the original: the template stays, no longer presented as its translation. */
export function UnlinkTranslationForm({ templateId, version }: { templateId: string; version: number }) {
  const t = useTranslations("templates.translations");
  const router = useRouter();
  const { onSubmit, isPending, summaryErrors, attempt } = useActionForm({
    schema: unlinkTranslationSchema,
    action: unlinkTranslationAction,
    defaultValues: { templateId, version },
    onSuccess: () => {
      router.push(`/templates/${templateId}/translations?saved=unlinked`);
      router.refresh();
    },
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <SubmitButton pending={isPending} variant="warning">
            {t("unlinkSubmit")}
          </SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
