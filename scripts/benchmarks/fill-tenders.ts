import { withClient } from "../postgres/databases";

// Bulk data for the tender list benchmark: one INSERT … SELECT over generate_series, so 10,000
// tenders take a second, not minutes. Every "random" choice is a hash of the row number, so two
// runs fill the same tenders, apart from dates, which count back from the moment it runs.

const SUBJECTS = [
  "Document management system",
  "Case management platform",
  "Digital archive platform",
  "Electronic records archive",
  "Identity and access management",
  "Citizen portal",
  "Open data portal",
  "E-invoicing platform",
  "Payroll software",
  "Human resources management system",
  "Geographic information system",
  "Service desk software",
  "Website content management system",
  "Electronic signature service",
  "Video conferencing service",
  "Collaboration suite",
  "Mail and calendar service",
  "Cloud hosting",
  "Backup and recovery service",
  "Security operations centre",
  "Vulnerability scanning service",
  "Business intelligence platform",
  "Data warehouse",
  "Accessibility audit of online services",
  "Translation memory software",
  "E-procurement platform",
  "Library management system",
  "Parking permit system",
  "Grant management system",
  "Budget planning software",
];

const SCOPES = [
  "for the tax directorate",
  "for the regional offices",
  "for the statistics office",
  "for the national archives",
  "for the police academy",
  "for the road agency",
  "for the social security fund",
  "for the head office",
  "for the land registry",
  "for the environment agency",
  "for the courts",
  "for public schools",
  "for the health inspectorate",
  "for the customs service",
  "for the employment agency",
  "for the fire and rescue services",
  "for the prison service",
  "for the embassies",
  "for the meteorological institute",
  "for the procurement directorate",
];

const PREFIXES = ["", "", "", "", "Renewal: ", "Framework agreement: ", "Migration to an open source "];

/** Main CPV codes (8 digits, no check digit), all in data/cpv/cpv2008.csv; five start with 4831. */
const MAIN_CPVS = [
  "48000000",
  "48100000",
  "48218000",
  "48222000",
  "48310000",
  "48311000",
  "48311100",
  "48312000",
  "48317000",
  "48332000",
  "48440000",
  "48450000",
  "48517000",
  "48600000",
  "48611000",
  "48613000",
  "48710000",
  "48730000",
  "48781000",
  "48800000",
  "48900000",
  "72000000",
  "72212000",
  "72260000",
  "72263000",
  "72267000",
  "72415000",
  "72500000",
];

const ADDITIONAL_CPVS = [
  "72222300",
  "72253200",
  "72260000",
  "72265000",
  "72320000",
  "72500000",
  "72600000",
  "72611000",
];

const SUMMARY =
  "The contracting authority seeks a supplier for the licences or subscriptions, implementation, " +
  "hosting in the European Union, data migration, training and support described in the tender " +
  "documents. Data must remain exportable in open formats at the end of the contract. ";

/**
 * Adds `count` tenders to the organisation with reference prefix `prefix`: varied titles, statuses,
 * procedures and CPV codes, updated over the last two years, numbered PREFIX-YEAR-NNNN after what
 * the organisation's yearly counters already hold, and the counters moved on so that tenders
 * created afterwards do not collide. Returns the number of rows inserted.
 */
export async function fillTenders(databaseUrl: string, prefix: string, count: number): Promise<number> {
  return withClient(databaseUrl, async (client) => {
    await client.query("BEGIN");
    try {
      const inserted = await client.query(FILL_SQL, [
        prefix,
        count,
        SUBJECTS,
        SCOPES,
        PREFIXES,
        MAIN_CPVS,
        ADDITIONAL_CPVS,
        SUMMARY,
      ]);
      await client.query(
        `INSERT INTO "TenderReferenceCounter" ("organisationId", "year", "lastSequence")
         SELECT t."organisationId", split_part(t.reference, '-', 2)::int, max(split_part(t.reference, '-', 3)::int)
         FROM "Tender" t JOIN "Organisation" o ON o.id = t."organisationId"
         WHERE o."referencePrefix" = $1 AND t.reference ~ '^[A-Z0-9]+-[0-9]{4}-[0-9]+$'
         GROUP BY 1, 2
         ON CONFLICT ("organisationId", "year")
         DO UPDATE SET "lastSequence" = GREATEST("TenderReferenceCounter"."lastSequence", EXCLUDED."lastSequence")`,
        [prefix],
      );
      await client.query("COMMIT");
      // A live database has planner statistics and autovacuum has flushed the GIN indexes'
      // pending lists; without that the first plans would be guesses, and a trigram index with
      // 10,000 pending entries looks too costly to the planner.
      await client.query('VACUUM ANALYZE "Tender"');
      return inserted.rowCount ?? 0;
    } catch (error) {
      await client.query("ROLLBACK");
      throw error;
    }
  });
}

// h(n, salt): a well-spread, repeatable number in [0, 2^31) for row n.
const FILL_SQL = `
WITH organisation AS (
  SELECT id FROM "Organisation" WHERE "referencePrefix" = $1
),
picks AS (
  SELECT gs AS n,
    (hashtext(gs || ':subject')::bigint & 2147483647) AS h_subject,
    (hashtext(gs || ':scope')::bigint & 2147483647) AS h_scope,
    (hashtext(gs || ':prefix')::bigint & 2147483647) AS h_prefix,
    (hashtext(gs || ':status')::bigint & 2147483647) % 100 AS h_status,
    (hashtext(gs || ':procedure')::bigint & 2147483647) % 20 AS h_procedure,
    (hashtext(gs || ':cpv')::bigint & 2147483647) AS h_cpv,
    (hashtext(gs || ':extra')::bigint & 2147483647) AS h_extra,
    (hashtext(gs || ':value')::bigint & 2147483647) AS h_value,
    now() - ((hashtext(gs || ':updated')::bigint & 2147483647) % (730 * 86400)) * interval '1 second' AS updated_at,
    ((hashtext(gs || ':age')::bigint & 2147483647) % (120 * 86400)) * interval '1 second' AS age
  FROM generate_series(1, $2::int) AS gs
),
generated AS (
  SELECT p.*,
    p.updated_at - p.age AS created_at,
    extract(year FROM p.updated_at - p.age)::int AS year,
    ($5::text[])[1 + p.h_prefix % cardinality($5::text[])]
      || ($3::text[])[1 + p.h_subject % cardinality($3::text[])]
      || ' ' || ($4::text[])[1 + p.h_scope % cardinality($4::text[])] AS title,
    CASE
      WHEN p.h_status < 45 THEN 'PUBLISHED'
      WHEN p.h_status < 70 THEN 'DRAFT'
      WHEN p.h_status < 80 THEN 'IN_REVIEW'
      WHEN p.h_status < 90 THEN 'APPROVED'
      ELSE 'CANCELLED'
    END AS status,
    CASE
      WHEN p.h_procedure < 8 THEN 'OPEN'
      WHEN p.h_procedure < 11 THEN 'RESTRICTED'
      WHEN p.h_procedure < 13 THEN 'COMPETITIVE_NEGOTIATION'
      WHEN p.h_procedure < 14 THEN 'COMPETITIVE_DIALOGUE'
      WHEN p.h_procedure < 15 THEN 'INNOVATION_PARTNERSHIP'
      WHEN p.h_procedure < 16 THEN 'NEGOTIATED_WITHOUT_PUBLICATION'
      ELSE 'BELOW_THRESHOLD_NATIONAL'
    END AS procedure
  FROM picks p
),
numbered AS (
  SELECT generated.*,
    coalesce(counter."lastSequence", 0) + row_number() OVER (PARTITION BY generated.year ORDER BY generated.created_at, generated.n) AS sequence
  FROM generated
  CROSS JOIN organisation
  LEFT JOIN "TenderReferenceCounter" counter
    ON counter."organisationId" = organisation.id AND counter.year = generated.year
)
INSERT INTO "Tender" (
  "id", "organisationId", "reference", "title", "summary", "status", "contractNature", "procedureType",
  "procedureGround", "mainCpv", "additionalCpvs", "estimatedValueCents", "currency", "durationMonths",
  "documentsLanguage", "completedSections", "version", "createdAt", "updatedAt"
)
SELECT
  'c' || substr(md5('benchmark tender ' || r.n), 1, 24),
  organisation.id,
  -- At least 4 digits, more past 9,999, as formatTenderReference does.
  $1 || '-' || r.year || '-' || lpad(r.sequence::text, greatest(4, length(r.sequence::text)), '0'),
  r.title,
  $8 || repeat($8, (r.h_value % 4)::int),
  r.status::"TenderStatus",
  (CASE WHEN r.h_value % 5 = 0 THEN 'SUPPLIES' ELSE 'SERVICES' END)::"ContractNature",
  -- A third of the drafts have no procedure yet.
  (CASE WHEN r.status = 'DRAFT' AND r.h_extra % 3 = 0 THEN NULL ELSE r.procedure END)::"ProcedureType",
  CASE
    WHEN r.status = 'DRAFT' AND r.h_extra % 3 = 0 THEN NULL
    WHEN r.procedure IN ('COMPETITIVE_NEGOTIATION', 'COMPETITIVE_DIALOGUE') THEN 'ART_26_4_A_III_COMPLEXITY_OR_RISKS'
    WHEN r.procedure = 'NEGOTIATED_WITHOUT_PUBLICATION' THEN 'ART_32_2_B_EXCLUSIVE_RIGHTS'
  END,
  ($6::text[])[1 + r.h_cpv % cardinality($6::text[])],
  (ARRAY(
    SELECT DISTINCT ($7::text[])[1 + (r.h_extra / (k * 7)) % cardinality($7::text[])]
    FROM generate_series(1, (r.h_extra % 3)::int) AS k
  )),
  (20 + r.h_value % 500) * 1000000::bigint,
  'EUR',
  (ARRAY[12, 24, 36, 48])[1 + r.h_value % 4],
  (ARRAY['en', 'fr', 'de'])[1 + r.h_scope % 3],
  '{}',
  0,
  r.created_at,
  r.updated_at
FROM numbered r
CROSS JOIN organisation
`;
