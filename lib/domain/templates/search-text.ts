import type { TemplateContent } from "./template-content";

/**
 * The text the catalogue's full-text search reads for one template version
 * (TemplateVersion.searchText; a database trigger turns it, with the name and the summary, into
 * the English, French and German search vector). It holds what a visitor might type to find the
 * template: its name, summary, requirement texts, the titles of its clauses (in the template's
 * language, given by the caller, who holds the clause library), the award criteria's names and
 * descriptions, and the guidance notes. Markdown markup is dropped so that `**must**` or a link's
 * address does not stand in for words; repeated passages are kept once.
 */
export function buildTemplateSearchText(
  name: string,
  content: Pick<TemplateContent, "summary" | "requirements" | "award" | "guidance">,
  clauseTitles: readonly string[],
): string {
  const passages = [
    name,
    content.summary,
    ...content.requirements.map((requirement) => requirement.text),
    ...clauseTitles,
    ...criteriaTexts(content.award),
    ...content.guidance.map((note) => note.text),
  ];
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const passage of passages) {
    const plain = plainText(passage);
    if (plain === "" || seen.has(plain)) continue;
    seen.add(plain);
    kept.push(plain);
  }
  return kept.join("\n");
}

function criteriaTexts(award: TemplateContent["award"]): string[] {
  const texts: string[] = [];
  const walk = (criteria: NonNullable<TemplateContent["award"]>["criteria"]) => {
    for (const criterion of criteria) {
      texts.push(criterion.name, criterion.description ?? "");
      walk(criterion.children ?? []);
    }
  };
  walk(award?.criteria ?? []);
  return texts;
}

/** Markdown reduced to its words: link text without the address, no emphasis, code or heading marks. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<(https?:[^>\s]+)>/g, "$1")
    .replace(/[*_`#>|~]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}
