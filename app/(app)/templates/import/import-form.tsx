"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { describedByFor } from "@/components/forms/field-messages";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import type { TemplateFileProblem } from "@/lib/domain/templates/exchange/parse-template-file";
import { MAX_TEMPLATE_FILE_CHARACTERS } from "@/lib/schemas/template-exchange";
import { importTemplateAction } from "../actions";

type Outcome = { kind: "refused"; problems: TemplateFileProblem[] } | { kind: "error"; message: string };

/**
 * Choose an exchange file and send it. The file is read in the browser and sent as text, after a
 * first check of its size; the server reads and checks it whole. A refused file gets every
 * problem with its place in the file, and nothing is created; an accepted one opens as a draft.
 */
export function ImportTemplateForm() {
  const t = useTranslations("templates.import");
  const message = useMessage();
  const router = useRouter();
  const id = useId();
  const hydrated = useHydrated();
  const fileRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    if (outcome) resultRef.current?.focus();
  }, [outcome]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setOutcome(null);
    const file = fileRef.current?.files?.[0];
    if (!file) return setFileError(message("templates.import.problems.fileRequired"));
    // Bytes first, so a huge file is never read into the page.
    if (file.size > MAX_TEMPLATE_FILE_CHARACTERS * 4) {
      return setFileError(message(`templates.import.problems.tooLarge?{"max":${MAX_TEMPLATE_FILE_CHARACTERS}}`));
    }
    const content = await file.text();
    if (content.length > MAX_TEMPLATE_FILE_CHARACTERS) {
      return setFileError(message(`templates.import.problems.tooLarge?{"max":${MAX_TEMPLATE_FILE_CHARACTERS}}`));
    }
    setFileError(null);
    startTransition(async () => {
      const result = await importTemplateAction({ content });
      if (!result.ok) {
        const first = Object.values(result.fieldErrors)[0]?.[0];
        setOutcome({ kind: "error", message: message(first ?? result.formError) });
      } else if (result.data.ok) {
        router.push(`/templates/${result.data.templateId}`);
      } else {
        setOutcome({ kind: "refused", problems: result.data.problems });
      }
    });
  }

  return (
    <>
      <div ref={resultRef} tabIndex={-1}>
        {outcome?.kind === "refused" ? (
          <div role="alert" aria-labelledby="import-problems-title" className="border-danger mb-6 border-4 p-4">
            <h2 id="import-problems-title" className="mb-2 text-xl">
              {t("refusedTitle", { count: outcome.problems.length })}
            </h2>
            <p className="mb-4">{t("refusedBody")}</p>
            <table className="w-full border-collapse text-left">
              <caption className="sr-only">{t("problemsCaption")}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="py-2 pr-4">
                    {t("where")}
                  </th>
                  <th scope="col" className="py-2 pr-4">
                    {t("problem")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {outcome.problems.map((problem, index) => (
                  <tr key={index} className="border-b border-line align-top">
                    <td className="py-2 pr-4">{problem.path ? <code>{problem.path}</code> : t("wholeFile")}</td>
                    <td className="py-2 pr-4">{message(problem.message)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {outcome?.kind === "error" ? (
          <div role="alert" className="border-danger mb-6 border-4 p-4">
            <p className="text-danger font-bold">{outcome.message}</p>
          </div>
        ) : null}
      </div>
      <form onSubmit={submit} method="post" noValidate>
        <fieldset disabled={!hydrated || isPending} className="m-0 min-w-0 border-0 p-0">
          <div className={`mb-6 ${fileError ? "border-danger border-l-4 pl-4" : ""}`}>
            <label htmlFor={`${id}-file`} className="mb-1 block font-semibold">
              {t("file")}
            </label>
            <p id={`${id}-hint`} className="text-muted mb-1">
              {t("fileHint")}
            </p>
            {fileError ? (
              <p id={`${id}-error`} className="text-danger mb-1 font-bold">
                {fileError}
              </p>
            ) : null}
            <input
              ref={fileRef}
              id={`${id}-file`}
              type="file"
              accept=".json,application/json"
              aria-describedby={describedByFor(id, t("fileHint"), fileError ?? undefined)}
              aria-invalid={fileError ? true : undefined}
              className="block"
            />
          </div>
          <p className="mb-4">{t("allOrNothing")}</p>
          <Button type="submit" disabled={isPending}>
            {t("submit")}
          </Button>
        </fieldset>
      </form>
    </>
  );
}
