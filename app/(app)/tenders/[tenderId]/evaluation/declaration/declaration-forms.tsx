"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { CheckboxGroup } from "@/components/forms/checkbox-group";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { RadioGroup } from "@/components/forms/radio-group";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { useActionForm } from "@/components/forms/use-action-form";
import type { PanelRole } from "@/lib/domain/panel/panel-model";
import { confirmNamesSchema, conflictSchema, signDeclarationSchema } from "@/lib/schemas/evaluation";
import { confirmNamesAction, declareConflictAction, signDeclarationAction } from "../actions";

/** Signing: one box to tick (the declaration is above it), one button. */
export function SignDeclarationForm({ tenderId, version }: { tenderId: string; version: number }) {
  const t = useTranslations("evaluation.declaration");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: signDeclarationSchema,
    action: signDeclarationAction,
    defaultValues: { tenderId, version, agree: false as never },
    onSuccess: () => router.refresh(),
  });
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate className="mb-10">
        <FormFields>
          <CheckboxGroup
            name="agree"
            legend={t("signLegend")}
            error={fieldError("agree")}
            options={[{ value: "true", label: t("signAgree") }]}
            registration={form.register("agree")}
          />
          <SubmitButton pending={isPending}>{t("sign")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}

/** Confirming, once the bidders' names are shown, that there is no conflict with any of them. */
export function ConfirmNamesForm({ tenderId, version }: { tenderId: string; version: number }) {
  const t = useTranslations("evaluation.declaration");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: confirmNamesSchema,
    action: confirmNamesAction,
    defaultValues: { tenderId, version, agree: false as never },
    onSuccess: () => router.refresh(),
  });
  // A conflict declared on the same page gives the member a new version.
  useEffect(() => form.setValue("version", version), [form, version]);
  return (
    <>
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate className="mb-8">
        <FormFields>
          <CheckboxGroup
            name="agree"
            legend={t("confirmLegend")}
            error={fieldError("agree")}
            options={[{ value: "true", label: t("confirmAgree") }]}
            registration={form.register("agree")}
          />
          <SubmitButton pending={isPending}>{t("confirm")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}

/**
 * Declaring a conflict with one bidder: which, and what links the member to them. It takes the
 * member off that bid's lot (or the whole evaluation), so the button says so.
 */
export function ConflictForm({
  tenderId,
  version,
  role,
  hasLots,
  bidders,
}: {
  tenderId: string;
  version: number;
  role: PanelRole;
  hasLots: boolean;
  bidders: { value: string; label: string; hint?: string }[];
}) {
  const t = useTranslations("evaluation.declaration");
  const router = useRouter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt } = useActionForm({
    schema: conflictSchema,
    action: declareConflictAction,
    defaultValues: { tenderId, version, bidId: "", note: "" },
    onSuccess: () => {
      form.reset({ tenderId, version, bidId: "", note: "" });
      router.refresh();
    },
  });
  useEffect(() => form.setValue("version", version), [form, version]);
  const effect =
    role === "CHAIR" ? t("conflictEffectChair") : hasLots ? t("conflictEffectLot") : t("conflictEffectTender");
  return (
    <details className="mb-6 border-l-4 border-line pl-4">
      <summary className="cursor-pointer font-semibold">{t("conflictSummary")}</summary>
      <div className="mt-4">
        <p className="mb-4">{effect}</p>
        <ErrorSummary errors={summaryErrors} attempt={attempt} />
        <form onSubmit={onSubmit} method="post" noValidate>
          <FormFields>
            <RadioGroup
              name="bidId"
              legend={t("conflictBidder")}
              error={fieldError("bidId")}
              options={bidders}
              registration={form.register("bidId")}
            />
            <TextareaField
              name="note"
              label={t("conflictNote")}
              hint={t("conflictNoteHint")}
              rows={3}
              error={fieldError("note")}
              registration={form.register("note")}
            />
            <SubmitButton pending={isPending} variant="warning">
              {t("declareConflict")}
            </SubmitButton>
          </FormFields>
        </form>
      </div>
    </details>
  );
}
