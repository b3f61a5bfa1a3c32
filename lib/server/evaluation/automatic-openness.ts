import "server-only";
import { opennessFindings } from "@/lib/domain/award/evaluation-records";
import type { ChosenClause } from "@/lib/domain/clauses/clause-updates";
import { standardRequirements } from "@/lib/domain/clauses/required-standards";
import { automaticOpennessScores } from "@/lib/domain/evaluation/automatic-openness";
import { automaticOpennessView, type AutomaticOpennessView } from "@/lib/domain/evaluation/evaluation-view";
import { tenderOutboundLicence } from "@/lib/domain/licences";
import type { OpenedBid } from "@/lib/server/bids/bid-access";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import type { DbClient } from "@/lib/server/db";
import type { EvaluationContext } from "./evaluation-context";

/**
 * The figures of the openness criteria the tender computes automatically, per bid, for the
 * scoring and consensus pages: nobody scores those criteria, so the panel sees instead what the
 * published rule gives for each bid, from the same findings the ranking uses
 * (evaluation-records.ts). The bids come from the caller, already read through bid-access.ts.
 */
export async function readAutomaticOpenness(
  db: DbClient,
  context: EvaluationContext,
  bids: readonly OpenedBid[],
): Promise<Map<string, AutomaticOpennessView[]>> {
  if (!context.award || context.automaticCriteria.length === 0 || bids.length === 0) return new Map();
  const row = await db.tender.findUniqueOrThrow({ where: { id: context.tender.id }, select: { clauses: true } });
  const clauses = (row.clauses ?? []) as ChosenClause[];
  const tender = {
    outboundLicence: tenderOutboundLicence(clauses).licenceId,
    standardRequirements: standardRequirements(clauses, await getChosenClauseVersions(db, clauses)),
  };
  const award = context.award;
  return new Map(
    bids.map((bid) => [
      bid.id,
      automaticOpennessScores(award, opennessFindings(bid.content, tender)).map(automaticOpennessView),
    ]),
  );
}
