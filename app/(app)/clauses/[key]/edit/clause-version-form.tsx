"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SubmitButton } from "@/components/forms/submit-button";
import { useActionForm } from "@/components/forms/use-action-form";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { isLocale } from "@/lib/i18n/config";
import { clauseVersionSchema } from "@/lib/schemas/clauses";
import { createClauseVersionAction } from "../../actions";
import { ClauseEditorFields } from "../../editor/clause-editor-fields";
import { editorValuesOfClause, type ClauseEditorForm } from "../../editor/editor-values";
import { useEditorSummary } from "../../editor/use-editor-summary";

/**
 * "Edit a clause": the whole clause in the shared editor, saved as its next version with a change
 * note. The browser runs the same clause check as the server before sending.
 */
export function ClauseVersionForm({ clause, lockVersion }: { clause: Clause; lockVersion: number }) {
  const t = useTranslations("clauses.edit");
  const router = useRouter();
  const locale = useLocale();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: clauseVersionSchema,
    action: createClauseVersionAction,
    defaultValues: { key: clause.key, lockVersion, ...editorValuesOfClause(clause) },
    onSuccess: (saved) => router.push(`/clauses/${saved.key}?compare=${saved.version}#diff-heading`),
  });
  const editorForm = form as unknown as ClauseEditorForm;
  const errors = useEditorSummary(editorForm, summaryErrors);

  return (
    <>
      <ErrorSummary errors={errors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <ClauseEditorFields
            form={editorForm}
            fieldError={fieldError}
            clauseKey={clause.key}
            uiLanguage={isLocale(locale) ? locale : "en"}
          />
          <SubmitButton pending={isPending}>{t("save", { version: clause.version + 1 })}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
