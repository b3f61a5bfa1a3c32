import "server-only";
import type { ExportFormat } from "@/lib/domain/documents/formats";
import type { OcdsProcessInput } from "@/lib/domain/ocds/ocds-input";
import { tenderDocuments } from "@/lib/domain/ocds/tender-documents";
import { readAwardCriteria } from "@/lib/domain/tender/award-settings";
import type { Lot } from "@/lib/domain/tender/lots";
import { LEGAL_GROUND_RULES, type LegalGround } from "@/lib/domain/tender/procedures";
import type { ProcedureType } from "@/lib/domain/tender/tender-enums";
import { Prisma } from "@/lib/generated/prisma/client";
import { isLocale } from "@/lib/i18n/config";
import de from "@/lib/i18n/messages/de.json";
import en from "@/lib/i18n/messages/en.json";
import fr from "@/lib/i18n/messages/fr.json";
import { readPublicAwardWinners } from "@/lib/server/bids/bid-access";
import type { DbClient } from "@/lib/server/db";

/**
 * The contracting processes that are published data, read for open data with no viewer, across
 * every organisation of the instance: tenders PUBLISHED, in EVALUATION or AWARDED, and CANCELLED
 * ones that had been published (their audit trail holds the move to PUBLISHED). Drafts, tenders in
 * review, approved tenders and drafts cancelled before publication are never selected, and no bid
 * is read but the winners of an awarded tender, through bid-access.ts.
 * SECURITY: change only with a second reviewer.
 */
export type ProcessFilter = {
  /** Only processes whose tender changed on or after this instant. */
  since?: Date;
  /** Only these organisations' tenders (tests narrow the instance-wide list to their own). */
  organisationIds?: readonly string[];
};

const LISTED_STATUSES = ["PUBLISHED", "EVALUATION", "AWARDED"];

const WAS_PUBLISHED = Prisma.sql`EXISTS (
  SELECT 1 FROM "AuditEvent" e
  WHERE e."entityType" = 'Tender' AND e."entityId" = t."id"
    AND e."action" = 'tender.status_changed' AND e."after"->>'status' = 'PUBLISHED'
)`;

function whereOf(filter: ProcessFilter): Prisma.Sql {
  const conditions = [
    Prisma.sql`(t."status"::text IN (${Prisma.join(LISTED_STATUSES)}) OR (t."status"::text = 'CANCELLED' AND ${WAS_PUBLISHED}))`,
  ];
  if (filter.since) conditions.push(Prisma.sql`t."updatedAt" >= ${filter.since}`);
  if (filter.organisationIds) {
    conditions.push(
      filter.organisationIds.length === 0
        ? Prisma.sql`FALSE`
        : Prisma.sql`t."organisationId" IN (${Prisma.join([...filter.organisationIds])})`,
    );
  }
  return Prisma.join(conditions, " AND ");
}

export async function countPublishedProcesses(db: DbClient, filter: ProcessFilter): Promise<number> {
  const [row] = await db.$queryRaw<{ count: bigint }[]>`
    SELECT COUNT(*) AS "count" FROM "Tender" t WHERE ${whereOf(filter)}`;
  return Number(row?.count ?? 0);
}

/** Whether the tender is a published contracting process (the rule above): its documents are public then. */
export async function isPublishedProcess(db: DbClient, tenderId: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT t."id" FROM "Tender" t WHERE t."id" = ${tenderId} AND ${whereOf({})}`;
  return rows.length > 0;
}

/**
 * One page of published processes, oldest tender first: a new tender joins the end, so the pages
 * a harvester has read keep their content.
 */
export async function readPublishedProcesses(
  db: DbClient,
  filter: ProcessFilter,
  page: { offset: number; limit: number },
  /** The app's public address, for the documents' downloads. */
  baseUrl: string,
): Promise<OcdsProcessInput[]> {
  const selected = await db.$queryRaw<{ id: string; wasPublished: boolean }[]>`
    SELECT t."id", ${WAS_PUBLISHED} AS "wasPublished" FROM "Tender" t
    WHERE ${whereOf(filter)}
    ORDER BY t."createdAt" ASC, t."id" ASC
    LIMIT ${page.limit} OFFSET ${page.offset}`;
  const ids = selected.map((row) => row.id);
  const rows = await db.tender.findMany({ where: { id: { in: ids } }, select: PROCESS_SELECT });
  const winners = await readPublicAwardWinners(
    db,
    rows.filter((row) => row.status === "AWARDED").map((row) => row.id),
  );
  return selected.map(({ id, wasPublished }) => {
    const row = rows.find((candidate) => candidate.id === id)!;
    return toProcessInput(row, wasPublished, winners, baseUrl);
  });
}

const PROCESS_SELECT = {
  id: true,
  reference: true,
  title: true,
  summary: true,
  status: true,
  contractNature: true,
  procedureType: true,
  procedureGround: true,
  mainCpv: true,
  additionalCpvs: true,
  estimatedValueCents: true,
  currency: true,
  durationMonths: true,
  documentsLanguage: true,
  lots: true,
  award: true,
  publicationDate: true,
  clarificationDeadline: true,
  tenderDeadline: true,
  version: true,
  updatedAt: true,
  organisation: { select: { id: true, name: true } },
  corrigenda: { select: { number: true, reason: true, createdAt: true }, orderBy: { number: "asc" } },
  awardDecisions: {
    select: {
      id: true,
      lotKey: true,
      winnerBidId: true,
      decidedOn: true,
      standstillEndsOn: true,
      createdAt: true,
    },
    orderBy: { lotKey: "asc" },
  },
} as const satisfies Prisma.TenderSelect;

type ProcessRow = Prisma.TenderGetPayload<{ select: typeof PROCESS_SELECT }>;

function toProcessInput(
  row: ProcessRow,
  wasPublished: boolean,
  winners: Awaited<ReturnType<typeof readPublicAwardWinners>>,
  baseUrl: string,
): OcdsProcessInput {
  const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
  return {
    tender: {
      id: row.id,
      reference: row.reference,
      title: row.title,
      summary: row.summary,
      status: row.status,
      wasPublished,
      contractNature: row.contractNature,
      procedureType: row.procedureType,
      procedureLabel: row.procedureType ? procedureLabel(row.procedureType, row.documentsLanguage) : null,
      procedureGroundSource: LEGAL_GROUND_RULES[row.procedureGround as LegalGround]?.source ?? null,
      mainCpv: row.mainCpv,
      additionalCpvs: row.additionalCpvs,
      estimatedValueCents: row.estimatedValueCents === null ? null : Number(row.estimatedValueCents),
      currency: row.currency,
      documentsLanguage: row.documentsLanguage,
      lots: row.lots as Lot[],
      award: readAwardCriteria(row.award, row.durationMonths),
      publicationDate: day(row.publicationDate),
      clarificationDeadline: day(row.clarificationDeadline),
      tenderDeadline: day(row.tenderDeadline),
      version: row.version,
      updatedAt: row.updatedAt,
    },
    buyer: row.organisation,
    corrigenda: row.corrigenda.map((entry) => ({
      number: entry.number,
      reason: entry.reason,
      issuedAt: entry.createdAt,
    })),
    documents: tenderDocuments(row.id, baseUrl, (format) => documentTitle(format, row.documentsLanguage)),
    awards: row.awardDecisions.map((decision) => {
      const winner = winners.find((candidate) => candidate.bidId === decision.winnerBidId);
      return {
        decisionId: decision.id,
        lotKey: decision.lotKey === "" ? null : decision.lotKey,
        decidedOn: day(decision.decidedOn)!,
        standstillEndsOn: day(decision.standstillEndsOn)!,
        recordedAt: decision.createdAt,
        winner: winner ? { bidId: winner.bidId, name: winner.bidderName, priceCents: winner.priceCents } : null,
      };
    }),
  };
}

const MESSAGES = { en, fr, de };

/** "Tender documents (PDF)" in the tender's language; in English for another language. */
function documentTitle(format: ExportFormat, language: string): string {
  const messages = MESSAGES[isLocale(language) ? language : "en"];
  return `${messages.documents.tender.subtitle} (${messages.exports.formats[format].short})`;
}

/** The procedure's name as the app says it in the tender's language; in English for another language. */
function procedureLabel(type: ProcedureType, language: string): string {
  return MESSAGES[isLocale(language) ? language : "en"].tenders.procedure[type].name;
}
