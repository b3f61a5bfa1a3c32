"use client";
import { useTranslations } from "next-intl";
import { AwardCriteriaForm } from "@/components/criteria/award-criteria-form";
import type { ProcedureType } from "@/lib/domain/tender/tender-enums";
import { criteriaSchema, type CriteriaInput, type CriterionFormValues } from "@/lib/schemas/award-criteria";
import { useSectionForm } from "../use-section-form";
import { saveCriteriaAction } from "./actions";

/** "Set the award criteria", saved as the tender's section, with the hints its other sections allow. */
export function CriteriaForm({
  values,
  ...context
}: {
  values: CriteriaInput & { tenderId: string; version: number };
  recommended: CriterionFormValues[];
  anchors: string[];
  procedure: ProcedureType | null;
  estimatedValue: string | null;
  durationMonths: number | null;
}) {
  const t = useTranslations("tenders.criteria");
  const section = useSectionForm({ schema: criteriaSchema, action: saveCriteriaAction, values });
  return <AwardCriteriaForm state={section} submitLabel={t("save")} {...context} />;
}
