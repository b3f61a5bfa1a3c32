import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Notice } from "@/components/ui/notice";
import type { EvaluationContext } from "@/lib/server/evaluation/evaluation-context";

/** For a panel member: what to do next, with the link to the page where they do it. */
export async function NextStepNotice({ context }: { context: EvaluationContext }) {
  const t = await getTranslations("evaluation.next");
  const { me, panel, tender } = context;
  if (!me || !panel) return null;
  const base = `/tenders/${tender.id}/evaluation`;
  let step: { key: string; href: string | null };
  if (me.stage === "REMOVED") step = { key: "removed", href: null };
  else if (me.stage === "TO_SIGN") step = { key: "sign", href: `${base}/declaration` };
  else if (me.stage === "TO_CONFIRM_NAMES") step = { key: "confirm", href: `${base}/declaration` };
  else if (panel.consensusCompletedAt) step = { key: "complete", href: `${base}/ranking` };
  else if (!context.opened) step = { key: "waitForOpening", href: null };
  else if (me.role === "CHAIR") step = { key: "consensus", href: `${base}/consensus` };
  else if (me.submittedAt) step = { key: "submitted", href: null };
  else if (!me.expectedToScore) step = { key: "notExpected", href: null };
  else step = { key: "score", href: `${base}/scoring` };
  return (
    <Notice tone={step.key === "removed" ? "danger" : "info"} title={t(`${step.key}.title`)}>
      <p>{t(`${step.key}.body`)}</p>
      {step.href ? (
        <p className="mt-2">
          <Link href={step.href} className="font-semibold">
            {t(`${step.key}.link`)}
          </Link>
        </p>
      ) : null}
    </Notice>
  );
}
