import "server-only";
import { summariseAuditTrail, type AuditTrailSummary } from "@/lib/domain/award/audit-summary";
import type { TenderBidsAssessmentView } from "@/lib/domain/assessment/assess-bids";
import type { SovereigntyReviews } from "@/lib/domain/bids/bid-model";
import type { DeclaredConflict } from "@/lib/domain/panel/panel-model";
import { AppError } from "@/lib/errors";
import type { Viewer } from "@/lib/server/auth/viewer";
import { readOpenedBids } from "@/lib/server/bids/bid-access";
import { assessTenderBids } from "@/lib/server/bids/assess-tender-bids";
import type { DbClient } from "@/lib/server/db";
import { mayReadEveryScore } from "./result-access";
import type { Evaluated } from "./load-evaluation";

/**
 * What the award report adds to the evaluation: the automatic assessment of each lot's bids (cost
 * of ownership tables, licence, sovereignty and standards findings, abnormally low), the
 * evaluators' reviews of sovereignty claims with their reasons, the panel's declarations and
 * conflicts, and a summary of the evaluation's audit trail. For those who may read every score
 * (the procurement lead and the chair), like the evaluation file.
 */
export type AwardReportData = {
  assessments: TenderBidsAssessmentView[];
  sovereigntyReviews: Map<string, SovereigntyReviews>;
  declarations: Declaration[];
  auditTrail: AuditTrailSummary;
  /** Names of the people who appear in the trail, by e-mail address. */
  actorNames: Map<string, string>;
};

export type Declaration = {
  name: string;
  email: string;
  panelRole: string;
  signedAt: Date | null;
  confirmedWithNamesAt: Date | null;
  conflicts: DeclaredConflict[];
  excludedLotKeys: string[];
  removedAt: Date | null;
  removedReason: string;
  submittedAt: Date | null;
};

export async function loadAwardReport(db: DbClient, viewer: Viewer, evaluation: Evaluated): Promise<AwardReportData> {
  if (!mayReadEveryScore(evaluation.role)) throw new AppError("FORBIDDEN");
  const { tender, panel } = evaluation;
  const lotKeys = tender.lots.length === 0 ? [null] : tender.lots.map((lot) => lot.key);
  const [assessed, bids] = await Promise.all([
    Promise.all(lotKeys.map((lotKey) => assessTenderBids(db, viewer, tender.id, lotKey))),
    readOpenedBids(db, viewer, tender.id),
  ]);
  const members = panel?.members ?? [];
  const auditTrail = await readAuditTrail(db, evaluation, [
    tender.id,
    ...bids.map((bid) => bid.id),
    ...(panel ? [panel.id] : []),
    ...members.map((member) => member.id),
    ...evaluation.decisions.map((decision) => decision.id),
  ]);
  const emails = [...new Set(auditTrail.keyEvents.flatMap((event) => (event.actorEmail ? [event.actorEmail] : [])))];
  const actors = await db.user.findMany({ where: { email: { in: emails } }, select: { email: true, name: true } });
  return {
    assessments: assessed.flatMap((result) => (result.state === "OPENED" ? [result.assessment] : [])),
    sovereigntyReviews: new Map(bids.map((bid) => [bid.id, bid.sovereigntyReviews])),
    declarations: members.map((member) => ({
      name: member.user.name,
      email: member.user.email,
      panelRole: member.panelRole,
      signedAt: member.declarationSignedAt,
      confirmedWithNamesAt: member.declarationConfirmedWithNamesAt,
      conflicts: (Array.isArray(member.conflicts) ? member.conflicts : []) as DeclaredConflict[],
      excludedLotKeys: member.excludedLotKeys,
      removedAt: member.removedAt,
      removedReason: member.removedReason,
      submittedAt: member.submittedAt,
    })),
    auditTrail,
    actorNames: new Map(actors.map((actor) => [actor.email, actor.name])),
  };
}

/**
 * The events of the tender's evaluation: those about the tender, its bids, its panel and members
 * and its award decisions (or naming the tender), from the opening request on; the drafting of
 * the tender before that is not the evaluation's.
 */
async function readAuditTrail(db: DbClient, evaluation: Evaluated, entityIds: string[]) {
  const { tender } = evaluation;
  const about = { organisationId: tender.organisationId, OR: [{ entityId: { in: entityIds } }, { after: { path: ["tenderId"], equals: tender.id } }] }; // prettier-ignore
  const opening = await db.auditEvent.findFirst({
    where: { ...about, action: { startsWith: "bid.opening" } },
    orderBy: { occurredAt: "asc" },
    select: { occurredAt: true },
  });
  const since = opening?.occurredAt ?? tender.openedAt ?? new Date(0);
  const events = await db.auditEvent.findMany({
    where: { ...about, occurredAt: { gte: since }, NOT: { action: { in: ["tender.section_saved", "tender.revision_restored"] } } }, // prettier-ignore
    select: { action: true, occurredAt: true, actorEmail: true, entityType: true, entityId: true },
    orderBy: { occurredAt: "asc" },
  });
  return summariseAuditTrail(events);
}
