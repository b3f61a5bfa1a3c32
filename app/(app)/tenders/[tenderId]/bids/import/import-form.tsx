"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { failureRef, FileImportForm, ImportErrorAlert, useChosenFile } from "@/components/forms/file-import-form";
import { RadioGroupPlain } from "@/components/forms/radio-group-plain";
import { useMessage } from "@/components/forms/use-message";
import type { ImportProblem } from "@/lib/domain/bids/import/import-result";
import type { ImportSameBidder } from "@/lib/server/bids/import-bids";
import { IMPORT_FORMATS, MAX_IMPORT_FILE_CHARACTERS, type ImportFormat } from "@/lib/schemas/bid-reception";
import { importBidsAction } from "../actions";
import { ImportProblems } from "./import-problems";
import { ImportSameBidders } from "./import-same-bidders";

type Outcome =
  | { kind: "registered"; receiptNumbers: number[] }
  | { kind: "refused"; format: ImportFormat; problems: ImportProblem[]; problemCount: number }
  | { kind: "sameBidder"; sameBidders: ImportSameBidder[] }
  | { kind: "error"; message: string };

/**
 * Choose a file and its format, send it; the answer is either the receipt numbers of every bid
 * registered, or every problem found (by row and field) with nothing registered. The file is
 * read in the browser and sent as text: it is never stored as a file.
 */
export function ImportForm({ tenderId }: { tenderId: string }) {
  const t = useTranslations("bidReception.import");
  const message = useMessage();
  const { fileRef, fileError, read, clear } = useChosenFile({
    maxCharacters: MAX_IMPORT_FILE_CHARACTERS,
    requiredRef: "validation.bidReception.fileRequired",
    tooLargeRef: "validation.bidReception.fileTooLarge",
  });
  const [format, setFormat] = useState<ImportFormat>("CSV");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  /** Reads the chosen file and sends it; again with `confirmSameBidder` once the warning was read. */
  async function send(confirmSameBidder: boolean) {
    setOutcome(null);
    const content = await read();
    if (content === null) return;
    startTransition(async () => {
      const result = await importBidsAction({ tenderId, format, content, confirmSameBidder });
      if (!result.ok) {
        setOutcome({ kind: "error", message: message(failureRef(result)) });
      } else if ("sameBidders" in result.data) {
        setOutcome({ kind: "sameBidder", sameBidders: result.data.sameBidders });
      } else if (result.data.ok) {
        setOutcome({ kind: "registered", receiptNumbers: result.data.receiptNumbers });
        clear();
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
    <FileImportForm
      fileRef={fileRef}
      fileError={fileError}
      outcome={outcome}
      result={
        <>
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
          {outcome?.kind === "sameBidder" ? (
            <ImportSameBidders sameBidders={outcome.sameBidders} pending={isPending} onConfirm={() => send(true)} />
          ) : null}
          {outcome?.kind === "error" ? <ImportErrorAlert message={outcome.message} /> : null}
        </>
      }
      label={t("file")}
      accept={format === "CSV" ? ".csv,text/csv" : ".json,application/json"}
      allOrNothing={t("allOrNothing")}
      submitLabel={t("submit")}
      isPending={isPending}
      onSubmit={() => send(false)}
    >
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
    </FileImportForm>
  );
}
