import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { TENDER_PAGE_SIZE, type TenderListQuery } from "@/lib/schemas/tender-list";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { tenderWhereForViewer } from "./tender-scope";

export type TenderListItem = {
  id: string;
  reference: string;
  title: string;
  status: string;
  procedureType: string | null;
  mainCpv: string | null;
  updatedAt: Date;
};

const ORDER_BY: Record<TenderListQuery["sort"], Prisma.TenderOrderByWithRelationInput[]> = {
  updated: [{ updatedAt: "desc" }, { id: "desc" }],
  reference: [{ reference: "asc" }],
  title: [{ title: "asc" }, { reference: "asc" }],
};

/**
 * One page of the tenders the viewer may see, searched on the server: the words match the title
 * or the reference; digits also match CPV codes by prefix.
 */
export async function listTenders(
  db: DbClient,
  viewer: Viewer,
  query: TenderListQuery,
): Promise<{ items: TenderListItem[]; total: number; pageCount: number }> {
  const where: Prisma.TenderWhereInput = {
    AND: [
      tenderWhereForViewer(viewer),
      query.status ? { status: query.status } : {},
      query.procedure ? { procedureType: query.procedure } : {},
      query.q ? searchCondition(query.q) : {},
    ],
  };
  const [items, total] = await Promise.all([
    db.tender.findMany({
      where,
      orderBy: ORDER_BY[query.sort],
      skip: (query.page - 1) * TENDER_PAGE_SIZE,
      take: TENDER_PAGE_SIZE,
      select: {
        id: true,
        reference: true,
        title: true,
        status: true,
        procedureType: true,
        mainCpv: true,
        updatedAt: true,
      },
    }),
    db.tender.count({ where }),
  ]);
  return { items, total, pageCount: Math.max(1, Math.ceil(total / TENDER_PAGE_SIZE)) };
}

function searchCondition(q: string): Prisma.TenderWhereInput {
  const digits = q.replace(/[\s-]/g, "");
  return {
    OR: [
      { title: { contains: q, mode: "insensitive" } },
      { reference: { contains: q, mode: "insensitive" } },
      ...(/^\d{2,8}$/.test(digits)
        ? [{ mainCpv: { startsWith: digits } }, { additionalCpvs: { hasSome: [digits.padEnd(8, "0")] } }]
        : []),
    ],
  };
}
