import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import { namesShownToPanel } from "@/lib/domain/panel/declaration";
import { listBidderNames } from "@/lib/server/bids/bid-access";
import { getDb } from "@/lib/server/db";
import { requireEvaluation } from "@/lib/server/evaluation/require-evaluation";
import { EvaluationFrame } from "../evaluation-frame";
import { evaluationMetadata } from "../evaluation-metadata";
import { ConfirmNamesForm, ConflictForm, SignDeclarationForm } from "./declaration-forms";
import { DeclarationText } from "./declaration-text";

type Props = { params: Promise<{ tenderId: string }> };

export function generateMetadata({ params }: Props): Promise<Metadata> {
  return evaluationMetadata(params, "member", "evaluation.declaration");
}

/**
 * A panel member's declaration of absence of conflict of interest and of confidentiality (Art. 24
 * of Directive 2014/24/EU): signed before any bid is shown; then, once the bidders' names are
 * shown (at once, or after the consensus in blind mode), confirmed against them, or a conflict
 * declared with one of them.
 */
export default async function DeclarationPage({ params }: Props) {
  const context = await requireEvaluation((await params).tenderId, "member");
  const { panel, me, tender } = context;
  const [t, format] = await Promise.all([getTranslations("evaluation.declaration"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "long", timeStyle: "short" });
  const namesShown = namesShownToPanel(panel!, context.opened);
  const names =
    me!.stage === "TO_CONFIRM_NAMES" || (me!.stage === "COMPLETE" && namesShown)
      ? await listBidderNames(getDb(), context.viewer, tender.id)
      : [];
  const lotTitle = (key: string | null) =>
    key ? `${key}: ${tender.lots.find((lot) => lot.key === key)?.title ?? ""}` : null;
  const excluded = new Set(me!.excludedLotKeys);
  const stillEvaluated = names.filter((bid) => bid.lotKey === null || !excluded.has(bid.lotKey));
  return (
    <EvaluationFrame
      context={context}
      title={t("title")}
      lead={t("lead")}
      back={{ href: `/tenders/${tender.id}/evaluation`, label: t("back") }}
    >
      {me!.stage === "REMOVED" ? (
        <Notice tone="danger" title={t("removedTitle")}>
          <p>{t("removed")}</p>
        </Notice>
      ) : null}
      <DeclarationText role={me!.role} />
      {me!.stage === "TO_SIGN" ? (
        <SignDeclarationForm tenderId={tender.id} version={me!.version} />
      ) : me!.declarationSignedAt ? (
        <Notice tone="success" title={t("signedOn", { date: when(me!.declarationSignedAt) })}>
          {me!.declarationConfirmedWithNamesAt ? (
            <p>{t("confirmedOn", { date: when(me!.declarationConfirmedWithNamesAt) })}</p>
          ) : !namesShown ? (
            <p>{context.opened ? t("confirmLaterBlind") : t("confirmLaterSealed")}</p>
          ) : null}
        </Notice>
      ) : null}
      {stillEvaluated.length > 0 && me!.stage !== "REMOVED" ? (
        <section aria-labelledby="bidders-heading" className="mb-10">
          <h2 id="bidders-heading" className="mb-2 text-2xl">
            {t("biddersHeading")}
          </h2>
          <p className="mb-4">{me!.stage === "TO_CONFIRM_NAMES" ? t("biddersLead") : t("biddersLeadConfirmed")}</p>
          <ul className="mb-6 list-disc space-y-1 pl-6">
            {stillEvaluated.map((bid) => (
              <li key={bid.id}>
                {t("bidder", { number: bid.receiptNumber, name: bid.bidderName })}
                {bid.lotKey ? <span className="text-muted"> · {lotTitle(bid.lotKey)}</span> : null}
              </li>
            ))}
          </ul>
          {me!.stage === "TO_CONFIRM_NAMES" ? <ConfirmNamesForm tenderId={tender.id} version={me!.version} /> : null}
          <ConflictForm
            tenderId={tender.id}
            version={me!.version}
            role={me!.role}
            hasLots={tender.lots.length > 0}
            bidders={stillEvaluated.map((bid) => ({
              value: bid.id,
              label: t("bidder", { number: bid.receiptNumber, name: bid.bidderName }),
              hint: lotTitle(bid.lotKey) ?? undefined,
            }))}
          />
        </section>
      ) : null}
      {me!.conflicts.length > 0 ? (
        <section aria-labelledby="conflicts-heading" className="mb-10">
          <h2 id="conflicts-heading" className="mb-2 text-2xl">
            {t("conflictsHeading")}
          </h2>
          <ul className="space-y-3">
            {me!.conflicts.map((conflict) => (
              <li key={`${conflict.bidId}-${conflict.at}`}>
                <p className="font-semibold">
                  {t("conflictOn", { number: conflict.receiptNumber, date: when(new Date(conflict.at)) })}
                </p>
                <p className="whitespace-pre-line">{conflict.note}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </EvaluationFrame>
  );
}
