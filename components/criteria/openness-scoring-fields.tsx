"use client";
import { useFormatter, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { RadioGroup } from "@/components/forms/radio-group";
import { TextField } from "@/components/forms/text-field";
import { automaticOpennessScore } from "@/lib/domain/evaluation/automatic-openness";
import { mul, R_ONE, rational, toFixed, type Rational } from "@/lib/domain/rational";
import { OPENNESS_SCORINGS } from "@/lib/domain/tender/criteria-tree";
import { readNumber } from "@/lib/schemas/award-criteria";
import { fieldAt, type CriteriaFormApi } from "./criteria-form-api";

/**
 * The sample bid of the worked example: 8 of its 10 components under an open or free licence,
 * and of 4 required standards 3 met and 1 partly met. So 80 % and (3 + ½) ÷ 4 = 87.5 %.
 */
const EXAMPLE = {
  components: 10,
  openComponents: 7,
  freeNotOsiComponents: 1,
  notOpenComponents: 2,
  unknownComponents: 0,
  standardsCoveragePercent: 87.5,
  standards: { required: 4, met: 3, partlyMet: 1 },
  openWashing: false,
};

/**
 * How an openness criterion without sub-criteria is scored: by the panel on the quality scale (the
 * default), or computed automatically from the bid's licences and open standards, with the mix
 * the drafter sets. The rule is said in the words bidders will read in the tender documents, with
 * a worked example on a sample bid that follows the mix as it is typed.
 */
export function OpennessScoringFields({ api, path }: { api: CriteriaFormApi; path: string }) {
  const t = useTranslations("tenders.criteria.automaticOpenness");
  const format = useFormatter();
  const name = (field: string) => fieldAt(path, field);
  const [scoring, typed] = useWatch({
    control: api.form.control,
    name: [name("opennessScoring"), name("licencesPercent")],
  }) as [string | undefined, string | number | undefined];
  const licences = readNumber(typed ?? "");
  const valid = Number.isInteger(licences) && licences >= 0 && licences <= 100;
  const mix = { licencesPercent: licences, standardsPercent: 100 - licences };
  const example = valid ? automaticOpennessScore("example", mix, R_ONE, EXAMPLE) : null;
  // Rounded half up to 2 decimals as the evaluation shows it, then written in the reader's language.
  const percent = (value: Rational) =>
    format.number(Number(toFixed(mul(value, rational(100)), 2)), { maximumFractionDigits: 2 });
  return (
    <>
      <RadioGroup
        name={name("opennessScoring")}
        legend={t("legend")}
        error={api.fieldError(name("opennessScoring"))}
        options={OPENNESS_SCORINGS.map((option) => ({
          value: option,
          label: t(`${option}.label`),
          hint: t(`${option}.hint`),
        }))}
        registration={api.form.register(name("opennessScoring"))}
      />
      {scoring === "AUTOMATIC" ? (
        <div className="mb-6 border-l-4 border-line pl-4">
          <TextField
            name={name("licencesPercent")}
            label={t("licencesPercent")}
            hint={valid ? t("licencesPercentHint", { standards: 100 - licences }) : t("licencesPercentHintPlain")}
            inputMode="numeric"
            className="max-w-[8rem]"
            error={api.fieldError(name("licencesPercent"))}
            registration={api.form.register(name("licencesPercent"))}
          />
          <h4 className="mb-1 text-lg font-bold">{t("ruleHeading")}</h4>
          <p className="mb-2">{valid ? t("method", { licences, standards: 100 - licences }) : t("methodPlain")}</p>
          {example ? (
            <p className="text-muted">
              {t("example", {
                licences,
                standards: 100 - licences,
                score: percent(example.score),
              })}
            </p>
          ) : null}
        </div>
      ) : null}
    </>
  );
}
