"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { failureRef, FileImportForm, ImportErrorAlert, useChosenFile } from "@/components/forms/file-import-form";
import { RefusedFile } from "@/components/forms/refused-file";
import { useMessage } from "@/components/forms/use-message";
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
  const { fileRef, fileError, read } = useChosenFile({
    maxCharacters: MAX_TEMPLATE_FILE_CHARACTERS,
    requiredRef: "templates.import.problems.fileRequired",
    tooLargeRef: `templates.import.problems.tooLarge?{"max":${MAX_TEMPLATE_FILE_CHARACTERS}}`,
  });
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  async function send() {
    setOutcome(null);
    const content = await read();
    if (content === null) return;
    startTransition(async () => {
      const result = await importTemplateAction({ content });
      if (!result.ok) setOutcome({ kind: "error", message: message(failureRef(result)) });
      else if (result.data.ok) router.push(`/templates/${result.data.templateId}`);
      else setOutcome({ kind: "refused", problems: result.data.problems });
    });
  }

  return (
    <FileImportForm
      fileRef={fileRef}
      fileError={fileError}
      outcome={outcome}
      result={
        <>
          {outcome?.kind === "refused" ? <RefusedTemplateFile problems={outcome.problems} /> : null}
          {outcome?.kind === "error" ? <ImportErrorAlert message={outcome.message} /> : null}
        </>
      }
      label={t("file")}
      hint={t("fileHint")}
      accept=".json,application/json"
      allOrNothing={t("allOrNothing")}
      submitLabel={t("submit")}
      isPending={isPending}
      onSubmit={send}
    />
  );
}

/** Every problem of a refused file, with its place in the file. */
function RefusedTemplateFile({ problems }: { problems: TemplateFileProblem[] }) {
  const t = useTranslations("templates.import");
  const message = useMessage();
  return (
    <RefusedFile
      title={t("refusedTitle", { count: problems.length })}
      body={t("refusedBody")}
      caption={t("problemsCaption")}
      columns={[t("where"), t("problem")]}
      rows={problems.map((problem) => [
        problem.path ? <code key="path">{problem.path}</code> : t("wholeFile"),
        message(problem.message),
      ])}
    />
  );
}
