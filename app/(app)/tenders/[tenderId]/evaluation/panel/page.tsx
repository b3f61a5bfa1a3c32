import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { MIN_EVALUATORS } from "@/lib/domain/panel/panel-composition";
import { DEFAULT_PANEL_SETTINGS } from "@/lib/domain/panel/panel-model";
import { getDb } from "@/lib/server/db";
import { EVALUATION_OPEN_STATUSES } from "@/lib/server/evaluation/evaluation-context";
import { compositionOf, listPanelCandidates, scoringStarted } from "@/lib/server/evaluation/manage-panel";
import { requireEvaluation } from "@/lib/server/evaluation/require-evaluation";
import { EvaluationFrame } from "../evaluation-frame";
import { evaluationMetadata } from "../evaluation-metadata";
import { PanelForm } from "./panel-form";

type Props = { params: Promise<{ tenderId: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return evaluationMetadata(params, "manage", "evaluation.panel");
}

/**
 * The procurement lead sets up the evaluation panel: the chair and the evaluators, chosen among
 * the organisation's members with the evaluator role, and the panel's settings. Once the first
 * score is saved, only the scoring deadline (and a new chair, if the chair stepped down) can change.
 */
export default async function PanelPage({ params }: Props) {
  const context = await requireEvaluation((await params).tenderId, "manage");
  const { panel, tender } = context;
  const [t, candidates, started] = await Promise.all([
    getTranslations("evaluation.panel"),
    listPanelCandidates(getDb(), context.viewer),
    panel ? scoringStarted(getDb(), panel.id) : Promise.resolve(false),
  ]);
  const open = (EVALUATION_OPEN_STATUSES as readonly string[]).includes(tender.status);
  const complete = panel?.consensusCompletedAt != null;
  const chairWithdrew = panel !== null && !panel.members.some((m) => m.role === "CHAIR" && m.removedAt === null);
  const removedUserIds = (panel?.members ?? []).filter((m) => m.removedAt !== null).map((m) => m.userId);
  const current = panel ? compositionOf(panel) : { chairUserId: "", evaluatorUserIds: [], ...DEFAULT_PANEL_SETTINGS };
  const mode = !open || complete ? "CLOSED" : started ? (chairWithdrew ? "NEW_CHAIR" : "DEADLINE_ONLY") : "FULL";
  return (
    <EvaluationFrame
      context={context}
      title={t("title")}
      lead={t("lead")}
      back={{ href: `/tenders/${tender.id}/evaluation`, label: t("back") }}
    >
      {mode === "DEADLINE_ONLY" || mode === "NEW_CHAIR" ? (
        <Notice title={t("lockedTitle")}>
          <p>{mode === "NEW_CHAIR" ? t("lockedNewChair") : t("locked")}</p>
        </Notice>
      ) : null}
      {mode === "CLOSED" ? (
        <Notice title={t("closedTitle")}>
          <p>{t("closed")}</p>
        </Notice>
      ) : candidates.length < MIN_EVALUATORS + 1 ? (
        <Notice tone="danger" title={t("tooFewCandidatesTitle")}>
          <p>{t("tooFewCandidates", { count: MIN_EVALUATORS + 1 })}</p>
        </Notice>
      ) : (
        <PanelForm
          tenderId={tender.id}
          panelId={panel?.id ?? ""}
          version={panel?.version ?? 0}
          mode={mode}
          candidates={candidates.filter((candidate) => !removedUserIds.includes(candidate.userId))}
          current={current}
        />
      )}
    </EvaluationFrame>
  );
}
