"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { fieldId } from "@/components/forms/field-messages";
import { Button } from "@/components/ui/button";
import { CRITERION_KINDS, type CriterionKind } from "@/lib/domain/tender/criteria-tree";
import type { SubCriterionFormValues } from "@/lib/schemas/award-criteria";
import { CriterionFields } from "./criterion-fields";
import type { CriteriaFormApi } from "./criteria-form-api";
import { LevelTotal } from "./level-total";
import { MinimumScoreField } from "./minimum-score-field";
import { newSubCriterion } from "./new-criterion";
import { OpennessScoringFields } from "./openness-scoring-fields";
import { useCriteriaLevel } from "./use-criteria-level";

/** Sub-criteria may be about quality or openness; a kind set some other way stays listed so its error can be read. */
const SUB_KINDS: readonly CriterionKind[] = ["QUALITY", "OPENNESS"];

/** The sub-criteria of one top-level criterion, with their live total and an add button. */
export function SubCriteriaFields({
  api,
  parentIndex,
  parentName,
  parentKind,
  canAdd,
}: {
  api: CriteriaFormApi;
  parentIndex: number;
  parentName: string;
  parentKind: CriterionKind;
  /** Cost and sovereignty criteria keep sub-criteria given some other way, to be removed, but get no new ones. */
  canAdd: boolean;
}) {
  const t = useTranslations("tenders.criteria");
  const listName = `criteria.${parentIndex}.children` as const;
  const addId = `${fieldId(listName)}-add`;
  const level = useCriteriaLevel(api, listName, addId);
  const values = (useWatch({ control: api.form.control, name: listName }) ?? []) as SubCriterionFormValues[];
  return (
    <div className="mb-4 border-l-4 border-line pl-4">
      {level.fields.length > 0 ? (
        <>
          <h4 className="mb-3 text-lg">{t("subCriteriaHeading", { name: parentName })}</h4>
          <ol className="list-none p-0">
            {level.fields.map((field, index) => {
              const path = level.pathOf(index);
              const value = values[index] ?? (field as unknown as SubCriterionFormValues);
              const number = `${parentIndex + 1}.${index + 1}`;
              return (
                <li key={field.id}>
                  <CriterionFields
                    api={api}
                    path={path}
                    legend={t("subCriterionLegend", { number })}
                    isTopLevel={false}
                    displayName={value.name?.trim() || t("unnamed", { number })}
                    kinds={SUB_KINDS.includes(value.kind) ? SUB_KINDS : CRITERION_KINDS}
                    index={index}
                    count={level.fields.length}
                    hasWeight
                    onMove={(step) => level.moveBy(index, step)}
                    onRemove={() => level.removeAt(index)}
                  >
                    {value.kind === "OPENNESS" ? <OpennessScoringFields api={api} path={path} /> : null}
                    {SUB_KINDS.includes(value.kind) &&
                    !(value.kind === "OPENNESS" && value.opennessScoring === "AUTOMATIC") ? (
                      <MinimumScoreField api={api} path={path} />
                    ) : null}
                  </CriterionFields>
                </li>
              );
            })}
          </ol>
          <LevelTotal id={fieldId(listName)} items={values} sub error={api.fieldError(listName)} />
        </>
      ) : null}
      {canAdd ? (
        <Button id={addId} variant="secondary" onClick={() => level.add(newSubCriterion(parentKind))}>
          {t("addSubCriterion")}
          <span className="sr-only"> {t("toCriterion", { name: parentName })}</span>
        </Button>
      ) : null}
    </div>
  );
}
