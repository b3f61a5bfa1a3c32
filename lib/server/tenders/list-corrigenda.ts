import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import type { TenderDto } from "./tender-dto";
import { tenderWhereForViewer } from "./tender-scope";

/** A corrigendum as pages see it: the changed fields in TenderDto's shape, before and after. */
export type CorrigendumDto = {
  number: number;
  section: string;
  reason: string;
  before: Partial<TenderDto>;
  after: Partial<TenderDto>;
  authorName: string | null;
  createdAt: Date;
};

/** The corrigenda of a tender the viewer may see, in the order they were issued; none otherwise. */
export async function listCorrigenda(db: DbClient, viewer: Viewer, tenderId: string): Promise<CorrigendumDto[]> {
  const rows = await db.tenderCorrigendum.findMany({
    where: { tenderId, tender: tenderWhereForViewer(viewer) },
    orderBy: { number: "asc" },
  });
  const authorIds = [...new Set(rows.flatMap((row) => (row.authorId ? [row.authorId] : [])))];
  const authors = await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  return rows.map((row) => ({
    number: row.number,
    section: row.section,
    reason: row.reason,
    before: (row.before ?? {}) as Partial<TenderDto>,
    after: (row.after ?? {}) as Partial<TenderDto>,
    authorName: authors.find((author) => author.id === row.authorId)?.name ?? null,
    createdAt: row.createdAt,
  }));
}

/** How many corrigenda the tender has, for the task list. */
export async function countCorrigenda(db: DbClient, viewer: Viewer, tenderId: string): Promise<number> {
  return db.tenderCorrigendum.count({ where: { tenderId, tender: tenderWhereForViewer(viewer) } });
}
