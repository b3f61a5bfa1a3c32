import "server-only";
import type { TenderStatus } from "@/lib/domain/tender/tender-enums";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { revisionAuthorNames } from "./revision-authors";
import { tenderFromSnapshot } from "./tender-snapshot";
import { tenderWhereForViewer } from "./tender-scope";

export const REVISIONS_PAGE_SIZE = 20;

/** One line of a tender's history. */
export type RevisionSummary = {
  version: number;
  /** The revision's label: a section, "created", "status", "restored:<version>"… (see revisionKind). */
  label: string;
  /** The tender's status once the revision was stored. */
  status: TenderStatus;
  authorName: string | null;
  createdAt: Date;
};

/**
 * A tender's revisions, newest first, a page at a time; or, with `between`, those stored after
 * one version up to another (what was saved in between two versions being compared). Revisions
 * of a tender the viewer may not see are not there.
 */
export async function listTenderRevisions(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
  options: { page: number } | { between: { after: number; upTo: number } },
): Promise<{ items: RevisionSummary[]; total: number; pageCount: number }> {
  const where = {
    tenderId,
    tender: tenderWhereForViewer(viewer),
    ...("between" in options ? { version: { gt: options.between.after, lte: options.between.upTo } } : {}),
  };
  const page = "page" in options ? options.page : 1;
  const [rows, total] = await Promise.all([
    db.tenderRevision.findMany({
      where,
      orderBy: { version: "desc" },
      skip: (page - 1) * REVISIONS_PAGE_SIZE,
      take: REVISIONS_PAGE_SIZE,
      select: { version: true, section: true, snapshot: true, authorId: true, createdAt: true },
    }),
    db.tenderRevision.count({ where }),
  ]);
  const names = await revisionAuthorNames(
    db,
    rows.map((row) => row.authorId),
  );
  return {
    items: rows.map((row) => ({
      version: row.version,
      label: row.section,
      status: tenderFromSnapshot(row.snapshot, { tenderId, ...row }).status,
      authorName: row.authorId ? (names.get(row.authorId) ?? null) : null,
      createdAt: row.createdAt,
    })),
    total,
    pageCount: Math.max(1, Math.ceil(total / REVISIONS_PAGE_SIZE)),
  };
}
