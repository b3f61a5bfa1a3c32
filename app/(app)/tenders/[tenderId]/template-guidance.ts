import "server-only";
import { getLocale } from "next-intl/server";
import type { TemplateGuidanceView } from "@/components/template-reuse/section-template-guidance";
import { guidanceFor } from "@/lib/domain/templates/reuse/guidance";
import { offeredClauses } from "@/lib/domain/templates/reuse/prefill-tender";
import { TENDER_SECTIONS } from "@/lib/domain/tender/tender-tasks";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/config";
import { getChosenClauseVersions } from "@/lib/server/clauses/clause-library";
import { getDb } from "@/lib/server/db";
import type { TenderTemplateLink } from "@/lib/server/templates/reuse/tender-template-link";

/**
 * What the section pages show of the tender's template: each section's notes from the version
 * its content came from, and the titles of the optional clauses the template suggests (those of
 * the version the clauses came from) in the reader's language.
 */
export async function templateGuidanceView(link: TenderTemplateLink): Promise<TemplateGuidanceView> {
  const notes = Object.fromEntries(
    TENDER_SECTIONS.map((section) => [section, guidanceFor(section, link).map((note) => note.text)]),
  );
  const clausesVersion = link.versions.get(link.taken.clauses ?? link.startVersion);
  const offered = clausesVersion ? offeredClauses(clausesVersion) : [];
  const [definitions, locale] = await Promise.all([
    getChosenClauseVersions(
      getDb(),
      offered.map(({ key, version }) => ({ key, version, values: {} })),
    ),
    getLocale(),
  ]);
  const language = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return {
    templateName: link.template.name,
    notes,
    offeredClauses: offered.map(
      (clause) => definitions.get(`${clause.key}@${clause.version}`)?.content[language].title ?? clause.key,
    ),
  };
}
