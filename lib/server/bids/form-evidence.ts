import "server-only";
import { checkEvidenceFiles, type AcceptedEvidence } from "@/lib/domain/bids/evidence/check-evidence-files";
import { EVIDENCE_OBJECTIVES, type EvidenceObjective } from "@/lib/domain/bids/evidence/evidence-types";
import { AppError } from "@/lib/errors";
import type { DbTransaction } from "@/lib/server/db";
import { storeBidEvidence } from "./add-bid-evidence";
import type { BidAuditEntry } from "./register-bids";

type Checked = Map<EvidenceObjective, AcceptedEvidence<Uint8Array<ArrayBuffer>>[]>;

/** The bytes of files received by a server action. */
export async function readUploadedFiles(
  files: readonly File[],
): Promise<{ name: string; bytes: Uint8Array<ArrayBuffer> }[]> {
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

/**
 * The evidence files sent with the "Register a bid" form, checked together as one upload (the
 * same limits as "Add evidence to bid N"), grouped by objective; the first problem refuses the form.
 */
export async function checkFormEvidence(
  evidence: readonly { objective: EvidenceObjective; file: File }[],
): Promise<Checked> {
  const groups: Checked = new Map();
  if (evidence.length === 0) return groups;
  const files = await readUploadedFiles(evidence.map((item) => item.file));
  const checked = checkEvidenceFiles(files);
  if (!checked.ok) throw new AppError("VALIDATION", checked.problems[0], "evidence.upload");
  // All accepted: the files are in the order they were sent.
  checked.files.forEach((file, index) => {
    const objective = evidence[index]!.objective;
    groups.set(objective, [...(groups.get(objective) ?? []), file]);
  });
  return groups;
}

/** Stores them with the bid just registered: one `bid.evidence_added` event per objective. */
export async function storeFormEvidence(
  tx: DbTransaction,
  target: { tenderId: string; bid: { id: string; receiptNumber: number } },
  groups: Checked,
): Promise<BidAuditEntry[]> {
  const events: BidAuditEntry[] = [];
  for (const objective of EVIDENCE_OBJECTIVES) {
    const files = groups.get(objective);
    if (files) events.push(await storeBidEvidence(tx, target, objective, files));
  }
  return events;
}
