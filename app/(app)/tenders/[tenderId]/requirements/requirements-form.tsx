"use client";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { RequirementListValues } from "@/components/requirements/form-values";
import { RequirementsListForm } from "@/components/requirements/requirements-list-form";
import type { CriterionChoice } from "@/lib/domain/tender/requirements";
import { requirementsSchemaFor } from "@/lib/schemas/tender-requirements";
import { useSectionForm } from "../use-section-form";
import { saveRequirementsAction } from "./actions";

export type RequirementsFormValues = RequirementListValues & {
  tenderId: string;
  version: number;
  corrigendumReason?: string;
};

export function RequirementsForm({
  criteria,
  values,
}: {
  /** The tender's award criteria, as a requirement can be linked to them. */
  criteria: CriterionChoice[];
  values: RequirementsFormValues;
}) {
  const t = useTranslations("tenders.requirements");
  // The same rules as the action, with the criteria this page was given: a link to a criterion
  // removed since is refused before the round trip (the action checks again with the saved ones).
  const schema = useMemo(() => requirementsSchemaFor(criteria.map((criterion) => criterion.key)), [criteria]);
  const section = useSectionForm({
    schema,
    action: saveRequirementsAction,
    values: values as Parameters<typeof useSectionForm<typeof schema>>[0]["values"],
  });
  return <RequirementsListForm state={section} submitLabel={t("save")} criteria={criteria} />;
}
