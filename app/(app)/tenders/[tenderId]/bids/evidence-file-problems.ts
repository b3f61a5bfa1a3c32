"use client";
import { checkEvidenceFile, fileSizeProblems, uploadProblems } from "@/lib/domain/bids/evidence/check-evidence-files";
import { EVIDENCE_OBJECTIVES, type EvidenceObjective } from "@/lib/domain/bids/evidence/evidence-types";
import type { FieldErrors } from "@/lib/errors";

/**
 * One chosen file's problems, checked in the browser before anything is sent (the server checks
 * again): its name and size first, so a file far too large is never read, then its content.
 */
export async function chosenFileProblems(file: File): Promise<string[]> {
  const sizeProblems = fileSizeProblems(file);
  if (sizeProblems.length > 0) return sizeProblems;
  const checked = checkEvidenceFile({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
  return checked.ok ? [] : checked.problems;
}

/** Every problem of the files chosen for one upload, in the order they were chosen. */
export async function chosenFilesProblems(files: readonly File[]): Promise<string[]> {
  const perFile = await Promise.all(files.map(chosenFileProblems));
  return perFile.flat();
}

export type ChosenEvidence = Partial<Record<EvidenceObjective, File[]>>;

/**
 * The problems of the evidence files chosen in the "Register a bid" form, as field errors: each
 * objective's files under `evidence.SOV-n`, the limits of the whole upload (they are sent
 * together) under `evidence.upload`. Null when there is nothing to say.
 */
export async function chosenEvidenceErrors(chosen: ChosenEvidence): Promise<FieldErrors | null> {
  const errors: FieldErrors = {};
  const all = EVIDENCE_OBJECTIVES.flatMap((objective) => chosen[objective] ?? []);
  if (all.length === 0) return null;
  const upload = uploadProblems(all);
  if (upload.length > 0) errors["evidence.upload"] = upload;
  for (const objective of EVIDENCE_OBJECTIVES) {
    const problems = await chosenFilesProblems(chosen[objective] ?? []);
    if (problems.length > 0) errors[`evidence.${objective}`] = problems;
  }
  return Object.keys(errors).length > 0 ? errors : null;
}
