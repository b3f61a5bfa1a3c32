import { addDays, nextWorkingDay, type IsoDate } from "../lib/domain/tender/calendar-date";
import type { Prisma } from "../lib/generated/prisma/client";
import type { DemoEvaluation } from "./demo-evaluation";

type Tx = Prisma.TransactionClient;

/**
 * A demo tender's evaluation as the app would have recorded it, day by day after the opening of
 * its bids (`openingDate`, recorded before by openDemoBids): the panel and its declarations, the evaluators' reviews of sovereignty
 * claims, every score submitted with its justification, and the chair's consensus, completed.
 * Each step has its audit event, dated when it happened, naming the tender (`after.tenderId`) so
 * the award report's audit summary finds it.
 */
export async function seedDemoEvaluation(
  tx: Tx,
  input: {
    organisationId: string;
    tenderId: string;
    openingDate: IsoDate;
    bidIds: string[];
    evaluation: DemoEvaluation;
  },
) {
  const { evaluation, tenderId, bidIds } = input;
  const emails = [evaluation.lead, evaluation.chair, ...evaluation.evaluators];
  const users = await tx.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true, name: true } }); // prettier-ignore
  const user = (email: string) => {
    const found = users.find((candidate) => candidate.email === email);
    if (!found) throw new Error(`Demo evaluation: no account ${email}`);
    return found;
  };
  // Working days after the opening, at a given time (UTC).
  const on = (workingDays: number, time: string) => {
    let day = input.openingDate;
    for (let step = 0; step < workingDays; step++) day = nextWorkingDay(addDays(day, 1));
    return new Date(`${day}T${time}:00.000Z`);
  };
  // About the tender, as the app's evaluation events are (lib/server/evaluation), unless told otherwise.
  const audit = (
    action: string,
    actorEmail: string,
    occurredAt: Date,
    after: Record<string, string | number | null> = {},
    entity = { type: "Tender", id: tenderId },
  ) =>
    tx.auditEvent.create({
      data: {
        organisationId: input.organisationId,
        actorId: user(actorEmail).id,
        actorEmail,
        action,
        entityType: entity.type,
        entityId: entity.id,
        after: { tenderId, ...after, source: "demo data" },
        occurredAt,
      },
    });

  // The panel, set up by the procurement lead; each member signs and confirms against the names.
  const panel = await tx.evaluationPanel.create({
    data: { tenderId, consensusCompletedAt: on(10, "16:00"), createdById: user(evaluation.lead).id, createdAt: on(0, "11:00") }, // prettier-ignore
  });
  await audit("evaluation.panel_created", evaluation.lead, on(0, "11:00"), {
    chair: evaluation.chair,
    evaluators: evaluation.evaluators.join(", "),
  });
  const people = [evaluation.chair, ...evaluation.evaluators];
  const members = new Map<string, string>();
  for (const [index, email] of people.entries()) {
    const signedAt = on(1, `09:${String(10 + index * 10).padStart(2, "0")}`);
    const confirmedAt = new Date(signedAt.getTime() + 5 * 60_000);
    const isChair = index === 0;
    const submittedAt = isChair ? null : on(5 + index, "17:00");
    const member = await tx.panelMember.create({
      data: {
        panelId: panel.id,
        userId: user(email).id,
        panelRole: isChair ? "CHAIR" : "EVALUATOR",
        declarationSignedAt: signedAt,
        declarationConfirmedWithNamesAt: confirmedAt,
        submittedAt,
        createdAt: on(0, "11:00"),
      },
    });
    members.set(email, member.id);
    await audit("evaluation.declaration_signed", email, signedAt);
    await audit("evaluation.declaration_confirmed", email, confirmedAt);
  }

  // Reviews of claimed sovereignty levels, kept beside the claims.
  for (const [index, review] of evaluation.reviews.entries()) {
    const bidId = bidIds[review.bid]!;
    const at = on(2, `1${index}:00`);
    const bid = await tx.bid.findUniqueOrThrow({ where: { id: bidId }, select: { sovereigntyReviews: true, version: true } }); // prettier-ignore
    const reviewer = user(review.by);
    await tx.bid.update({
      where: { id: bidId },
      data: {
        sovereigntyReviews: {
          ...(bid.sovereigntyReviews as object),
          [review.objective]: { level: review.level, justification: review.justification, reviewerId: reviewer.id, reviewerName: reviewer.name, at: at.toISOString() }, // prettier-ignore
        },
        version: { increment: 1 },
      },
    });
    await audit("bid.sovereignty_reviewed", review.by, at, { objective: review.objective, level: review.level }, { type: "Bid", id: bidId }); // prettier-ignore
  }

  // Every evaluator's scores, submitted; then the chair's consensus, completed.
  for (const [index, email] of evaluation.evaluators.entries()) {
    const submittedAt = on(6 + index, "17:00");
    await tx.evaluatorScore.createMany({
      data: evaluation.scores.map((entry) => ({
        memberId: members.get(email)!,
        bidId: bidIds[entry.bid]!,
        criterionKey: entry.criterionKey,
        score: entry.given[index]!.score,
        justification: entry.given[index]!.justification,
        createdAt: submittedAt,
      })),
    });
    await audit("evaluation.scores_submitted", email, submittedAt, { scores: evaluation.scores.length }); // prettier-ignore
  }
  const chairId = user(evaluation.chair).id;
  for (const [index, entry] of evaluation.scores.entries()) {
    const at = on(10, `10:${String(index * 4).padStart(2, "0")}`);
    await tx.consensusScore.create({
      data: {
        tenderId,
        bidId: bidIds[entry.bid]!,
        criterionKey: entry.criterionKey,
        score: entry.consensus.score,
        rationale: entry.consensus.rationale,
        recordedById: chairId,
        createdAt: at,
      },
    });
    // As the app records it: which score, never its value (the completion holds the values).
    await audit("evaluation.consensus_recorded", evaluation.chair, at, { criterionKey: entry.criterionKey, version: 0 }); // prettier-ignore
  }
  await audit("evaluation.consensus_completed", evaluation.chair, on(10, "16:00"));
}
