"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextField } from "@/components/forms/text-field";
import { useActionForm } from "@/components/forms/use-action-form";
import { Notice } from "@/components/ui/notice";
import type { PanelComposition } from "@/lib/domain/panel/panel-composition";
import type { PanelSettings } from "@/lib/domain/panel/panel-model";
import { panelSchema } from "@/lib/schemas/evaluation";
import { savePanelAction } from "../actions";

type Candidate = { userId: string; name: string; email: string };

/**
 * The panel's members and settings. FULL before scoring starts; afterwards only the deadline
 * (DEADLINE_ONLY), or the deadline and a new chair when the chair stepped down (NEW_CHAIR): the
 * other values travel unchanged, as loaded, and the server refuses any change to them anyway.
 */
export function PanelForm({
  tenderId,
  panelId,
  version,
  mode,
  candidates,
  current,
}: {
  tenderId: string;
  panelId: string;
  version: number;
  mode: "FULL" | "DEADLINE_ONLY" | "NEW_CHAIR";
  candidates: Candidate[];
  current: PanelComposition & PanelSettings;
}) {
  const t = useTranslations("evaluation.panel");
  const router = useRouter();
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: panelSchema,
    action: savePanelAction,
    defaultValues: {
      tenderId,
      panelId,
      version,
      chairUserId: current.chairUserId,
      evaluatorUserIds: [...current.evaluatorUserIds],
      pricesHiddenUntilSubmitted: String(current.pricesHiddenUntilSubmitted) as "true" | "false",
      blindMode: String(current.blindMode) as "true" | "false",
      disagreementThresholdPercent: String(current.disagreementThresholdPercent),
      scoringDeadline: current.scoringDeadline ?? "",
    },
    onSuccess: ({ panelId: id, version: next }) => {
      form.setValue("panelId", id);
      form.setValue("version", next);
      setSaved(true);
      router.refresh();
    },
  });
  const people = (list: Candidate[]) =>
    list.map((candidate) => ({ value: candidate.userId, label: candidate.name, hint: candidate.email }));
  const evaluatorChoices = candidates.filter((candidate) => !current.evaluatorUserIds.includes(candidate.userId));
  return (
    <>
      {saved ? <Notice tone="success" live title={t("saved")} /> : null}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          {mode !== "DEADLINE_ONLY" ? (
            <RadioGroup
              name="chairUserId"
              legend={t("chair")}
              hint={t("chairHint")}
              error={fieldError("chairUserId")}
              options={people(mode === "NEW_CHAIR" ? evaluatorChoices : candidates)}
              registration={form.register("chairUserId")}
            />
          ) : null}
          {mode === "FULL" ? (
            <>
              <CheckboxGroup
                name="evaluatorUserIds"
                legend={t("evaluators")}
                hint={t("evaluatorsHint")}
                error={fieldError("evaluatorUserIds")}
                options={people(candidates)}
                registration={form.register("evaluatorUserIds")}
              />
              <RadioGroup
                name="pricesHiddenUntilSubmitted"
                legend={t("pricesHidden")}
                hint={t("pricesHiddenHint")}
                error={fieldError("pricesHiddenUntilSubmitted")}
                options={[
                  { value: "true", label: t("pricesHiddenYes") },
                  { value: "false", label: t("pricesHiddenNo") },
                ]}
                registration={form.register("pricesHiddenUntilSubmitted")}
              />
              <RadioGroup
                name="blindMode"
                legend={t("blindMode")}
                hint={t("blindModeHint")}
                error={fieldError("blindMode")}
                options={[
                  { value: "false", label: t("blindModeNo") },
                  { value: "true", label: t("blindModeYes") },
                ]}
                registration={form.register("blindMode")}
              />
              <TextField
                name="disagreementThresholdPercent"
                label={t("threshold")}
                hint={t("thresholdHint")}
                error={fieldError("disagreementThresholdPercent")}
                inputMode="numeric"
                className="max-w-24"
                registration={form.register("disagreementThresholdPercent")}
              />
            </>
          ) : null}
          <TextField
            name="scoringDeadline"
            label={t("deadline")}
            hint={t("deadlineHint")}
            optionalLabel={t("optional")}
            error={fieldError("scoringDeadline")}
            type="date"
            className="max-w-52"
            registration={form.register("scoringDeadline")}
          />
          <SubmitButton pending={isPending}>{panelId ? t("save") : t("create")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
