import { TEMPLATE_CATEGORIES } from "../../lib/domain/templates/template-content";
import { DEMO_TEMPLATES } from "../../prisma/demo-templates";
import { versionColumns } from "../../prisma/seed-demo-templates";
import { withClient } from "../postgres/databases";

// Bulk data for the catalogue benchmark: publishers, templates and their versions in a few
// INSERT … SELECT over generate_series, so 5,000 templates take seconds, not minutes. Every
// "random" choice is a hash of the row number, so two runs fill the same catalogue.

const COUNTRIES = ["BE", "DE", "FR", "AT", "NL", "IT", "ES", "PL", "SE", "FI", "PT", "IE"];

const SUBJECTS: Record<"en" | "fr" | "de", string[]> = {
  en: [
    "Collaboration suite",
    "Case management system",
    "Digital archive",
    "Citizen portal",
    "Open data portal",
    "Identity and access management",
    "Geographic information system",
    "Service desk",
    "Website content management",
    "E-invoicing platform",
  ],
  fr: [
    "Suite collaborative",
    "Logiciel de gestion des dossiers",
    "Archivage électronique",
    "Portail citoyen",
    "Portail de données ouvertes",
    "Gestion des identités et des accès",
    "Système d'information géographique",
    "Centre de services",
    "Gestion de contenu du site web",
    "Plateforme de facturation électronique",
  ],
  de: [
    "Kollaborationsplattform",
    "Fachverfahren für die Vorgangsbearbeitung",
    "Elektronische Archivierung",
    "Bürgerportal",
    "Open-Data-Portal",
    "Identitäts- und Zugriffsverwaltung",
    "Geoinformationssystem",
    "Servicedesk",
    "Redaktionssystem für den Webauftritt",
    "E-Rechnungsplattform",
  ],
};

const SCOPES: Record<"en" | "fr" | "de", string[]> = {
  en: [
    "for a ministry",
    "for a city",
    "for a region",
    "for schools",
    "for hospitals",
    "for courts",
    "hosted in the EU",
  ],
  fr: [
    "pour un ministère",
    "pour une ville",
    "pour une région",
    "pour les écoles",
    "pour les hôpitaux",
    "hébergé dans l'UE",
  ],
  de: [
    "für ein Ministerium",
    "für eine Stadt",
    "für ein Land",
    "für Schulen",
    "für Krankenhäuser",
    "in der EU gehostet",
  ],
};

const CPV_PREFIX_SETS = [
  "{4851,4831,72412}",
  "{7223,7224,7226}",
  "{48,72}",
  "{4822,72415}",
  "{4861,72322}",
  "{731,7223}",
  "{48517,72212}",
  "{7226}",
];

const PROCEDURE_SETS = [
  "{OPEN}",
  "{OPEN,RESTRICTED}",
  "{RESTRICTED,COMPETITIVE_NEGOTIATION}",
  "{INNOVATION_PARTNERSHIP}",
  "{COMPETITIVE_DIALOGUE}",
  "{BELOW_THRESHOLD_NATIONAL}",
];

/** One real content and its search text per language, from the demo templates (a few kB each). */
function sampleVersions(): Record<"en" | "fr" | "de", { summary: string; content: string; searchText: string }> {
  const pick = (slug: string) => {
    const template = DEMO_TEMPLATES.find((candidate) => candidate.slug === slug)!;
    const columns = versionColumns(template.versions.at(-1)!, template.language);
    return { summary: columns.summary, content: JSON.stringify(columns.content), searchText: columns.searchText };
  };
  return {
    en: pick("custom-software-eupl"),
    fr: pick("suite-collaborative-open-source"),
    de: pick("individualsoftware-eupl"),
  };
}

/**
 * Adds `count` templates from 60 publishers in 12 countries: a fifth in French, a fifth in German,
 * the rest in English; 90 % published, 5 % deprecated, 5 % drafts never published; a third of
 * the published ones have a second published version, one in ten a draft of the next. Returns the
 * number of versions inserted.
 */
export async function fillTemplates(databaseUrl: string, count: number): Promise<number> {
  const samples = sampleVersions();
  return withClient(databaseUrl, async (client) => {
    await client.query("BEGIN");
    try {
      await client.query(
        `INSERT INTO "Organisation" ("id", "name", "country", "authorityType", "referencePrefix", "updatedAt")
         SELECT 'bench-org-' || n, 'Benchmark authority ' || n, ($1::text[])[1 + n % cardinality($1::text[])],
           'SUB_CENTRAL', 'BENCH' || n, now()
         FROM generate_series(1, 60) AS n`,
        [COUNTRIES],
      );
      await client.query(TEMPLATES_SQL, [
        count,
        SUBJECTS.en,
        SUBJECTS.fr,
        SUBJECTS.de,
        SCOPES.en,
        SCOPES.fr,
        SCOPES.de,
      ]);
      const versions = await client.query(VERSIONS_SQL, [
        TEMPLATE_CATEGORIES,
        CPV_PREFIX_SETS,
        PROCEDURE_SETS,
        [samples.en.summary, samples.fr.summary, samples.de.summary],
        [samples.en.content, samples.fr.content, samples.de.content],
        [samples.en.searchText, samples.fr.searchText, samples.de.searchText],
      ]);
      await client.query(
        `UPDATE "TenderTemplate" t SET "successorId" = 'bench-tpl-' || (1 + (hashtext(t.id || ':successor') & 2147483647) % $1)
         WHERE t."status" = 'DEPRECATED' AND t."id" LIKE 'bench-tpl-%'`,
        [count],
      );
      await client.query("COMMIT");
      await client.query('VACUUM ANALYZE "TenderTemplate"');
      await client.query('VACUUM ANALYZE "TemplateVersion"');
      return versions.rowCount ?? 0;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

/**
 * Gives about two tenders in three a template version, skewed towards a few popular templates,
 * as reuse would be: the "most used" order then has something to sort.
 */
export async function startTendersFromTemplates(databaseUrl: string): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    const updated = await client.query(`
      WITH published AS (
        SELECT "id", row_number() OVER (ORDER BY "id") AS rn, count(*) OVER () AS total
        FROM "TemplateVersion" WHERE "publishedAt" IS NOT NULL
      ),
      picks AS (
        SELECT t."id" AS tender_id,
          1 + floor(((hashtext(t."id" || ':template') & 2147483647) / 2147483648.0) ^ 3 * (SELECT max(total) FROM published))::int AS rn
        FROM "Tender" t WHERE (hashtext(t."id" || ':uses') & 2147483647) % 3 <> 0
      )
      UPDATE "Tender" t SET "templateVersionId" = p."id"
      FROM picks JOIN published p ON p.rn = picks.rn
      WHERE t."id" = picks.tender_id`);
    await client.query('VACUUM ANALYZE "Tender"');
    return updated.rowCount ?? 0;
  });
}

// h(n, salt): a well-spread, repeatable number in [0, 2^31) for row n.
const TEMPLATES_SQL = `
INSERT INTO "TenderTemplate" ("id", "organisationId", "slug", "name", "language", "status", "createdAt", "updatedAt")
SELECT 'bench-tpl-' || n,
  'bench-org-' || (1 + (hashtext(n || ':org') & 2147483647) % 60),
  'bench-template-' || n,
  CASE lang
    WHEN 'fr' THEN ($3::text[])[1 + h % 10] || ' ' || ($6::text[])[1 + (h / 10) % cardinality($6::text[])]
    WHEN 'de' THEN ($4::text[])[1 + h % 10] || ' ' || ($7::text[])[1 + (h / 10) % cardinality($7::text[])]
    ELSE ($2::text[])[1 + h % 10] || ' ' || ($5::text[])[1 + (h / 10) % cardinality($5::text[])]
  END || ' (' || n || ')',
  lang,
  (CASE WHEN s < 90 THEN 'PUBLISHED' WHEN s < 95 THEN 'DEPRECATED' ELSE 'DRAFT' END)::"TemplateStatus",
  now(), now()
FROM (
  SELECT n,
    (hashtext(n || ':name') & 2147483647) AS h,
    (hashtext(n || ':status') & 2147483647) % 100 AS s,
    CASE (hashtext(n || ':lang') & 2147483647) % 5 WHEN 0 THEN 'fr' WHEN 1 THEN 'de' ELSE 'en' END AS lang
  FROM generate_series(1, $1::int) AS n
) picks`;

// Version 1 for every template (a draft for the never-published ones), version 2 for a third,
// and a draft of the next version for one in ten: (template, number, published?) rows.
const VERSIONS_SQL = `
WITH templates AS (
  SELECT t."id", t."name", t."language", t."status",
    (hashtext(t."id" || ':versions') & 2147483647) % 30 AS v,
    (hashtext(t."id" || ':facets') & 2147483647) AS f,
    now() - ((hashtext(t."id" || ':published') & 2147483647) % (730 * 86400)) * interval '1 second' AS published_at,
    CASE t."language" WHEN 'fr' THEN 2 WHEN 'de' THEN 3 ELSE 1 END AS sample
  FROM "TenderTemplate" t WHERE t."id" LIKE 'bench-tpl-%'
),
rows AS (
  SELECT templates.*, 1 AS number, status <> 'DRAFT' AS published FROM templates
  UNION ALL SELECT templates.*, 2, true FROM templates WHERE status <> 'DRAFT' AND v < 10
  UNION ALL SELECT templates.*, CASE WHEN v < 10 THEN 3 ELSE 2 END, false FROM templates WHERE status <> 'DRAFT' AND v % 10 = 3
)
INSERT INTO "TemplateVersion" ("id", "templateId", "number", "name", "summary", "content", "changelog", "category",
  "contractNature", "cpvPrefixes", "procedureTypes", "searchText", "licence", "publishedAt", "createdAt", "updatedAt")
SELECT r."id" || '-v' || r.number, r."id", r.number, r."name", ($4::text[])[r.sample], ($5::text[])[r.sample]::jsonb,
  'Version ' || r.number || '.',
  ($1::text[])[1 + r.f % cardinality($1::text[])],
  'SERVICES',
  ($2::text[])[1 + (r.f / 16) % cardinality($2::text[])]::text[],
  ($3::text[])[1 + (r.f / 256) % cardinality($3::text[])]::"ProcedureType"[],
  ($6::text[])[r.sample],
  (ARRAY['CC-BY-4.0', 'CC0-1.0', 'EUPL-1.2'])[1 + (r.f / 4096) % 3],
  CASE WHEN r.published THEN r.published_at + (r.number - 1) * interval '30 days' END,
  r.published_at, now()
FROM rows r`;
