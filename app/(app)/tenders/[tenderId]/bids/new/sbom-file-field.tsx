"use client";
import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import { describedByFor } from "@/components/forms/field-messages";
import { useMessage } from "@/components/forms/use-message";
import { Button } from "@/components/ui/button";
import type { BidComponent } from "@/lib/domain/bids/bid-model";
import { parseSbom } from "@/lib/domain/bids/sbom/parse-sbom";
import { SBOM_RELATION_CHOICES, type SbomProblem, type SbomRelationChoice } from "@/lib/domain/bids/sbom/sbom-types";
import { MAX_IMPORT_FILE_CHARACTERS } from "@/lib/schemas/bid-reception";

/**
 * Reads a CycloneDX or SPDX JSON file in the browser and hands its components over, or lists why
 * it cannot be read (each problem with its place in the file). Shared by the bid form and the page
 * that adds a bill of materials to a sealed bid.
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

export function SbomProblems({ id, problems }: { id: string; problems: readonly SbomProblem[] }) {
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

/** In the bid form: choose a file, choose the relation, add its components to the list. */
export function SbomFileField({
  room,
  onComponents,
}: {
  room: number;
  onComponents: (components: BidComponent[]) => void;
}) {
  const t = useTranslations("bidReception.sbom");
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [relation, setRelation] = useState<SbomRelationChoice>("AUTO");
  const [status, setStatus] = useState("");
  const { problems, read } = useSbomFile();
  const errorId = `${id}-error`;

  async function add() {
    const result = await read(fileRef.current?.files?.[0], relation);
    if (!result.ok) {
      setStatus("");
      return;
    }
    const components = result.components.slice(0, room);
    onComponents(components);
    setStatus(t("added", { count: components.length, format: result.format }));
    if (fileRef.current) fileRef.current.value = "";
  }

  return (
    <fieldset className="bg-surface mb-6 rounded border border-line p-4">
      <legend className="px-1 font-semibold">{t("formLegend")}</legend>
      <p id={`${id}-hint`} className="text-muted mb-2">
        {t("formats")}
      </p>
      <label htmlFor={`${id}-file`} className="mb-1 block font-semibold">
        {t("file")}
      </label>
      <input
        ref={fileRef}
        id={`${id}-file`}
        type="file"
        accept=".json,application/json"
        aria-describedby={describedByFor(id, "hint", problems.length > 0 ? "error" : undefined)}
        className="mb-4 block"
      />
      <SbomProblems id={errorId} problems={problems} />
      <label htmlFor={`${id}-relation`} className="mb-1 block font-semibold">
        {t("relation")}
      </label>
      <select
        id={`${id}-relation`}
        value={relation}
        onChange={(event) => setRelation(event.target.value as SbomRelationChoice)}
        className="mb-4 block min-h-11 rounded border-2 border-ink bg-white px-2"
      >
        {SBOM_RELATION_CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`relations.${choice}`)}
          </option>
        ))}
      </select>
      <Button variant="secondary" onClick={add}>
        {t("addFromFile")}
      </Button>
      <p role="status" className={status ? "mt-2 font-semibold" : "sr-only"}>
        {status}
      </p>
    </fieldset>
  );
}
