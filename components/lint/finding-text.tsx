import { getTranslations } from "next-intl/server";
import type { LintFinding } from "@/lib/domain/lint";
import { describeField } from "@/lib/domain/lint/field-description";
import { findingExcerpt } from "@/lib/domain/lint/finding-excerpt";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** The finding's message, field and rule in the reader's language (messages under `lint.*`). */
export async function findingWords() {
  const t = await getTranslations();
  return {
    message: (finding: LintFinding) => t(finding.code, finding.values as Record<string, string | number>),
    rule: (finding: LintFinding) => t(`lint.rules.${finding.ruleId}`),
    severity: (finding: LintFinding) => t(`lint.severity.${finding.severity}`),
    field: (field: string) => fieldInWords(t, field),
    t,
  };
}

function fieldInWords(t: Translate, field: string): string {
  const { code, values } = describeField(field);
  return t(`tenders.openness.fields.${code}` as never, values as never);
}

/**
 * The words around the finding, the matched ones in <mark>, and said in words as well (bold,
 * underlined, and announced between brackets to screen readers), not only by colour.
 */
export function FindingExcerpt({
  text,
  start,
  end,
  startLabel,
  endLabel,
}: {
  text: string;
  start: number;
  end: number;
  startLabel: string;
  endLabel: string;
}) {
  const excerpt = findingExcerpt(text, start, end);
  return (
    <q className="block italic before:content-none after:content-none">
      {excerpt.cutBefore ? "… " : null}
      {excerpt.before}
      <mark className="bg-yellow-200 font-bold text-ink not-italic underline decoration-2">
        <span className="sr-only">{startLabel} </span>
        {excerpt.match}
        <span className="sr-only"> {endLabel}</span>
      </mark>
      {excerpt.after}
      {excerpt.cutAfter ? " …" : null}
    </q>
  );
}
