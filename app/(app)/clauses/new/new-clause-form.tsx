"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useWatch } from "react-hook-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { emptyClauseDraft, type ClauseDraft } from "@/lib/domain/clauses/clause-draft";
import { isLocale } from "@/lib/i18n/config";
import { newClauseSchema } from "@/lib/schemas/clauses";
import { createClauseAction } from "../actions";
import { ClauseEditorFields } from "../editor/clause-editor-fields";
import { editorValuesOf, type ClauseEditorForm } from "../editor/editor-values";
import { useEditorSummary } from "../editor/use-editor-summary";

/** "Create a clause": the shared editor plus the key, saved as version 1. */
export function NewClauseForm() {
  const t = useTranslations("clauses.create");
  const router = useRouter();
  const locale = useLocale();
  // No category or status chosen yet: the form asks rather than guesses.
  const empty = { ...emptyClauseDraft(), category: "", status: "" } as unknown as ClauseDraft;
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: newClauseSchema,
    action: createClauseAction,
    defaultValues: { key: "", ...editorValuesOf(empty, t("firstVersionNote")) },
    onSuccess: (created) => router.push(`/clauses/${created.key}`),
  });
  const editorForm = form as unknown as ClauseEditorForm;
  const errors = useEditorSummary(editorForm, summaryErrors);
  const key = useWatch({ control: form.control, name: "key" }) ?? "";

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <ClauseEditorFields
            form={editorForm}
            fieldError={fieldError}
            clauseKey={key}
            uiLanguage={isLocale(locale) ? locale : "en"}
            keyField={
              <TextField
                name="key"
                label={t("key")}
                hint={t("keyHint")}
                className="max-w-md font-mono"
                spellCheck={false}
                autoComplete="off"
                error={fieldError("key")}
                registration={form.register("key")}
              />
            }
          />
          <SubmitButton pending={isPending}>{t("submit")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
