import type { ClauseParameterValue, ClauseStatus } from "../../lib/domain/clauses/clause-model";
import type { QualityScale } from "../../lib/domain/tender/criteria-tree";
import type { RequirementLevel } from "../../lib/domain/tender/requirements";
import type { TemplateClause, TemplateRequirement } from "../../lib/domain/templates/template-content";

/** What the demo templates (prisma/demo-templates.ts) have in common, written once. */

/** A clause of the shipped library (version 1) as a template sets it. */
export function clause(
  key: string,
  status: ClauseStatus,
  values: Record<string, ClauseParameterValue> = {},
): TemplateClause {
  return { key, version: 1, status, values };
}

/** A requirement block; the identifier follows the order of the list (REQ-01, REQ-02, …). */
export function requirements(
  blocks: readonly [level: RequirementLevel, criterionKey: string | null, text: string][],
): TemplateRequirement[] {
  return blocks.map(([level, criterionKey, text], i) => ({
    key: `REQ-${String(i + 1).padStart(2, "0")}`,
    text,
    level,
    criterionKey,
  }));
}

export const QUALITY_SCALE_FR: QualityScale = {
  max: 5,
  descriptors: [
    "Non traité, ou sans aucun élément de preuve.",
    "Réserves sérieuses : lacunes importantes ou preuves peu convaincantes.",
    "Réserves mineures : la plupart des points traités, quelques lacunes.",
    "Acceptable : chaque point traité avec des preuves.",
    "Bon : chaque point traité, certains avec une valeur ajoutée démontrée.",
    "Excellent : chaque point traité, partout avec une valeur ajoutée démontrée.",
  ],
};

export const QUALITY_SCALE_DE: QualityScale = {
  max: 5,
  descriptors: [
    "Nicht behandelt oder ohne Nachweis.",
    "Erhebliche Vorbehalte: große Lücken oder nicht überzeugende Nachweise.",
    "Geringe Vorbehalte: die meisten Punkte behandelt, einzelne Lücken.",
    "Annehmbar: alle Punkte mit Nachweis behandelt.",
    "Gut: alle Punkte behandelt, bei einigen mit nachgewiesenem Mehrwert.",
    "Sehr gut: alle Punkte behandelt, durchgehend mit nachgewiesenem Mehrwert.",
  ],
};

/** Euro amounts as the content stores them (cents). */
export const euros = (amount: number) => amount * 100;
