"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { draftOf } from "@/lib/domain/clauses/clause-draft";
import { CLAUSE_STATUSES, type Clause } from "@/lib/domain/clauses/clause-model";
import { CONTRACT_NATURES, PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import { isLocale, LOCALES } from "@/lib/i18n/config";
import { clauseVersionSchema } from "@/lib/schemas/clauses";
import { createClauseVersionAction } from "../../actions";

/**
 * The library editor: texts per language, status, applicability, parameter defaults and a change
 * note. `base` travels with the form so the browser can run the same clause check as the server
 * (which re-reads the stored version rather than trusting it).
 */
export function ClauseVersionForm({ clause, lockVersion }: { clause: Clause; lockVersion: number }) {
  const t = useTranslations("clauses.edit");
  const tLanguage = useTranslations("clauses.language");
  const tLibrary = useTranslations("clauseLibrary");
  const tTenders = useTranslations("tenders");
  const router = useRouter();
  const locale = useLocale();
  const uiLanguage = isLocale(locale) ? locale : "en";
  const draft = draftOf(clause);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: clauseVersionSchema,
    action: createClauseVersionAction,
    defaultValues: {
      key: clause.key,
      lockVersion,
      base: clause,
      ...draft,
      applicability: { ...draft.applicability, cpvPrefixes: draft.applicability.cpvPrefixes.join(", ") },
      changeNote: "",
    },
    onSuccess: (saved) => router.push(`/clauses/${saved.key}?compare=${saved.version}#diff-heading`),
  });

  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          {LOCALES.map((locale) => {
            const language = tLanguage(locale);
            const field = (name: string) => `content.${locale}.${name}` as const;
            return (
              <fieldset key={locale} className="mb-8 border-t border-line pt-4">
                <legend className="mb-2 text-xl font-bold">{t("languageVersion", { language })}</legend>
                <TextField
                  name={field("title")}
                  label={t("titleLabel", { language })}
                  error={fieldError(field("title"))}
                  registration={form.register(`content.${locale}.title`)}
                />
                <TextareaField
                  name={field("body")}
                  label={t("body", { language })}
                  hint={t("bodyHint")}
                  rows={10}
                  error={fieldError(field("body"))}
                  registration={form.register(`content.${locale}.body`)}
                />
                {(["why", "whenToUse", "pitfalls"] as const).map((part) => (
                  <TextareaField
                    key={part}
                    name={field(`guidance.${part}`)}
                    label={t(part, { language })}
                    rows={3}
                    error={fieldError(field(`guidance.${part}`))}
                    registration={form.register(`content.${locale}.guidance.${part}`)}
                  />
                ))}
              </fieldset>
            );
          })}

          <RadioGroup
            name="status"
            legend={t("status")}
            error={fieldError("status")}
            options={CLAUSE_STATUSES.map((status) => ({ value: status, label: tLibrary(`status.${status}`) }))}
            registration={form.register("status")}
          />

          <fieldset className="mb-8">
            <legend className="mb-1 text-xl font-bold">{t("applicability")}</legend>
            <p className="text-muted mb-4">{t("applicabilityHint")}</p>
            <CheckboxGroup
              name="applicability.contractNatures"
              legend={t("natures")}
              error={fieldError("applicability.contractNatures")}
              options={CONTRACT_NATURES.map((nature) => ({ value: nature, label: tTenders(`nature.${nature}.name`) }))}
              registration={form.register("applicability.contractNatures")}
            />
            <CheckboxGroup
              name="applicability.procedureTypes"
              legend={t("procedures")}
              error={fieldError("applicability.procedureTypes")}
              options={PROCEDURE_TYPES.map((type) => ({ value: type, label: tTenders(`procedure.${type}.name`) }))}
              registration={form.register("applicability.procedureTypes")}
            />
            <TextField
              name="applicability.cpvPrefixes"
              label={t("cpvPrefixes")}
              hint={t("cpvPrefixesHint")}
              error={fieldError("applicability.cpvPrefixes")}
              registration={form.register("applicability.cpvPrefixes")}
            />
          </fieldset>

          {clause.parameters.length > 0 ? (
            <fieldset className="mb-8">
              <legend className="mb-4 text-xl font-bold">{t("parameters")}</legend>
              {clause.parameters.map((parameter, index) => (
                <TextField
                  key={parameter.name}
                  name={`parameters.${index}.default`}
                  label={t("defaultLabel", {
                    label: clause.content[uiLanguage].parameters[parameter.name]?.label ?? parameter.name,
                  })}
                  hint={t("defaultHint", { kind: tLibrary(`parameterKind.${parameter.kind}`) })}
                  error={fieldError(`parameters.${index}.default`)}
                  registration={form.register(`parameters.${index}.default`)}
                />
              ))}
            </fieldset>
          ) : null}

          <TextareaField
            name="changeNote"
            label={t("changeNote")}
            hint={t("changeNoteHint")}
            rows={3}
            error={fieldError("changeNote")}
            registration={form.register("changeNote")}
          />
          <SubmitButton pending={isPending}>{t("save", { version: clause.version + 1 })}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
