import "server-only";
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import { getTenderRevision, type TenderRevisionView } from "@/lib/server/tenders/get-tender-revision";
import type { TenderDto } from "@/lib/server/tenders/tender-dto";

/**
 * A version of the tender for the history's pages, or the 404 page. The current version is the
 * live tender itself, so the comparison with "latest" is exact even for a tender whose last change
 * stored no revision (data from before revisions existed).
 */
export async function loadVersion(viewer: Viewer, tender: TenderDto, version: number): Promise<TenderRevisionView> {
  try {
    const revision = await getTenderRevision(getDb(), viewer, tender.id, version);
    return version === tender.version ? { ...revision, tender } : revision;
  } catch (error) {
    if (!(error instanceof AppError && error.code === "NOT_FOUND")) throw error;
    if (version !== tender.version) notFound();
    return {
      version,
      label: "",
      status: tender.status,
      authorName: null,
      createdAt: tender.updatedAt,
      tender,
      templateSections: null,
    };
  }
}
