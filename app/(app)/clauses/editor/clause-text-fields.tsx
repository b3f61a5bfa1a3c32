"use client";
import { useTranslations } from "next-intl";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { LOCALES } from "@/lib/i18n/config";
import type { ClauseEditorForm, FieldErrorOf } from "./editor-values";

/** Title, text and guidance of the clause, one group per language. */
export function ClauseTextFields({ form, fieldError }: { form: ClauseEditorForm; fieldError: FieldErrorOf }) {
  const t = useTranslations("clauses.edit");
  const tLanguage = useTranslations("clauses.language");
  return (
    <>
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
    </>
  );
}
