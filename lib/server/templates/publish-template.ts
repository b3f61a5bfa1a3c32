import "server-only";
import { chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import type { Clause } from "@/lib/domain/clauses/clause-model";
import { nextVersionNumber } from "@/lib/domain/templates/lifecycle";
import { checkTemplateForPublication } from "@/lib/domain/templates/publish-checks";
import { buildTemplateSearchText } from "@/lib/domain/templates/search-text";
import type { TemplateContent } from "@/lib/domain/templates/template-content";
import { AppError } from "@/lib/errors";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient, DbTransaction } from "@/lib/server/db";
import { lockTemplate } from "./template-lock";

/** The definitions of the clause versions a template refers to, by key@version. */
export function templateClauseDefinitions(db: DbClient, content: TemplateContent): Promise<Map<string, Clause>> {
  return getChosenClauseVersions(db, content.clauses);
}

/**
 * Publishes the draft as the next numbered version, with its changelog: the same checks as the
 * publish page showed (not empty, clauses, requirements, criteria, sovereignty, no lock-in
 * error) are run again on the draft as stored now, then the version gets its publication time,
 * author and search text, and the template becomes PUBLISHED, all in the caller's transaction.
 * From then on the database refuses any change to the version.
 */
export async function publishTemplate(
  tx: DbTransaction,
  viewer: Viewer,
  input: { templateId: string; version: number; changelog: string },
  now = new Date(),
) {
  const { template, version } = await lockTemplate(tx, viewer, input, "publish");
  const draft = template.draft!;
  const definitions = await templateClauseDefinitions(tx, draft.content);
  const check = checkTemplateForPublication(
    { name: template.name, language: template.language, content: draft.content },
    definitions,
  );
  if (!check.publishable) throw new AppError("INVALID_STATE", "templates.errors.notPublishable");
  // The draft carries the number it is published with; one above the last published one.
  if (draft.number !== nextVersionNumber(template.lifecycle.publishedNumbers)) {
    throw new AppError("CONFLICT", "templates.errors.changedMeanwhile");
  }
  const language = isLocale(template.language) ? template.language : DEFAULT_LOCALE;
  const clauseTitles = draft.content.clauses.flatMap((clause) => {
    const definition = definitions.get(chosenVersionKey(clause.key, clause.version));
    return definition ? [definition.content[language].title] : [];
  });
  await tx.templateVersion.update({
    where: { id: draft.id },
    data: {
      name: template.name,
      changelog: input.changelog,
      searchText: buildTemplateSearchText(template.name, draft.content, clauseTitles),
      publishedAt: now,
      publishedById: viewer.userId,
    },
  });
  await tx.tenderTemplate.update({ where: { id: template.id }, data: { status: "PUBLISHED" } });
  return { templateId: template.id, slug: template.slug, number: draft.number, version, warnings: check.lint.length };
}
