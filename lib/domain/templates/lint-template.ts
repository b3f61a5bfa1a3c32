import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import {
  isLintLanguage,
  lintInputFromTender,
  lintTender,
  type LintFinding,
  type LintTextField,
} from "@/lib/domain/lint";
import type { TemplateContent } from "./template-content";

export type LintableTemplate = { name: string; language: string; content: TemplateContent };

/**
 * The lock-in linter of issue 3 on a template, read as the tender it will prefill: its name as
 * the title, the summary, requirements, award criteria and sovereignty justifications under the
 * tender's own field paths (so findings are described as on a tender), the clauses it includes
 * (mandatory and recommended: optional ones are only offered) with their default values, and
 * the guidance notes (`guidance.<i>.text`). The procedure rule needs a legal ground, which a
 * template never has; a template meant for one procedure only is linted as that procedure.
 */
export function lintTemplate(template: LintableTemplate, definitions: ReadonlyMap<string, Clause>): LintFinding[] {
  const { content } = template;
  const use = content.intendedUse;
  const included = content.clauses.filter((clause) => clause.status !== "OPTIONAL");
  const input = lintInputFromTender(
    {
      title: template.name,
      summary: content.summary,
      contractNature: use.contractNature,
      procedureType: use.procedureTypes.length === 1 ? use.procedureTypes[0]! : null,
      procedureGround: null,
      mainCpv: null,
      additionalCpvs: use.cpvPrefixes,
      documentsLanguage: template.language,
      lots: [],
      reasonsForNotDividing: "",
      requirements: content.requirements,
      award: content.award,
      sovereignty: content.sovereignty,
    },
    {
      clauses: included.map((clause) => ({
        topics: definitions.get(chosenVersionKey(clause.key, clause.version))?.topics ?? [],
        parameters: clause.values,
      })),
    },
  );
  const guidance: LintTextField[] = content.guidance.map((note, index) => ({
    section: "about",
    field: `guidance.${index}.text`,
    text: note.text,
    language: isLintLanguage(template.language) ? template.language : null,
  }));
  // Clause parameters are numbered among the included clauses: point them back to the template's list.
  const fields = input.fields.map((field) => ({
    ...field,
    field: clauseFieldInTemplate(field.field, included, content),
  }));
  return lintTender({ ...input, fields: [...fields, ...guidance] });
}

function clauseFieldInTemplate(field: string, included: TemplateContent["clauses"], content: TemplateContent): string {
  const match = /^clauses\.(\d+)\.(.*)$/.exec(field);
  if (!match) return field;
  const clause = included[Number(match[1])];
  return clause ? `clauses.${content.clauses.indexOf(clause)}.${match[2]}` : field;
}
