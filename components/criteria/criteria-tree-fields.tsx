"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { fieldId } from "@/components/forms/field-messages";
import { Button } from "@/components/ui/button";
import type { Problem } from "@/lib/domain/tender/problem";
import type { CriterionFormValues } from "@/lib/schemas/award-criteria";
import type { CriteriaFormApi } from "./criteria-form-api";
import { LevelTotal } from "./level-total";
import { newCriterion } from "./new-criterion";
import { TopCriterion } from "./top-criterion";
import { criterionIds, useCriteriaLevel } from "./use-criteria-level";
import { useFocusAfterRender } from "./use-focus-after-render";

const ADD_ID = "add-criterion";

/**
 * The criteria tree: the top-level criteria with their sub-criteria, the live total, and a way
 * in for an empty tender: the recommended set, or one criterion at a time.
 */
export function CriteriaTreeFields({
  api,
  recommended,
  advice,
  scaleMax,
  estimatedValue,
}: {
  api: CriteriaFormApi;
  recommended: CriterionFormValues[];
  advice: readonly Problem[];
  scaleMax: number;
  estimatedValue: string | null;
}) {
  const t = useTranslations("tenders.criteria");
  const level = useCriteriaLevel(api, "criteria", ADD_ID);
  const values = (useWatch({ control: api.form.control, name: "criteria" }) ?? []) as CriterionFormValues[];
  const focusLater = useFocusAfterRender();
  const startFromRecommended = () => {
    level.replace(recommended);
    focusLater(criterionIds("criteria.0").group);
    api.announce(t("recommendedAdded"));
  };
  return (
    <section aria-labelledby="criteria-tree-heading" className="mb-10">
      <h2 id="criteria-tree-heading" className="mb-2 text-2xl">
        {t("treeHeading")}
      </h2>
      <p className="mb-2">{t("treeLead")}</p>
      <p className="text-muted mb-6">{t("weightsRule")}</p>
      {level.fields.length === 0 ? (
        <div className="border-brand mb-6 border-l-8 bg-blue-50 p-4">
          <p className="font-bold">{t("empty")}</p>
          <p className="mb-3">{t("recommendedHint")}</p>
          <Button onClick={startFromRecommended}>{t("startRecommended")}</Button>
        </div>
      ) : (
        <>
          <ol className="list-none p-0">
            {level.fields.map((field, index) => {
              const path = level.pathOf(index);
              return (
                <li key={field.id}>
                  <TopCriterion
                    api={api}
                    path={path}
                    index={index}
                    count={level.fields.length}
                    value={values[index] ?? (field as unknown as CriterionFormValues)}
                    advice={advice.filter((problem) => problem.path?.startsWith(`${path}.`))}
                    scaleMax={scaleMax}
                    estimatedValue={estimatedValue}
                    onMove={(step) => level.moveBy(index, step)}
                    onRemove={() => level.removeAt(index)}
                  />
                </li>
              );
            })}
          </ol>
          <LevelTotal id={fieldId("criteria")} items={values} sub={false} error={api.fieldError("criteria")} />
        </>
      )}
      <Button id={ADD_ID} variant="secondary" onClick={() => level.add(newCriterion())}>
        {t("addCriterion")}
      </Button>
    </section>
  );
}
