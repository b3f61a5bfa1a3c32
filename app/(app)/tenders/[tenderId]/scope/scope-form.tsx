"use client";
import { useFormatter, useTranslations } from "next-intl";
import { Controller } from "react-hook-form";
import { CpvCombobox } from "@/components/forms/cpv-combobox";
import { CpvMultiSelect } from "@/components/forms/cpv-multi-select";
import { FormShell } from "@/components/forms/form-shell";
import { SelectField } from "@/components/forms/select-field";
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
  const section = useSectionForm({
    schema: scopeSchema,
    action: saveScopeAction,
    values,
  });
  const { form, field, fieldError } = section;

  // The EU threshold, live as the value is typed (Art. 4; Delegated Regulation (EU) 2025/2152).
  const typed = parseMoneyInput(form.watch("estimatedValue") ?? "");
  const threshold =
    contractNature && typed.ok && form.watch("currency") === "EUR"
      ? assessEuThreshold({ authorityType, contractNature, estimatedValueCents: typed.cents })
      : null;
  const money = (cents: number) =>
    format.number(cents / 100, { style: "currency", currency: "EUR", maximumFractionDigits: 0 });

  return (
    <FormShell state={section} submitLabel={t("save")}>
      <Controller
        control={form.control}
        name="mainCpv"
        render={({ field: controlled }) => (
          <CpvCombobox
            name="mainCpv"
            label={t("mainCpv")}
            hint={t("mainCpvHint")}
            error={fieldError("mainCpv")}
            value={controlled.value || null}
            onChange={(code) => controlled.onChange(code ?? "")}
            onBlur={controlled.onBlur}
          />
        )}
      />
      <Controller
        control={form.control}
        name="additionalCpvs"
        render={({ field: controlled }) => (
          <CpvMultiSelect
            name="additionalCpvs"
            label={t("additionalCpvs")}
            hint={t("additionalCpvsHint")}
            optionalLabel={t("optional")}
            error={fieldError("additionalCpvs")}
            value={controlled.value ?? []}
            onChange={controlled.onChange}
            onBlur={controlled.onBlur}
          />
        )}
      />
      <TextField
        {...field("estimatedValue")}
        label={t("estimatedValue")}
        hint={t("estimatedValueHint")}
        inputMode="decimal"
        className="max-w-xs"
      />
      <SelectField
        {...field("currency")}
        label={t("currency")}
        options={CURRENCIES.map((code) => ({ value: code, label: code }))}
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
        {...field("durationMonths")}
        label={t("duration")}
        hint={t("durationHint")}
        inputMode="numeric"
        className="max-w-[8rem]"
      />
      <TextareaField {...field("renewalOptions")} label={t("renewals")} hint={t("renewalsHint")} rows={3} />
    </FormShell>
  );
}
