import "server-only";
import type { TemplateSectionVersions } from "@/lib/domain/templates/reuse/template-sections";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import type { RevisionSummary } from "./list-tender-revisions";
import { revisionAuthorNames } from "./revision-authors";
import type { TenderDto } from "./tender-dto";
import { templateSectionsFromSnapshot, tenderFromSnapshot } from "./tender-snapshot";
import { tenderWhereForViewer } from "./tender-scope";

export type TenderRevisionView = RevisionSummary & {
  /** The tender as it was once this revision was stored. */
  tender: TenderDto;
  /** Tender.templateSections as it was then; null for a revision stored before it was kept. */
  templateSections: TemplateSectionVersions | null;
};

/** One revision of a tender the viewer may see; any other is NOT_FOUND. */
export async function getTenderRevision(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  version: number,
): Promise<TenderRevisionView> {
  const row = await db.tenderRevision.findFirst({
    where: { tenderId, version, tender: tenderWhereForViewer(viewer) },
    select: { version: true, section: true, snapshot: true, authorId: true, createdAt: true },
  });
  if (!row) throw new AppError("NOT_FOUND");
  const names = await revisionAuthorNames(db, [row.authorId]);
  const tender = tenderFromSnapshot(row.snapshot, { tenderId, ...row });
  return {
    version: row.version,
    label: row.section,
    status: tender.status,
    authorName: row.authorId ? (names.get(row.authorId) ?? null) : null,
    createdAt: row.createdAt,
    tender,
    templateSections: templateSectionsFromSnapshot(row.snapshot),
  };
}
