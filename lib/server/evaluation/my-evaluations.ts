import "server-only";
import { expectedToScore } from "@/lib/domain/panel/consensus-rules";
import { declarationStage, namesShownToPanel } from "@/lib/domain/panel/declaration";
import type { PanelRole } from "@/lib/domain/panel/panel-model";
import type { Viewer } from "@/lib/server/auth/viewer";
import { BID_TENDER_STATUSES } from "@/lib/server/bids/bid-tender";
import type { DbClient } from "@/lib/server/db";
import { toMemberState } from "./panel-relation";

/**
 * The tenders on whose panel the viewer sits, in their organisation, with the next thing they have
 * to do: sign or confirm their declaration, score, moderate the consensus, or nothing more (an
 * evaluator excluded by conflict from every lot with bids is not expected to score).
 * No score and no bid is read here (only the lots of the bids, from the register).
 */
export type NextStep =
  "DECLARATION" | "SCORING" | "NOT_EXPECTED" | "SUBMITTED" | "CONSENSUS" | "COMPLETE" | "REMOVED" | "WAITING";

export type MyEvaluation = {
  tenderId: string;
  reference: string;
  title: string;
  role: PanelRole;
  next: NextStep;
  scoringDeadline: string | null;
};

export async function listMyEvaluations(db: DbClient, viewer: Viewer): Promise<MyEvaluation[]> {
  const members = await db.panelMember.findMany({
    where: {
      userId: viewer.userId,
      panel: { tender: { organisationId: viewer.organisation.id, status: { in: [...BID_TENDER_STATUSES] } } },
    },
    select: {
      panelRole: true,
      declarationSignedAt: true,
      declarationConfirmedWithNamesAt: true,
      excludedLotKeys: true,
      removedAt: true,
      submittedAt: true,
      panel: {
        select: {
          blindMode: true,
          consensusCompletedAt: true,
          scoringDeadline: true,
          tender: {
            select: {
              id: true,
              reference: true,
              title: true,
              bidOpening: { select: { openedAt: true } },
              bids: { where: { withdrawnAt: null }, select: { lotKey: true } },
            },
          },
        },
      },
    },
    orderBy: { createdAt: "desc" },
  });
  return members.map(({ panel, ...row }) => {
    const member = toMemberState(row);
    const opened = panel.tender.bidOpening?.openedAt != null;
    const stage = declarationStage(member, namesShownToPanel(panel, opened));
    return {
      tenderId: panel.tender.id,
      reference: panel.tender.reference,
      title: panel.tender.title,
      role: member.role,
      next: nextStep(member.role, stage, {
        opened,
        submitted: member.submittedAt !== null,
        consensusComplete: panel.consensusCompletedAt !== null,
        expectedToScore: expectedToScore(
          member,
          panel.tender.bids.map((bid) => bid.lotKey),
        ),
      }),
      scoringDeadline: panel.scoringDeadline ? panel.scoringDeadline.toISOString().slice(0, 10) : null,
    };
  });
}

function nextStep(
  role: PanelRole,
  stage: ReturnType<typeof declarationStage>,
  state: { opened: boolean; submitted: boolean; consensusComplete: boolean; expectedToScore: boolean },
): NextStep {
  if (stage === "REMOVED") return "REMOVED";
  if (stage !== "COMPLETE") return "DECLARATION";
  if (state.consensusComplete) return "COMPLETE";
  if (!state.opened) return "WAITING";
  if (role === "CHAIR") return "CONSENSUS";
  if (state.submitted) return "SUBMITTED";
  return state.expectedToScore ? "SCORING" : "NOT_EXPECTED";
}
