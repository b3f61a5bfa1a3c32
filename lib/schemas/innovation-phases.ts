import { z } from "zod";
import { formatMoneyInput, parseMoneyInput } from "@/lib/domain/money";
import {
  INNOVATION_PHASE_KINDS,
  validatePhases,
  type InnovationPhase,
  type InnovationPhaseKind,
  type PhaseProblemCode,
} from "@/lib/domain/tender/innovation-phases";
import { messageRef } from "@/lib/i18n/message-ref";
import { sectionBase } from "./tender";

export const MAX_PHASE_TEXT_LENGTH = 4_000;
export const MAX_DURATION_MONTHS = 600;

/** One item per line; blank lines and list bullets pasted from a document are dropped. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]\s+)?/, "").trim())
    .filter((line) => line !== "");
}

const textField = z
  .string()
  .max(MAX_PHASE_TEXT_LENGTH, { error: messageRef("validation.tooLong", { max: MAX_PHASE_TEXT_LENGTH }) })
  .default("");

/** A phase as the form sends it: text areas, and numbers as typed. */
const phaseInput = z.object({
  kind: z.enum(INNOVATION_PHASE_KINDS, { error: messageRef("validation.invalid") }),
  objectives: textField,
  deliverables: textField,
  goNoGoCriteria: textField,
  durationMonths: z.string().default(""),
  maxCost: z.string().default(""),
  resultsLicence: z
    .string()
    .trim()
    .max(100, { error: messageRef("validation.tooLong", { max: 100 }) })
    .default(""),
});
type PhaseInput = z.output<typeof phaseInput>;

/**
 * Messages for the domain's findings, each naming the phase by its number since the same fields
 * repeat in every phase. Durations and costs are checked (with their own message) while parsing.
 */
const MESSAGE_FOR: Partial<Record<PhaseProblemCode, string>> = {
  "phases.empty": "validation.phases.empty",
  "phases.mustStartWithResearch": "validation.phases.mustStartWithResearch",
  "phases.outOfOrder": "validation.phases.outOfOrder",
  "phases.objectivesMissing": "validation.phases.objectivesMissing",
  "phases.deliverablesMissing": "validation.phases.deliverablesMissing",
  "phases.goNoGoMissing": "validation.phases.goNoGoMissing",
  "phases.licenceMissing": "validation.phases.licenceMissing",
  "phases.licenceInvalid": "validation.phases.licenceInvalid",
};

/**
 * The innovation partnership's phases. Each phase's numbers are parsed first; then the whole
 * plan goes through the domain's validatePhases (order of the kinds, targets, licences), the
 * same rules the task list applies, so the form and the task list never disagree.
 */
export const innovationPhasesSchema = z
  .object({
    ...sectionBase,
    phases: z.array(phaseInput).max(INNOVATION_PHASE_KINDS.length, { error: messageRef("validation.invalid") }),
  })
  .transform((input, context) => {
    const issue = (path: (string | number)[], key: string, number?: number) =>
      context.addIssue({ code: "custom", path, message: messageRef(key, number ? { number } : undefined) });

    const phases = input.phases.map((phase, i) => toPhase(phase, i, issue));
    for (const problem of validatePhases(phases)) {
      const key = MESSAGE_FOR[problem.code];
      if (!key || problem.severity === "warning" || !problem.path) continue;
      const path = problem.path.split(".");
      const index = path[1] === undefined ? undefined : Number(path[1]);
      issue(path, key, index === undefined ? undefined : index + 1);
    }
    return { ...input, phases };
  });
export type InnovationPhasesInput = z.input<typeof innovationPhasesSchema>;

function toPhase(
  phase: PhaseInput,
  i: number,
  issue: (path: (string | number)[], key: string, number?: number) => void,
): InnovationPhase {
  const duration = phase.durationMonths.trim();
  const durationOk = /^\d{1,3}$/.test(duration) && Number(duration) >= 1 && Number(duration) <= MAX_DURATION_MONTHS;
  if (!durationOk) issue(["phases", i, "durationMonths"], "validation.phases.durationInvalid", i + 1);
  const cost = parseMoneyInput(phase.maxCost);
  const costOk = cost.ok && cost.cents >= 1;
  if (!costOk) issue(["phases", i, "maxCost"], "validation.phases.maxCostInvalid", i + 1);
  return {
    kind: phase.kind,
    objectives: linesOf(phase.objectives),
    deliverables: linesOf(phase.deliverables),
    goNoGoCriteria: linesOf(phase.goNoGoCriteria),
    // Placeholders where the number was reported above, so the domain does not report it again.
    durationMonths: durationOk ? Number(duration) : 1,
    maxCostCents: costOk ? cost.cents : 1,
    resultsLicence: phase.resultsLicence,
  };
}

export type PhaseFormValues = {
  kind: InnovationPhaseKind;
  objectives: string;
  deliverables: string;
  goNoGoCriteria: string;
  durationMonths: string;
  maxCost: string;
  resultsLicence: string;
};

/** The licence a new phase starts with: the EU's own open-source licence, made for reuse. */
export const DEFAULT_RESULTS_LICENCE = "EUPL-1.2";

/** A saved phase as the form shows it: one item per line, amounts as typed. */
export function phaseFormValues(phase: InnovationPhase): PhaseFormValues {
  return {
    kind: phase.kind,
    objectives: phase.objectives.join("\n"),
    deliverables: phase.deliverables.join("\n"),
    goNoGoCriteria: phase.goNoGoCriteria.join("\n"),
    durationMonths: String(phase.durationMonths),
    maxCost: formatMoneyInput(phase.maxCostCents),
    resultsLicence: phase.resultsLicence,
  };
}

/** A new, empty phase of a kind. */
export function newPhase(kind: InnovationPhaseKind, texts: Partial<PhaseFormValues> = {}): PhaseFormValues {
  return {
    kind,
    objectives: "",
    deliverables: "",
    goNoGoCriteria: "",
    durationMonths: "",
    maxCost: "",
    resultsLicence: DEFAULT_RESULTS_LICENCE,
    ...texts,
  };
}

/**
 * The phases as the form holds them, read for the live totals: the phases whose duration or
 * cost is not a valid number yet are left out, and `uncounted` says so.
 */
export function readPhaseTotals(phases: readonly Partial<PhaseFormValues>[] | undefined): {
  durationMonths: number;
  maxCostCents: number;
  uncounted: boolean;
} {
  let durationMonths = 0;
  let maxCostCents = 0;
  let uncounted = false;
  for (const phase of phases ?? []) {
    const duration = (phase.durationMonths ?? "").trim();
    if (/^\d{1,3}$/.test(duration) && Number(duration) >= 1) durationMonths += Number(duration);
    else uncounted = true;
    const cost = parseMoneyInput(phase.maxCost ?? "");
    if (cost.ok && cost.cents >= 1) maxCostCents += cost.cents;
    else uncounted = true;
  }
  return { durationMonths, maxCostCents, uncounted };
}
