"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { FormShell } from "@/components/forms/form-shell";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { TenderStatus, TenderTransition } from "@/lib/domain/tender/tender-status";
import { changeTenderStatusSchema } from "@/lib/schemas/tender-review";
import { changeTenderStatusAction } from "./actions";

type Decision = { to: TenderStatus; action: TenderTransition["action"] };

/** The end of the review: approve, or send the tender back with the reason (required). */
export function ReviewDecisionForm({
  tenderId,
  version,
  decisions,
}: {
  tenderId: string;
  version: number;
  /** The decisions the viewer's roles allow, from the lifecycle (approve, request changes). */
  decisions: Decision[];
}) {
  const t = useTranslations("tenders.review.decision");
  const router = useRouter();
  const state = useActionForm({
    schema: changeTenderStatusSchema,
    action: changeTenderStatusAction,
    defaultValues: { tenderId, version, from: "IN_REVIEW", reason: "" },
    onSuccess: ({ transition }) => router.push(`/reviews?decided=${transition}`),
  });
  const { field } = state;
  return (
    <FormShell state={state} submitLabel={t("submit")}>
      <RadioGroup
        {...field("to")}
        legend={t("legend")}
        options={decisions.map((decision) => ({
          value: decision.to,
          label: t(`${decision.action}.label`),
          hint: t(`${decision.action}.hint`),
        }))}
      />
      <TextareaField {...field("reason")} label={t("reason")} hint={t("reasonHint")} rows={4} />
    </FormShell>
  );
}
