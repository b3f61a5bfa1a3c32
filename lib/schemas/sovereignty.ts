import { z } from "zod";
import {
  DEFAULT_SOVEREIGNTY_WEIGHTS,
  proposeMinimumSeal,
  RISK_FACTORS,
  SOVEREIGNTY_OBJECTIVES,
  validateSealOverrides,
  validateSovereigntyWeights,
  type RiskAssessment,
  type RiskFactor,
  type RiskLevel,
  type SealLevel,
  type SovereigntyObjective,
  type SovereigntyProfile,
} from "@/lib/domain/tender/sovereignty";
import { messageRef } from "@/lib/i18n/message-ref";
import { sectionBase } from "./tender";

export const MAX_JUSTIFICATION_LENGTH = 2_000;

/** Radios, selects and text inputs send text; a missing choice arrives as null or undefined. */
const asText = (value: unknown) => (value === null || value === undefined ? "" : String(value).trim());

/**
 * A whole number from 0 to `max` typed or chosen in the form. A wrong value is reported as a
 * refinement (not a type error) so that the rest of the form is still checked in the same pass.
 */
function wholeNumber(max: number, error: string) {
  return z
    .preprocess(
      asText,
      z.string().refine((text) => readWholeNumber(text, max) !== null, { error }),
    )
    .transform(Number);
}

function perObjective<Field extends z.ZodType>(field: (objective: SovereigntyObjective) => Field) {
  return z.object(
    Object.fromEntries(SOVEREIGNTY_OBJECTIVES.map((objective) => [objective, field(objective)])) as Record<
      SovereigntyObjective,
      Field
    >,
  );
}

function perFactor<Field extends z.ZodType>(field: (factor: RiskFactor) => Field) {
  return z.object(
    Object.fromEntries(RISK_FACTORS.map((factor) => [factor, field(factor)])) as Record<RiskFactor, Field>,
  );
}

/** The profile's fields as the form sends them: the tender's section and the template builder share them. */
export const sovereigntyFields = {
  assessment: perFactor((factor) => wholeNumber(3, messageRef(`validation.sovereignty.answerRequired.${factor}`))),
  minimumSeal: perObjective((objective) =>
    z.object({
      seal: wholeNumber(4, messageRef("validation.sovereignty.sealRequired", { objective })),
      justification: z
        .string()
        .trim()
        .max(MAX_JUSTIFICATION_LENGTH, {
          error: messageRef("validation.tooLong", { max: MAX_JUSTIFICATION_LENGTH }),
        })
        .default(""),
    }),
  ),
  weights: perObjective((objective) =>
    wholeNumber(100, messageRef("validation.sovereignty.weightInvalid", { objective })),
  ),
};

type SovereigntyFieldsOutput = z.output<z.ZodObject<typeof sovereigntyFields>>;

/**
 * Beyond each field, the rules of the framework, checked with the domain's own functions: a
 * minimum other than the proposed one needs a justification, and the eight weights sum to 100.
 */
export function refineSovereignty(input: SovereigntyFieldsOutput, context: z.RefinementCtx): void {
  const assessment = completeAssessment(input.assessment);
  if (assessment) {
    const proposed = proposeMinimumSeal(assessment);
    for (const problem of validateSealOverrides(proposed, input.minimumSeal)) {
      if (problem.code !== "sovereignty.overrideJustificationMissing") continue;
      const objective = problem.values!.objective as SovereigntyObjective;
      context.addIssue({
        code: "custom",
        path: ["minimumSeal", objective, "justification"],
        message: messageRef("validation.sovereignty.justificationRequired", {
          objective,
          proposed: proposed[objective],
        }),
      });
    }
  }
  // Invalid weights are already reported one by one; the sum only means something without them.
  for (const problem of validateSovereigntyWeights(input.weights)) {
    if (problem.code !== "sovereignty.weightsSum") return;
    context.addIssue({
      code: "custom",
      path: ["weights"],
      message: messageRef("validation.sovereignty.weightsSum", { sum: problem.values!.sum! }),
    });
  }
}

/** The sovereignty profile as the tender's form sends it (the section's ids and version, and the profile). */
export const sovereigntySchema = z.object({ ...sectionBase, ...sovereigntyFields }).superRefine(refineSovereignty);
export type SovereigntyInput = z.input<typeof sovereigntySchema>;
export type SovereigntyOutput = z.output<typeof sovereigntySchema>;

/** The four answers, or null while one of them is missing or invalid. */
function completeAssessment(answers: Record<RiskFactor, unknown>): RiskAssessment | null {
  const complete = RISK_FACTORS.every((factor) => typeof answers[factor] === "number");
  return complete ? (answers as RiskAssessment) : null;
}

/**
 * What is stored: a justification only where the minimum differs from the proposal, since a
 * justification of the proposal itself would mislead whoever reads the tender later.
 */
export function toSovereigntyProfile(input: SovereigntyFieldsOutput): SovereigntyProfile {
  const assessment = input.assessment as Record<RiskFactor, RiskLevel>;
  const proposed = proposeMinimumSeal(assessment);
  const minimumSeal = Object.fromEntries(
    SOVEREIGNTY_OBJECTIVES.map((objective) => {
      const { seal, justification } = input.minimumSeal[objective];
      const overridden = seal !== proposed[objective];
      return [objective, { seal: seal as SealLevel, justification: overridden ? justification : null }];
    }),
  ) as SovereigntyProfile["minimumSeal"];
  return { assessment, minimumSeal, weights: input.weights };
}

/** The form's values: a saved profile as text, or on a first visit nothing answered yet. */
export function sovereigntyFormValues(
  profile: SovereigntyProfile | null,
): Pick<SovereigntyInput, "assessment" | "minimumSeal" | "weights"> {
  const text = (value: number) => String(value);
  const assessment = Object.fromEntries(
    RISK_FACTORS.map((factor) => [factor, profile ? text(profile.assessment[factor]) : ""]),
  );
  // Unanswered questions count at the lowest level, so every minimum starts at SEAL-0.
  const minimumSeal = Object.fromEntries(
    SOVEREIGNTY_OBJECTIVES.map((objective) => {
      const requirement = profile?.minimumSeal[objective];
      return [objective, { seal: text(requirement?.seal ?? 0), justification: requirement?.justification ?? "" }];
    }),
  );
  const weights = Object.fromEntries(
    SOVEREIGNTY_OBJECTIVES.map((objective) => [
      objective,
      text(profile?.weights[objective] ?? DEFAULT_SOVEREIGNTY_WEIGHTS[objective]),
    ]),
  );
  return { assessment, minimumSeal, weights } as Pick<SovereigntyInput, "assessment" | "minimumSeal" | "weights">;
}

/**
 * The answers as the form holds them, read for the live proposal: an unanswered question counts
 * at the lowest level, and `complete` says whether any is still unanswered.
 */
export function readAssessment(answers: Partial<Record<RiskFactor, unknown>> | undefined): {
  assessment: RiskAssessment;
  complete: boolean;
} {
  let complete = true;
  const assessment = Object.fromEntries(
    RISK_FACTORS.map((factor) => {
      const level = readWholeNumber(answers?.[factor], 3);
      if (level === null) complete = false;
      return [factor, level ?? 0];
    }),
  ) as RiskAssessment;
  return { assessment, complete };
}

/** A level or a weight, from 0 to `max`, as the form holds it (text), or null when there is none. */
export function readWholeNumber(value: unknown, max: number): number | null {
  const text = asText(value);
  return /^\d{1,3}$/.test(text) && Number(text) <= max ? Number(text) : null;
}
