"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/field-messages";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { dismissLintWarningSchema } from "@/lib/schemas/openness";
import { dismissLintWarningAction } from "./actions";

/**
 * "Set aside" for a warning, behind a disclosure so the list stays short: the justification is
 * required, and kept with the tender and in the audit log. Each form names its field after the
 * finding, since many share the page.
 */
export function SetAsideForm({
  tenderId,
  version,
  findingKey,
  index,
  context,
}: {
  tenderId: string;
  version: number;
  findingKey: string;
  /** The finding's position on the page, for unique field ids. */
  index: number;
  /** The finding in words, for the disclosure's label. */
  context: string;
}) {
  const t = useTranslations("tenders.openness.setAside");
  const router = useRouter();
  const name = `setAside-${index}.justification`;
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: dismissLintWarningSchema,
    action: dismissLintWarningAction,
    defaultValues: { tenderId, version, key: findingKey, justification: "" },
    onSuccess: () => router.refresh(),
  });
  const errors = summaryErrors.map((error) =>
    error.fieldId === fieldId("justification") ? { ...error, fieldId: fieldId(name) } : error,
  );
  return (
    <details className="mt-3">
      <summary className="cursor-pointer font-semibold">
        {t("summary")}
        <span className="sr-only"> ({context})</span>
      </summary>
      <div className="mt-3">
        <ErrorSummary errors={errors} attempt={attempt} />
        <form onSubmit={onSubmit} method="post" noValidate>
          <TextareaField
            name={name}
            label={t("label")}
            hint={t("hint")}
            rows={3}
            error={fieldError("justification")}
            registration={form.register("justification")}
          />
          <SubmitButton pending={isPending}>
            {t("button")}
            <span className="sr-only"> ({context})</span>
          </SubmitButton>
        </form>
      </div>
    </details>
  );
}
