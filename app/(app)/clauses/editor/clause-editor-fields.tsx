"use client";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { RadioGroup } from "@/components/forms/radio-group";
import { SelectField } from "@/components/forms/select-field";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { CLAUSE_CATEGORIES, CLAUSE_STATUSES } from "@/lib/domain/clauses/clause-model";
import { CLAUSE_TOPICS } from "@/lib/domain/clauses/clause-topics";
import { CONTRACT_NATURES, PROCEDURE_TYPES } from "@/lib/domain/tender/tender-enums";
import type { Locale } from "@/lib/i18n/config";
import { ClausePreview } from "./clause-preview";
import { ClauseTextFields } from "./clause-text-fields";
import type { ClauseEditorForm, FieldErrorOf } from "./editor-values";
import { ParameterList } from "./parameter-list";
import { SourceList } from "./source-list";

/**
 * Everything a clause has, as one form shared by "Create a clause" and "Edit a clause": what it
 * is (key, category, status, topics), its texts in the three languages, its typed parameters,
 * where it applies, its legal basis and sources, a live preview and the change note.
 */
export function ClauseEditorFields({
  form,
  fieldError,
  keyField,
  clauseKey,
  uiLanguage,
}: {
  form: ClauseEditorForm;
  fieldError: FieldErrorOf;
  /** The key input when creating; nothing when editing (a key never changes). */
  keyField?: ReactNode;
  clauseKey: string;
  uiLanguage: Locale;
}) {
  const t = useTranslations("clauses.edit");
  const tLibrary = useTranslations("clauseLibrary");
  const tTenders = useTranslations("tenders");
  return (
    <>
      <section aria-labelledby="about-heading" className="mb-8">
        <h2 id="about-heading" className="mb-4 text-xl font-bold">
          {t("about")}
        </h2>
        {keyField}
        <SelectField
          name="category"
          label={t("category")}
          error={fieldError("category")}
          options={[
            { value: "", label: t("chooseCategory") },
            ...CLAUSE_CATEGORIES.map((category) => ({ value: category, label: tLibrary(`category.${category}`) })),
          ]}
          registration={form.register("category")}
        />
        <RadioGroup
          name="status"
          legend={t("status")}
          error={fieldError("status")}
          options={CLAUSE_STATUSES.map((status) => ({
            value: status,
            label: tLibrary(`status.${status}`),
            hint: t(`statusHint.${status}`),
          }))}
          registration={form.register("status")}
        />
        <CheckboxGroup
          name="topics"
          legend={t("topics")}
          hint={t("topicsHint")}
          error={fieldError("topics")}
          options={CLAUSE_TOPICS.map((topic) => ({ value: topic, label: tLibrary(`topic.${topic}`) }))}
          registration={form.register("topics")}
        />
      </section>

      <ClauseTextFields form={form} fieldError={fieldError} />
      <ParameterList form={form} fieldError={fieldError} />

      <fieldset className="mb-8 border-t border-line pt-4">
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

      <section aria-labelledby="sources-heading" className="mb-8 border-t border-line pt-4">
        <h2 id="sources-heading" className="mb-1 text-xl font-bold">
          {t("sourcesHeading")}
        </h2>
        <p className="text-muted mb-4">{t("sourcesHint")}</p>
        <SourceList form={form} fieldError={fieldError} list="legalBasis" />
        <SourceList form={form} fieldError={fieldError} list="sources" />
      </section>

      <ClausePreview form={form} clauseKey={clauseKey} initialLanguage={uiLanguage} />

      <TextareaField
        name="changeNote"
        label={t("changeNote")}
        hint={t("changeNoteHint")}
        rows={3}
        error={fieldError("changeNote")}
        registration={form.register("changeNote")}
      />
    </>
  );
}
