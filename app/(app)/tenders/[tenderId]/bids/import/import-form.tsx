"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { describedByFor } from "@/components/forms/field-messages";
import { RadioGroupPlain } from "@/components/forms/radio-group-plain";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import { useHydrated } from "@/components/forms/use-hydrated";
import type { ImportProblem } from "@/lib/domain/bids/import/import-result";
import { IMPORT_FORMATS, MAX_IMPORT_FILE_CHARACTERS, type ImportFormat } from "@/lib/schemas/bid-reception";
import { importBidsAction } from "../actions";
import { ImportProblems } from "./import-problems";

type Outcome =
  | { kind: "registered"; receiptNumbers: number[] }
  | { kind: "refused"; format: ImportFormat; problems: ImportProblem[]; problemCount: number }
  | { kind: "error"; message: string };

/**
 * Choose a file and its format, send it; the answer is either the receipt numbers of every bid
 * registered, or every problem found (by row and field) with nothing registered. The file is
 * read in the browser and sent as text: it is never stored as a file.
 */
export function ImportForm({ tenderId }: { tenderId: string }) {
  const t = useTranslations("bidReception.import");
  const message = useMessage();
  const id = useId();
  const hydrated = useHydrated();
  const fileRef = useRef<HTMLInputElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const [format, setFormat] = useState<ImportFormat>("CSV");
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
    if (!file) return setFileError(message("validation.bidReception.fileRequired"));
    const content = await file.text();
    if (content.length > MAX_IMPORT_FILE_CHARACTERS)
      return setFileError(message("validation.bidReception.fileTooLarge"));
    setFileError(null);
    startTransition(async () => {
      const result = await importBidsAction({ tenderId, format, content });
      if (!result.ok) {
        const first = Object.values(result.fieldErrors)[0]?.[0];
        setOutcome({ kind: "error", message: message(first ?? result.formError) });
      } else if (result.data.ok) {
        setOutcome({ kind: "registered", receiptNumbers: result.data.receiptNumbers });
        if (fileRef.current) fileRef.current.value = "";
      } else {
        setOutcome({
          kind: "refused",
          format,
          problems: result.data.problems,
          problemCount: result.data.problemCount,
        });
      }
    });
  }

  return (
    <>
      <div ref={resultRef} tabIndex={-1}>
        {outcome?.kind === "registered" ? (
          <div className="border-success mb-6 border-l-8 bg-green-50 p-4" role="status">
            <h2 className="mb-2 text-2xl">{t("registeredTitle", { count: outcome.receiptNumbers.length })}</h2>
            <p className="mb-2">
              {t("registeredBody", {
                numbers: outcome.receiptNumbers.join(", "),
                count: outcome.receiptNumbers.length,
              })}
            </p>
            <Link href={`/tenders/${tenderId}/bids`}>{t("backToRegister")}</Link>
          </div>
        ) : null}
        {outcome?.kind === "refused" ? (
          <ImportProblems format={outcome.format} problems={outcome.problems} problemCount={outcome.problemCount} />
        ) : null}
        {outcome?.kind === "error" ? (
          <div role="alert" className="border-danger mb-6 border-4 p-4">
            <p className="text-danger font-bold">{outcome.message}</p>
          </div>
        ) : null}
      </div>
      <form onSubmit={submit} method="post" noValidate>
        <fieldset disabled={!hydrated || isPending} className="m-0 min-w-0 border-0 p-0">
          <RadioGroupPlain
            name="format"
            legend={t("format")}
            value={format}
            onChange={(value) => setFormat(value as ImportFormat)}
            options={IMPORT_FORMATS.map((value) => ({
              value,
              label: t(`formats.${value}.label`),
              hint: t(`formats.${value}.hint`),
            }))}
          />
          <div className={`mb-6 ${fileError ? "border-danger border-l-4 pl-4" : ""}`}>
            <label htmlFor={`${id}-file`} className="mb-1 block font-semibold">
              {t("file")}
            </label>
            {fileError ? (
              <p id={`${id}-error`} className="text-danger mb-1 font-bold">
                {fileError}
              </p>
            ) : null}
            <input
              ref={fileRef}
              id={`${id}-file`}
              type="file"
              accept={format === "CSV" ? ".csv,text/csv" : ".json,application/json"}
              aria-describedby={describedByFor(id, undefined, fileError ?? undefined)}
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
