"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Controller } from "react-hook-form";
import { CpvCombobox } from "@/components/forms/cpv-combobox";
import { CpvMultiSelect } from "@/components/forms/cpv-multi-select";
import { ErrorSummary } from "@/components/forms/error-summary";
import { FormFields } from "@/components/forms/form-fields";
import { SelectField } from "@/components/forms/select-field";
import { SubmitButton } from "@/components/forms/submit-button";
import { TextareaField } from "@/components/forms/textarea-field";
import { TextField } from "@/components/forms/text-field";
import { Notice } from "@/components/ui/notice";
import { parseMoneyInput } from "@/lib/domain/money";
import type { AuthorityType } from "@/lib/domain/roles";
import { assessEuThreshold } from "@/lib/domain/tender/thresholds";
import type { ContractNature } from "@/lib/domain/tender/tender-enums";
import { CURRENCIES, scopeSchema, type ScopeInput } from "@/lib/schemas/tender";
import { saveScopeAction } from "../actions";
import { useSectionForm } from "../use-section-form";

export function ScopeForm({
  authorityType,
  contractNature,
  values,
}: {
  authorityType: AuthorityType;
  contractNature: ContractNature | null;
  values: Partial<ScopeInput> & { tenderId: string; version: number };
}) {
  const t = useTranslations("tenders.scope");
  const format = useFormatter();
  const { form, onSubmit, isPending, fieldError, summaryErrors, attempt, notices } = useSectionForm({
    schema: scopeSchema,
    action: saveScopeAction,
    values,
  });

  // The EU threshold, live as the value is typed (Art. 4; Delegated Regulation (EU) 2025/2152).
  const typed = parseMoneyInput(form.watch("estimatedValue") ?? "");
  const threshold =
    contractNature && typed.ok && form.watch("currency") === "EUR"
      ? assessEuThreshold({ authorityType, contractNature, estimatedValueCents: typed.cents })
      : null;
  const money = (cents: number) =>
    format.number(cents / 100, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

  return (
    <>
      {notices}
      <ErrorSummary errors={summaryErrors} attempt={attempt} />
      <form onSubmit={onSubmit} method="post" noValidate>
        <FormFields>
          <Controller
            control={form.control}
            name="mainCpv"
            render={({ field }) => (
              <CpvCombobox
                name="mainCpv"
                label={t("mainCpv")}
                hint={t("mainCpvHint")}
                error={fieldError("mainCpv")}
                value={field.value || null}
                onChange={(code) => field.onChange(code ?? "")}
                onBlur={field.onBlur}
              />
            )}
          />
          <Controller
            control={form.control}
            name="additionalCpvs"
            render={({ field }) => (
              <CpvMultiSelect
                name="additionalCpvs"
                label={t("additionalCpvs")}
                hint={t("additionalCpvsHint")}
                optionalLabel={t("optional")}
                error={fieldError("additionalCpvs")}
                value={field.value ?? []}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          />
          <TextField
            name="estimatedValue"
            label={t("estimatedValue")}
            hint={t("estimatedValueHint")}
            inputMode="decimal"
            className="max-w-xs"
            error={fieldError("estimatedValue")}
            registration={form.register("estimatedValue")}
          />
          <SelectField
            name="currency"
            label={t("currency")}
            error={fieldError("currency")}
            options={CURRENCIES.map((code) => ({ value: code, label: code }))}
            registration={form.register("currency")}
          />
          {threshold ? (
            <Notice live title={threshold.isAboveThreshold ? t("thresholdAbove") : t("thresholdBelow")}>
              <p>
                {t("thresholdDetail", {
                  threshold: money(threshold.thresholdCents),
                  value: money(typed.ok ? typed.cents : 0),
                })}
              </p>
              <p className="text-muted mt-1 text-sm">{threshold.source}</p>
            </Notice>
          ) : (
            <p className="text-muted mb-6">{contractNature ? t("thresholdNeedsValue") : t("thresholdNeedsNature")}</p>
          )}
          <TextField
            name="durationMonths"
            label={t("duration")}
            hint={t("durationHint")}
            inputMode="numeric"
            className="max-w-[8rem]"
            error={fieldError("durationMonths")}
            registration={form.register("durationMonths")}
          />
          <TextareaField
            name="renewalOptions"
            label={t("renewals")}
            hint={t("renewalsHint")}
            rows={3}
            error={fieldError("renewalOptions")}
            registration={form.register("renewalOptions")}
          />
          <SubmitButton pending={isPending}>{t("save")}</SubmitButton>
        </FormFields>
      </form>
    </>
  );
}
