import { messageRef } from "@/lib/i18n/message-ref";
import { BIDS_FILE_FORMAT, BIDS_FILE_VERSION, bidsFileSchema, issuePath } from "@/lib/schemas/bids-file";
import { registrationErrors, type BidRegistrationContext, type IncomingBid } from "../check-bid-registration";
import { parseReceivedAt } from "../received-at";
import { importProblem, problemMessage, sortProblems, type ImportProblem, type ImportResult } from "./import-result";

/**
 * Bids from the bids file (lib/schemas/bids-file.ts, docs/bids-file.md). On import into a tender
 * the tender's own settings apply: the file's `tender` block and the authority's internal costs
 * are not imported (they are entered on the opened bids). Each bid needs its time of receipt.
 * Problems give the bid's position in the file (the first is 1) and the path of the value.
 */
export function parseBidsJson(content: string, context: BidRegistrationContext): ImportResult {
  let document: unknown;
  try {
    document = JSON.parse(content.replace(/^\uFEFF/, ""));
  } catch {
    return refuse([importProblem(null, null, "problems.bidImport.jsonInvalid")]);
  }
  const header = document as { format?: unknown; version?: unknown } | null;
  if (typeof header !== "object" || header === null || header.format !== BIDS_FILE_FORMAT) {
    const values = { format: BIDS_FILE_FORMAT };
    return refuse([importProblem(null, "format", messageRef("problems.bidImport.jsonNotBidsFile", values))]);
  }
  if (header.version !== BIDS_FILE_VERSION) {
    const values = { version: String(header.version ?? "?"), supported: BIDS_FILE_VERSION };
    return refuse([importProblem(null, "version", messageRef("problems.bidImport.jsonVersionUnsupported", values))]);
  }

  const parsed = bidsFileSchema.safeParse(document);
  if (!parsed.success) {
    return refuse(
      parsed.error.issues.map((issue) => {
        const [head, index] = issue.path;
        const row = head === "bids" && typeof index === "number" ? index + 1 : null;
        return importProblem(row, issuePath(issue.path) || null, readableMessage(issue.message));
      }),
    );
  }
  if (parsed.data.bids.length === 0) return refuse([importProblem(null, "bids", "problems.bidImport.noBids")]);

  const problems: ImportProblem[] = [];
  const bids: IncomingBid[] = [];
  parsed.data.bids.forEach((entry, index) => {
    const at = (path: string, message: string) =>
      problems.push(importProblem(index + 1, `bids[${index}].${path}`, message));
    const receivedAt = entry.receivedAt ? parseReceivedAt(entry.receivedAt) : null;
    if (!receivedAt) at("receivedAt", "validation.required");
    for (const problem of registrationErrors({ receivedAt, content: entry.content }, context)) {
      const path = (problem.path ?? "").split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
      at(problem.path === "receivedAt" ? "receivedAt" : issuePath(["content", ...path]), problemMessage(problem));
    }
    if (receivedAt) bids.push({ receivedAt, content: entry.content });
  });
  return problems.length > 0 ? refuse(problems) : { ok: true, bids };
}

function refuse(problems: ImportProblem[]): ImportResult {
  return { ok: false, problems: sortProblems(problems) };
}

/** Zod's own English messages (from schema parts without a translated one) become a plain "not valid". */
function readableMessage(message: string): string {
  return /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+(\?.*)?$/.test(message) ? message : "problems.bidImport.jsonValueInvalid";
}
