import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/lib/server/db";
import { requireEvaluation } from "@/lib/server/evaluation/require-evaluation";
import { readScoringView } from "@/lib/server/evaluation/scoring-view";
import { AutomaticCriterion } from "../automatic-criterion";
import { bidNamer } from "../bid-name";
import { EvaluationFrame } from "../evaluation-frame";
import { evaluationMetadata } from "../evaluation-metadata";
import { scaleOptions } from "../scale-options";
import { ScaleGuide } from "./scale-guide";
import { ScoreForm } from "./score-form";
import { SubmitScoresForm } from "./submit-form";

type Props = { params: Promise<{ tenderId: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return evaluationMetadata(params, "member", "evaluation.scoring");
}

/**
 * An evaluator scores, on their own: every scored criterion of every bid they evaluate, on the
 * tender's scale with each level's meaning, with a justification, saved as they go (an openness
 * criterion the tender computes automatically is shown with its figures instead); then they
 * submit, and the scores are locked. They see their own scores only (score-access.ts), and the
 * bids as the panel lets them (bid-access.ts: no prices, labels in blind mode).
 */
export default async function ScoringPage({ params }: Props) {
  const context = await requireEvaluation((await params).tenderId, "member");
  const { tender } = context;
  const [t, format, nameOf, view] = await Promise.all([
    getTranslations("evaluation.scoring"),
    getFormatter(),
    bidNamer(),
    readScoringView(getDb(), context.viewer, tender.id),
  ]);
  const { me, progress, refusal, scores } = view;
  const panel = context.panel!;
  const day = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const frame = (children: ReactNode) => (
    <EvaluationFrame
      context={context}
      title={t("title")}
      lead={t("lead")}
      back={{ href: `/tenders/${tender.id}/evaluation`, label: t("back") }}
    >
      {children}
    </EvaluationFrame>
  );
  if (me.role === "CHAIR")
    return frame(
      <Notice title={t("chairTitle")}>
        <p>{t("chair")}</p>
      </Notice>,
    );
  if (me.stage === "REMOVED")
    return frame(
      <Notice tone="danger" title={t("removedTitle")}>
        <p>{t("removed")}</p>
      </Notice>,
    );
  if (me.stage !== "COMPLETE") {
    return frame(
      <Notice title={t("declarationFirstTitle")}>
        <p className="mb-2">{t("declarationFirst")}</p>
        <Link href={`/tenders/${tender.id}/evaluation/declaration`} className="font-semibold">
          {t("toDeclaration")}
        </Link>
      </Notice>,
    );
  }
  if (!context.opened)
    return frame(
      <Notice title={t("sealedTitle")}>
        <p>{t("sealed")}</p>
      </Notice>,
    );
  if (!me.expectedToScore && !me.submittedAt)
    return frame(
      <Notice title={t("notExpectedTitle")}>
        <p>{t("notExpected")}</p>
      </Notice>,
    );

  const options = scaleOptions(context.scale, (score, max) => t("option", { score, max }));
  const own = (bidId: string, criterionKey: string) =>
    scores.find((score) => score.bidId === bidId && score.criterionKey === criterionKey) ?? null;
  return frame(
    <>
      {refusal === "alreadySubmitted" || refusal === "consensusComplete" ? (
        <Notice tone="success" title={t("submittedTitle")}>
          <p>{t("submitted", { date: format.dateTime(me.submittedAt!, { dateStyle: "long", timeStyle: "short" }) })}</p>
        </Notice>
      ) : refusal === "deadlinePassed" ? (
        <Notice tone="danger" title={t("deadlinePassedTitle")}>
          <p>{t("deadlinePassed", { date: day(panel.scoringDeadline!) })}</p>
        </Notice>
      ) : null}
      <p className="mb-2 text-lg font-semibold" role="status">
        {t("progress", { done: progress.done, total: progress.total })}
      </p>
      {panel.scoringDeadline && refusal === null ? (
        <p className="mb-6">{t("deadline", { date: day(panel.scoringDeadline) })}</p>
      ) : null}
      {panel.pricesHiddenUntilSubmitted && !me.submittedAt ? <p className="mb-6">{t("pricesHidden")}</p> : null}
      {panel.blindMode && !panel.consensusCompletedAt ? <p className="mb-6">{t("blind")}</p> : null}
      <ScaleGuide scale={context.scale} />
      {view.bids.map((bid) => (
        <section key={bid.id} aria-labelledby={`bid-${bid.id}`} className="mb-12 border-t-4 border-ink pt-4">
          <h2 id={`bid-${bid.id}`} className="mb-2 text-2xl">
            {nameOf(bid)}
          </h2>
          <p className="mb-6">
            <Link href={`/tenders/${tender.id}/bids/${bid.id}`}>{t("readBid", { bid: nameOf(bid) })}</Link>
          </p>
          {context.criteria.map((criterion) => {
            const saved = own(bid.id, criterion.key);
            const headingId = `criterion-${bid.id}-${criterion.key}`;
            return (
              <section key={criterion.key} aria-labelledby={headingId} className="mb-8 border-l-4 border-line pl-4">
                <h3 id={headingId} className="mb-1 text-xl">
                  {criterion.parentName ? `${criterion.parentName} · ${criterion.name}` : criterion.name}
                  <span className="sr-only"> · {nameOf(bid)}</span>
                </h3>
                {criterion.description ? (
                  <p className="text-muted mb-2 whitespace-pre-line">{criterion.description}</p>
                ) : null}
                {refusal === null ? (
                  <ScoreForm
                    tenderId={tender.id}
                    bidId={bid.id}
                    criterionKey={criterion.key}
                    version={saved?.version ?? null}
                    score={saved?.score ?? null}
                    reason={saved?.justification ?? ""}
                    options={options}
                  />
                ) : saved ? (
                  <>
                    <p className="font-semibold">{t("yourScore", { score: saved.score, max: context.scale.max })}</p>
                    <p className="whitespace-pre-line">{saved.justification}</p>
                  </>
                ) : (
                  <p>{t("notScored")}</p>
                )}
              </section>
            );
          })}
          {context.automaticCriteria.map((criterion) => (
            <AutomaticCriterion
              key={criterion.key}
              bidId={bid.id}
              bidName={nameOf(bid)}
              criterion={criterion}
              figures={view.automatic.get(bid.id)?.find((figures) => figures.criterionKey === criterion.key)}
            />
          ))}
        </section>
      ))}
      {refusal === null ? (
        <section aria-labelledby="submit-heading" className="border-t-4 border-ink pt-4">
          <h2 id="submit-heading" className="mb-2 text-2xl">
            {t("submitHeading")}
          </h2>
          <p className="mb-4">
            {progress.missing.length > 0 ? t("submitMissing", { count: progress.missing.length }) : t("submitReady")}
          </p>
          <SubmitScoresForm tenderId={tender.id} version={me.version} />
        </section>
      ) : null}
    </>,
  );
}
