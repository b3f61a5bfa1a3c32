"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, useTransition } from "react";
import { describedByFor } from "@/components/forms/field-messages";
import { useHydrated } from "@/components/forms/use-hydrated";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import { uploadProblems } from "@/lib/domain/bids/evidence/check-evidence-files";
import { EVIDENCE_ACCEPT, type EvidenceObjective } from "@/lib/domain/bids/evidence/evidence-types";
import { addEvidenceAction } from "../../actions";
import { chosenFilesProblems } from "../../evidence-file-problems";
import { ObjectiveSelect } from "./objective-select";

type Added = { count: number; objective: EvidenceObjective };

/**
 * Choose what the evidence supports and the files; they are checked here first (every problem
 * listed at once), then posted as form data. The answer is a count: nothing of the bid is shown.
 */
export function EvidenceForm({
  tenderId,
  bidId,
  receiptNumber,
}: {
  tenderId: string;
  bidId: string;
  receiptNumber: number;
}) {
  const t = useTranslations("bidReception.evidence");
  const tObjective = useTranslations("tenders.sovereigntyObjective");
  const message = useMessage();
  const id = useId();
  const hydrated = useHydrated();
  const fileRef = useRef<HTMLInputElement>(null);
  const objectiveRef = useRef<HTMLSelectElement>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  const [objective, setObjective] = useState<EvidenceObjective | "">("");
  const [objectiveError, setObjectiveError] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [added, setAdded] = useState<Added | null>(null);
  const [isPending, startTransition] = useTransition();

  useEffect(() => {
    if (added) doneRef.current?.focus();
  }, [added]);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const files = [...(fileRef.current?.files ?? [])];
    const found = [...uploadProblems(files), ...(await chosenFilesProblems(files))];
    setObjectiveError(objective === "" ? "validation.bidReception.objectiveRequired" : null);
    setProblems(found);
    if (objective === "") return objectiveRef.current?.focus();
    if (found.length > 0) return fileRef.current?.focus();
    const data = new FormData();
    data.set("tenderId", tenderId);
    data.set("bidId", bidId);
    data.set("objective", objective);
    files.forEach((file) => data.append("files", file));
    startTransition(async () => {
      const result = await addEvidenceAction(data);
      if (result.ok) return setAdded({ count: result.data.added, objective });
      setProblems([Object.values(result.fieldErrors)[0]?.[0] ?? result.formError]);
      fileRef.current?.focus();
    });
  }

  function another() {
    setAdded(null);
    setObjective("");
    setProblems([]);
  }

  if (added) {
    const supports =
      added.objective === "GENERAL" ? t("general") : `${added.objective} · ${tObjective(added.objective)}`;
    return (
      <div ref={doneRef} tabIndex={-1} role="status" className="border-success mb-6 border-l-8 bg-green-50 p-4">
        <h2 className="mb-2 text-2xl">{t("addedTitle", { count: added.count, number: receiptNumber })}</h2>
        <p className="mb-2">{t("addedFor", { objective: supports })}</p>
        <p className="mb-4">{t("addedBody")}</p>
        <ul className="flex flex-wrap items-center gap-4">
          <li>
            <Link href={`/tenders/${tenderId}/bids`}>{t("backToRegister")}</Link>
          </li>
          <li>
            <Button variant="secondary" onClick={another}>
              {t("another")}
            </Button>
          </li>
        </ul>
      </div>
    );
  }

  return (
    <form onSubmit={submit} method="post" noValidate>
      <fieldset disabled={!hydrated || isPending} className="m-0 min-w-0 border-0 p-0">
        <ObjectiveSelect
          ref={objectiveRef}
          value={objective}
          onChange={setObjective}
          error={objectiveError ? message(objectiveError) : undefined}
        />
        <div className={`mb-6 ${problems.length > 0 ? "border-danger border-l-4 pl-4" : ""}`}>
          <label htmlFor={`${id}-file`} className="mb-1 block font-semibold">
            {t("files")}
          </label>
          <p id={`${id}-hint`} className="text-muted mb-1">
            {t("filesHint")}
          </p>
          {problems.length > 0 ? (
            <div id={`${id}-error`} className="text-danger mb-2 font-bold">
              <p>{t("problemsTitle")}</p>
              <ul className="list-disc pl-6">
                {problems.map((problem, index) => (
                  <li key={index}>{message(problem)}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <input
            ref={fileRef}
            id={`${id}-file`}
            type="file"
            multiple
            accept={EVIDENCE_ACCEPT}
            aria-describedby={describedByFor(id, "hint", problems.length > 0 ? "error" : undefined)}
            className="block"
          />
        </div>
        <p className="mb-4">{t("sealed")}</p>
        <Button type="submit" disabled={isPending}>
          {t("submit", { number: receiptNumber })}
        </Button>
      </fieldset>
    </form>
  );
}
