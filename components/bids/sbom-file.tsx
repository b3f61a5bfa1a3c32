"use client";
import { useTranslations } from "next-intl";
import { useState, type RefObject } from "react";
import { describedByFor } from "@/components/forms/field-messages";
import { useMessage } from "@/components/forms/use-message";
import type { BidComponent } from "@/lib/domain/bids/bid-model";
import { parseSbom } from "@/lib/domain/bids/sbom/parse-sbom";
import type { SbomProblem, SbomRelationChoice } from "@/lib/domain/bids/sbom/sbom-types";
import { MAX_IMPORT_FILE_CHARACTERS } from "@/lib/schemas/bid-reception";

/**
 * A software bill of materials chosen in the browser, for the bid form and for the page that adds
 * one to a sealed bid: the hook reads a CycloneDX or SPDX JSON file and hands its components
 * over, or lists why it cannot be read (each problem with its place in the file).
 */
export function useSbomFile() {
  const [problems, setProblems] = useState<SbomProblem[]>([]);
  async function read(
    file: File | undefined,
    relation: SbomRelationChoice,
  ): Promise<{ ok: true; text: string; components: BidComponent[]; format: string } | { ok: false }> {
    if (!file) {
      setProblems([{ message: "validation.bidReception.fileRequired" }]);
      return { ok: false };
    }
    const text = await file.text();
    if (text.length > MAX_IMPORT_FILE_CHARACTERS) {
      setProblems([{ message: "validation.bidReception.fileTooLarge" }]);
      return { ok: false };
    }
    const parsed = parseSbom(text, relation);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return { ok: false };
    }
    setProblems([]);
    return { ok: true, text, components: parsed.components, format: `${parsed.format.name} ${parsed.format.version}` };
  }
  return { problems, read };
}

function SbomProblems({ id, problems }: { id: string; problems: readonly SbomProblem[] }) {
  const t = useTranslations("bidReception.sbom");
  const message = useMessage();
  if (problems.length === 0) return null;
  return (
    <div id={id} className="text-danger mb-4 font-bold">
      <p>{t("problemsTitle")}</p>
      <ul className="list-disc pl-6">
        {problems.map((problem, index) => (
          <li key={index}>
            {problem.path ? `${problem.path}: ` : ""}
            {message(problem.message)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The file field, with the problems of the last file read between its label and the input. */
export function SbomFileInput({
  id,
  fileRef,
  problems,
}: {
  /** Prefix of the ids: `${id}-hint` is the hint the caller shows, `${id}-file` the input. */
  id: string;
  fileRef: RefObject<HTMLInputElement | null>;
  problems: readonly SbomProblem[];
}) {
  const t = useTranslations("bidReception.sbom");
  return (
    <div className={`mb-6 ${problems.length > 0 ? "border-danger border-l-4 pl-4" : ""}`}>
      <label htmlFor={`${id}-file`} className="mb-1 block font-semibold">
        {t("file")}
      </label>
      <SbomProblems id={`${id}-error`} problems={problems} />
      <input
        ref={fileRef}
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        aria-describedby={describedByFor(id, "hint", problems.length > 0 ? "error" : undefined)}
        className="block"
      />
    </div>
  );
}
