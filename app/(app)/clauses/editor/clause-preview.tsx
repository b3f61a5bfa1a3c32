"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { Markdown } from "@/components/ui/markdown";
import { renderClause } from "@/lib/domain/clauses/render-clause";
import { LOCALES, type Locale } from "@/lib/i18n/config";
import { previewClause, type ClauseEditorForm, type ClauseEditorValues } from "./editor-values";

/**
 * The clause as drafters will read it, with the default values, in the language chosen here,
 * following what is typed. A parameter without a default shows as its label in brackets.
 */
export function ClausePreview({
  form,
  clauseKey,
  initialLanguage,
}: {
  form: ClauseEditorForm;
  clauseKey: string;
  initialLanguage: Locale;
}) {
  const t = useTranslations("clauses.edit.preview");
  const tLanguage = useTranslations("clauses.language");
  const [language, setLanguage] = useState<Locale>(initialLanguage);
  const values = useWatch({ control: form.control }) as ClauseEditorValues;
  const clause = previewClause(values, clauseKey);
  const rendered = clause ? safeRender(clause, language) : null;
  return (
    <section aria-labelledby="preview-heading" className="mb-8 border-t border-line pt-4">
      <h2 id="preview-heading" className="mb-1 text-xl font-bold">
        {t("heading")}
      </h2>
      <p className="text-muted mb-3">{t("hint")}</p>
      <div role="group" aria-label={t("languages")} className="mb-3 flex flex-wrap gap-2">
        {LOCALES.map((locale) => (
          <button
            key={locale}
            type="button"
            aria-pressed={locale === language}
            onClick={() => setLanguage(locale)}
            className={`min-h-11 rounded border-2 px-4 py-2 font-semibold ${
              locale === language ? "border-ink bg-ink text-white" : "border-ink bg-white"
            }`}
          >
            {tLanguage(locale)}
          </button>
        ))}
      </div>
      <div className="bg-surface rounded border border-line p-6" lang={language} data-testid="clause-preview">
        {rendered && (rendered.title || rendered.body) ? (
          <>
            <p className="mb-2 text-lg font-bold">{rendered.title}</p>
            <Markdown>{rendered.body}</Markdown>
          </>
        ) : (
          <p className="text-muted">{t("empty")}</p>
        )}
      </div>
    </section>
  );
}

function safeRender(clause: NonNullable<ReturnType<typeof previewClause>>, language: Locale) {
  try {
    return renderClause(clause, {}, language);
  } catch {
    return null;
  }
}
