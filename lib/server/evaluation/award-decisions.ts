import "server-only";
import type { DbClient } from "@/lib/server/db";

/** A recorded award decision, as pages show it. Dates are calendar days (YYYY-MM-DD). */
export type AwardDecisionView = {
  id: string;
  /** null for a tender without lots. */
  lotKey: string | null;
  winnerBidId: string | null;
  decidedOn: string;
  standstillEndsOn: string;
  note: string;
  decidedBy: { id: string; name: string; email: string } | null;
  createdAt: Date;
  /** What was frozen with the decision (frozen-evaluation.ts). */
  evaluation: unknown;
};

export async function readAwardDecisions(db: DbClient, tenderId: string): Promise<AwardDecisionView[]> {
  const rows = await db.awardDecision.findMany({ where: { tenderId }, orderBy: [{ lotKey: "asc" }] });
  const users = await db.user.findMany({
    where: { id: { in: rows.map((row) => row.decidedById) } },
    select: { id: true, name: true, email: true },
  });
  return rows.map((row) => ({
    id: row.id,
    lotKey: row.lotKey === "" ? null : row.lotKey,
    winnerBidId: row.winnerBidId,
    decidedOn: row.decidedOn.toISOString().slice(0, 10),
    standstillEndsOn: row.standstillEndsOn.toISOString().slice(0, 10),
    note: row.note,
    decidedBy: users.find((user) => user.id === row.decidedById) ?? null,
    createdAt: row.createdAt,
    evaluation: row.evaluation,
  }));
}
