"use client";
import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormShell } from "@/components/forms/form-shell";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextField } from "@/components/forms/text-field";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import { awardDecisionSchema } from "@/lib/schemas/award";
import { recordAwardAction } from "./actions";

export type AwardOption = { value: string; label: string; hint: string };

/**
 * The award decision of one lot: the winner (the top-ranked admissible bid is proposed; any other
 * choice needs the reason), the decision date, and the reason. The form carries the version of the
 * tender and the fingerprint of the ranking shown, so a decision never rests on a ranking that
 * has changed since the page was drawn.
 */
export function AwardForm({
  tenderId,
  version,
  fingerprint,
  lotKey,
  options,
  proposed,
  today,
  reportHref,
}: {
  tenderId: string;
  version: number;
  fingerprint: string;
  lotKey: string;
  options: AwardOption[];
  proposed: string | null;
  today: string;
  reportHref: string;
}) {
  const t = useTranslations("award.form");
  const format = useFormatter();
  const day = (date: string) => format.dateTime(new Date(`${date}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const router = useRouter();
  const [recorded, setRecorded] = useState<{ standstillEndsOn: string; awarded: boolean } | null>(null);
  const state = useActionForm({
    schema: awardDecisionSchema,
    action: recordAwardAction,
    defaultValues: {
      tenderId,
      version,
      fingerprint,
      lotKey,
      winnerBidId: proposed ?? "",
      decidedOn: today,
      reason: "",
    },
    onSuccess: (result: { standstillEndsOn: string; awarded: boolean }) => {
      setRecorded(result);
      router.refresh();
    },
  });
  const { field } = state;
  if (recorded) {
    return (
      <Notice tone="success" live title={t("recorded")}>
        <p className="mb-2">
          {t(recorded.awarded ? "recordedAwarded" : "recordedLot", { date: day(recorded.standstillEndsOn) })}
        </p>
        <Link href={reportHref}>{t("toReport")}</Link>
      </Notice>
    );
  }
  return (
    <FormShell state={state} submitLabel={t("submit")}>
      <RadioGroup {...field("winnerBidId")} legend={t("winner")} hint={t("winnerHint")} options={options} />
      <TextField
        {...field("decidedOn")}
        label={t("decidedOn")}
        hint={t("decidedOnHint")}
        type="date"
        max={today}
        className="max-w-xs"
      />
      <TextareaField {...field("reason")} label={t("reason")} hint={t("reasonHint")} rows={4} />
    </FormShell>
  );
}
