import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { getDb } from "@/lib/server/db";
import { readConsensusView } from "@/lib/server/evaluation/consensus-view";
import { requireEvaluation } from "@/lib/server/evaluation/require-evaluation";
import { AutomaticCriterion } from "../automatic-criterion";
import { bidNamer } from "../bid-name";
import { EvaluationFrame } from "../evaluation-frame";
import { scaleOptions } from "../scale-options";
import { CompleteConsensusForm, ReopenForm } from "./chair-forms";
import { ConsensusCellView } from "./consensus-cell";

type Props = { params: Promise<{ tenderId: string }> };

async function load(params: Props["params"]) {
  const context = await requireEvaluation((await params).tenderId, "member");
  const { me } = context;
  if (me?.role !== "CHAIR" || me.stage === "REMOVED") forbidden();
  return context;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [context, t] = await Promise.all([load(params), getTranslations("evaluation.consensus")]);
  return { title: `${t("title")} · ${context.tender.reference}` };
}

/**
 * The chair's page: per bid and scored criterion, every submitted score with its justification,
 * the spread and the disagreements, and the consensus (CONSENSUS) or the mean (MEAN), then the
 * figures of the openness criteria the tender computes automatically; reopening a
 * submission; completing the consensus. Only the chair comes here.
 */
export default async function ConsensusPage({ params }: Props) {
  const context = await load(params);
  const { tender, me } = context;
  const [t, format] = await Promise.all([getTranslations("evaluation.consensus"), getFormatter()]);
  const back = { href: `/tenders/${tender.id}/evaluation`, label: t("back") };
  if (me!.stage !== "COMPLETE") {
    return (
      <EvaluationFrame context={context} title={t("title")} back={back}>
        <Notice title={t("declarationFirstTitle")}>
          <p>{t("declarationFirst")}</p>
        </Notice>
      </EvaluationFrame>
    );
  }
  const [view, nameOf] = await Promise.all([readConsensusView(getDb(), context.viewer, tender.id), bidNamer()]);
  const panel = context.panel!;
  const options = scaleOptions(context.scale, (score, max) => t("option", { score, max }));
  const minimumSpread = (panel.disagreementThresholdPercent * context.scale.max) / 100;
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const submitted = view.evaluators.filter((member) => member.submittedAt !== null && member.removedAt === null);
  const criterionName = (key: string) => {
    const criterion = context.criteria.find((candidate) => candidate.key === key)!;
    return criterion.parentName ? `${criterion.parentName} · ${criterion.name}` : criterion.name;
  };
  // The disagreements first, as links: what the panel has to discuss.
  const disagreements = view.bids.flatMap(({ bid, cells }) =>
    cells
      .filter((cell) => cell.summary.disagreement)
      .map((cell) => ({
        id: `consensus-${bid.id}-${cell.criterionKey}`,
        label: `${nameOf(bid)} · ${criterionName(cell.criterionKey)}`,
      })),
  );
  return (
    <EvaluationFrame
      context={context}
      title={t("title")}
      lead={context.aggregation === "MEAN" ? t("leadMean") : t("leadConsensus")}
      back={back}
    >
      {panel.consensusCompletedAt ? (
        <Notice tone="success" title={t("completedTitle")}>
          <p>{t("completed", { date: when(panel.consensusCompletedAt) })}</p>
        </Notice>
      ) : view.pending.length > 0 ? (
        <Notice title={t("waitingTitle", { count: view.pending.length })}>
          <p className="mb-2">{t("waiting")}</p>
          <ul className="list-disc pl-6">
            {view.pending.map((member) => (
              <li key={member.id}>{member.name || member.email}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {view.notExpected.length > 0 && !panel.consensusCompletedAt ? (
        <section aria-labelledby="not-expected-heading" className="mb-8">
          <h2 id="not-expected-heading" className="mb-2 text-2xl">
            {t("notExpectedHeading", { count: view.notExpected.length })}
          </h2>
          <ul className="list-disc pl-6">
            {view.notExpected.map((member) => (
              <li key={member.id}>{t("notExpected", { name: member.name || member.email })}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mb-6">
        {t("thresholdExplained", {
          percent: panel.disagreementThresholdPercent,
          points: format.number(minimumSpread, { maximumFractionDigits: 2 }),
          max: context.scale.max,
        })}
      </p>
      {view.pending.length === 0 && view.bids.length > 0 ? (
        <section aria-labelledby="disagreements-heading" className="mb-10">
          <h2 id="disagreements-heading" className="mb-2 text-2xl">
            {t("disagreementsHeading", { count: disagreements.length })}
          </h2>
          {disagreements.length === 0 ? (
            <p>{t("noDisagreements")}</p>
          ) : (
            <ul className="list-disc space-y-1 pl-6">
              {disagreements.map((disagreement) => (
                <li key={disagreement.id}>
                  <a href={`#${disagreement.id}`}>{disagreement.label}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
      {!panel.consensusCompletedAt && submitted.length > 0 ? (
        <section aria-labelledby="reopen-heading" className="mb-10">
          <h2 id="reopen-heading" className="mb-2 text-2xl">
            {t("reopenHeading")}
          </h2>
          <p className="mb-4">{t("reopenLead")}</p>
          {submitted.map((member) => (
            <ReopenForm
              key={`${member.id}-${member.version}`}
              tenderId={tender.id}
              memberId={member.id}
              version={member.version}
              name={member.name || member.email}
            />
          ))}
        </section>
      ) : null}
      {view.bids.map(({ bid, cells, automatic }) => (
        <section key={bid.id} aria-labelledby={`bid-${bid.id}`} className="mb-12 border-t-4 border-ink pt-4">
          <h2 id={`bid-${bid.id}`} className="mb-4 text-2xl">
            {nameOf(bid)}
          </h2>
          {cells.map((cell) => (
            <ConsensusCellView
              key={cell.criterionKey}
              tenderId={tender.id}
              bidId={bid.id}
              bidName={nameOf(bid)}
              cell={cell}
              criterion={context.criteria.find((criterion) => criterion.key === cell.criterionKey)!}
              aggregation={context.aggregation}
              scaleMax={context.scale.max}
              canRecord={view.recordingRefusal === null}
              options={options}
            />
          ))}
          {context.automaticCriteria.map((criterion) => (
            <AutomaticCriterion
              key={criterion.key}
              bidId={bid.id}
              bidName={nameOf(bid)}
              criterion={criterion}
              figures={automatic.find((figures) => figures.criterionKey === criterion.key)}
            />
          ))}
        </section>
      ))}
      {!panel.consensusCompletedAt ? (
        <section aria-labelledby="complete-heading" className="border-t-4 border-ink pt-4">
          <h2 id="complete-heading" className="mb-2 text-2xl">
            {t("completeHeading")}
          </h2>
          <p className="mb-4">{t("completeLead")}</p>
          {view.completionRefusal === null ? (
            <CompleteConsensusForm tenderId={tender.id} version={panel.version} />
          ) : (
            <p className="font-semibold">
              {view.completionRefusal === "consensusMissing"
                ? t("cannotComplete.consensusMissing", { count: view.missing.length })
                : view.completionRefusal === "waitingForSubmissions"
                  ? t("cannotComplete.waitingForSubmissions", { count: view.pending.length })
                  : t(`cannotComplete.${view.completionRefusal}`)}
            </p>
          )}
        </section>
      ) : null}
    </EvaluationFrame>
  );
}
