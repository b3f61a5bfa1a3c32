import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { formatTenderReference } from "../lib/domain/tender/reference";
import { PrismaClient, type Prisma } from "../lib/generated/prisma/client";
import { ARGON2_OPTIONS } from "../lib/server/auth/argon2-options";
import { createOrganisationRecord } from "./create-organisation-record";
import { DEMO_ACCOUNTS, DEMO_ORGANISATIONS } from "./demo-accounts";
import { openDemoBids, registerDemoBid } from "./seed-demo-bid";
import { seedDemoEvaluation } from "./seed-demo-evaluation";
import { demoTemplateVersion, recordDemoTemplateStart } from "./seed-demo-template-start";
import { seedDemoTemplates } from "./seed-demo-templates";
import {
  demoTenderColumns,
  demoTenders,
  tenderSnapshot,
  toDateColumn,
  type DemoCorrigendum,
  type DemoTender,
} from "./demo-tenders";

/** Demo data is refused in production unless the operator asks for it explicitly. */
export function isDemoDataAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.DEMO_DATA === "false") return false;
  if (env.NODE_ENV === "production") return env.DEMO_DATA === "true";
  return true;
}

/**
 * Loads the demo organisations, accounts, templates and tenders. Idempotent: what exists is left as it is (a
 * demo user whose roles were changed keeps them, a demo tender is recognised by its title in its
 * organisation), what is missing is created, with an audit event.
 */
export async function seedDemoData(databaseUrl: string, now = new Date()): Promise<{ created: number }> {
  if (!isDemoDataAllowed()) {
    throw new Error("Demo data is refused when NODE_ENV=production. Set DEMO_DATA=true to load it anyway.");
  }
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const organisationIds = new Map<string, string>();
    let created = 0;
    for (const organisation of DEMO_ORGANISATIONS) {
      const existing = await db.organisation.findUnique({ where: { referencePrefix: organisation.referencePrefix } });
      if (existing) {
        organisationIds.set(organisation.referencePrefix, existing.id);
        continue;
      }
      const row = await createOrganisationRecord(db, { ...organisation }, "demo data");
      organisationIds.set(organisation.referencePrefix, row.id);
      created++;
    }

    for (const account of DEMO_ACCOUNTS) {
      let user = await db.user.findUnique({ where: { email: account.email }, select: { id: true } });
      if (!user) {
        const passwordHash = await hash(account.password, ARGON2_OPTIONS);
        user = await db.user.create({
          data: { email: account.email, name: account.name, passwordHash },
          select: { id: true },
        });
        created++;
      }
      const userId = user.id;
      for (const membership of account.memberships) {
        const organisationId = organisationIds.get(membership.organisation)!;
        const exists = await db.membership.findUnique({ where: { userId_organisationId: { userId, organisationId } } });
        if (exists) continue;
        await db.$transaction(async (tx) => {
          const row = await tx.membership.create({ data: { userId, organisationId, roles: membership.roles } });
          await tx.auditEvent.create({
            data: {
              organisationId,
              action: "membership.created",
              entityType: "Membership",
              entityId: row.id,
              after: { email: account.email, roles: membership.roles, source: "demo data" },
            },
          });
        });
        created++;
      }
    }

    created += await seedDemoTemplates(db, organisationIds, now);

    for (const tender of demoTenders(now.toISOString().slice(0, 10))) {
      const organisationId = organisationIds.get(tender.organisation)!;
      const exists = await db.tender.findFirst({
        where: { organisationId, title: tender.title },
        select: { id: true },
      });
      if (exists) continue;
      await createDemoTender(db, organisationId, tender, now);
      created++;
    }
    return { created };
  } finally {
    await db.$disconnect();
  }
}

/**
 * Stores one demo tender as the app would have: numbered from the organisation's yearly counter
 * (so tenders created later in the app never collide with it), with revision 0, its review
 * comments, the moves of its lifecycle and its corrigenda, each with its audit event.
 */
async function createDemoTender(db: PrismaClient, organisationId: string, tender: DemoTender, now: Date) {
  const emails = [
    tender.createdBy,
    ...tender.reviewComments.map((comment) => comment.authorEmail),
    ...tender.lifecycle.map((change) => change.by),
    ...tender.corrigenda.map((corrigendum) => corrigendum.by),
    ...(tender.opening ? [tender.opening.requestedBy, tender.opening.confirmedBy] : []),
  ];
  const users = await db.user.findMany({
    where: { email: { in: emails } },
    select: { id: true, email: true, name: true },
  });
  const userByEmail = (email: string) => users.find((user) => user.email === email);
  const authorId = userByEmail(tender.createdBy)?.id ?? null;
  const createdAt = tender.createdOn ? atNineUtc(tender.createdOn) : now;

  await db.$transaction(async (tx) => {
    const reference = await nextReference(tx, organisationId, now.getUTCFullYear());
    const template = tender.template ? await demoTemplateVersion(tx, tender.template) : null;
    const row = await tx.tender.create({
      data: {
        organisationId,
        reference,
        ...demoTenderColumns(tender),
        internalCosts: tender.internalCosts ?? [],
        // Started from a template as the app does: the version it came from, no section taken over since.
        ...(template ? { templateVersionId: template.versionId, templateSections: {} } : {}),
        createdById: authorId,
        createdAt,
      },
    });
    await tx.tenderRevision.create({
      data: {
        tenderId: row.id,
        version: row.version,
        section: "created",
        snapshot: tenderSnapshot(row),
        authorId,
        createdAt,
      },
    });
    for (const comment of tender.reviewComments) {
      const author = userByEmail(comment.authorEmail);
      const demoName = DEMO_ACCOUNTS.find((account) => account.email === comment.authorEmail)?.name;
      await tx.reviewComment.create({
        data: {
          tenderId: row.id,
          section: comment.section,
          body: comment.body,
          authorId: author?.id ?? null,
          authorName: author?.name ?? demoName ?? comment.authorEmail,
        },
      });
    }
    await tx.auditEvent.create({
      data: {
        organisationId,
        action: "tender.created",
        entityType: "Tender",
        entityId: row.id,
        after: { reference, title: row.title, status: row.status, source: "demo data" },
        occurredAt: createdAt,
      },
    });
    if (template) await recordDemoTemplateStart(tx, template, row, { id: authorId, email: tender.createdBy });
    // As if the tender had been moved through its lifecycle in the app: the task list reads the
    // last move from the audit trail.
    for (const change of tender.lifecycle) {
      await tx.auditEvent.create({
        data: {
          organisationId,
          actorId: userByEmail(change.by)?.id ?? null,
          actorEmail: change.by,
          action: "tender.status_changed",
          entityType: "Tender",
          entityId: row.id,
          before: { status: change.from, version: row.version },
          after: {
            status: change.to,
            version: row.version,
            transition: change.transition,
            reason: null,
            source: "demo data",
          },
          ...(change.on ? { occurredAt: atNineUtc(change.on) } : {}),
        },
      });
    }
    let version = row.version;
    for (const [index, corrigendum] of tender.corrigenda.entries()) {
      await issueDemoCorrigendum(tx, {
        organisationId,
        tenderId: row.id,
        number: index + 1,
        version: ++version,
        corrigendum,
        author: { id: userByEmail(corrigendum.by)?.id ?? null, email: corrigendum.by },
      });
    }
    const bidIds: string[] = [];
    for (const [index, bid] of (tender.bids ?? []).entries()) {
      bidIds.push(
        await registerDemoBid(tx, { organisationId, tenderId: row.id, receiptNumber: index + 1, bid, authorId }),
      );
    }
    if (tender.opening) {
      const person = (email: string) => ({ id: userByEmail(email)?.id ?? null, email });
      await openDemoBids(tx, {
        organisationId,
        tenderId: row.id,
        bidCount: tender.bids?.length ?? 0,
        requestedBy: person(tender.opening.requestedBy),
        confirmedBy: person(tender.opening.confirmedBy),
        requestedAt: atNineUtc(tender.opening.requestedOn),
        openedAt: new Date(`${tender.opening.openedOn}T09:30:00.000Z`),
      });
    }
    if (tender.evaluation) {
      const openingDate = tender.timeline.openingDate!;
      await seedDemoEvaluation(tx, {
        organisationId,
        tenderId: row.id,
        openingDate,
        bidIds,
        evaluation: tender.evaluation,
      });
    }
  });
}

/**
 * A corrigendum as saveTenderSection issues it: the tender's dates changed under a new version,
 * the revision, the numbered corrigendum with the changed fields before and after (as the tender
 * DTO has them: dates as YYYY-MM-DD), and its audit event, all dated the day it was issued.
 */
async function issueDemoCorrigendum(
  tx: Prisma.TransactionClient,
  input: {
    organisationId: string;
    tenderId: string;
    number: number;
    version: number;
    corrigendum: DemoCorrigendum;
    author: { id: string | null; email: string };
  },
) {
  const { corrigendum, tenderId } = input;
  const issuedAt = atNineUtc(corrigendum.on);
  const beforeRow = await tx.tender.findUniqueOrThrow({ where: { id: tenderId } });
  const changedFields = Object.keys(corrigendum.after) as (keyof DemoCorrigendum["after"])[];
  const before = Object.fromEntries(changedFields.map((field) => [field, tenderSnapshot(beforeRow)[field]]));
  const after = Object.fromEntries(changedFields.map((field) => [field, corrigendum.after[field] ?? null]));
  const row = await tx.tender.update({
    where: { id: tenderId },
    data: {
      ...Object.fromEntries(changedFields.map((field) => [field, toDateColumn(corrigendum.after[field] ?? null)])),
      version: input.version,
    },
  });
  await tx.tenderRevision.create({
    data: {
      tenderId,
      version: row.version,
      section: "corrigendum",
      snapshot: tenderSnapshot(row),
      authorId: input.author.id,
      createdAt: issuedAt,
    },
  });
  await tx.tenderCorrigendum.create({
    data: {
      tenderId,
      number: input.number,
      section: corrigendum.section,
      reason: corrigendum.reason,
      before,
      after,
      authorId: input.author.id,
      createdAt: issuedAt,
    },
  });
  await tx.auditEvent.create({
    data: {
      organisationId: input.organisationId,
      actorId: input.author.id,
      actorEmail: input.author.email,
      action: "tender.corrigendum_issued",
      entityType: "Tender",
      entityId: tenderId,
      before: { section: corrigendum.section, ...before },
      after: {
        section: corrigendum.section,
        version: row.version,
        number: input.number,
        reason: corrigendum.reason,
        ...after,
        source: "demo data",
      },
      occurredAt: issuedAt,
    },
  });
}

function atNineUtc(day: string): Date {
  return new Date(`${day}T09:00:00.000Z`);
}

/**
 * The same atomic bump of TenderReferenceCounter as lib/server/tenders/next-tender-reference.ts,
 * which cannot be loaded outside Next.js ("server-only").
 */
async function nextReference(tx: Prisma.TransactionClient, organisationId: string, year: number): Promise<string> {
  const [counter] = await tx.$queryRaw<{ lastSequence: number; referencePrefix: string }[]>`
    WITH bumped AS (
      INSERT INTO "TenderReferenceCounter" ("organisationId", "year", "lastSequence")
      VALUES (${organisationId}, ${year}, 1)
      ON CONFLICT ("organisationId", "year")
      DO UPDATE SET "lastSequence" = "TenderReferenceCounter"."lastSequence" + 1
      RETURNING "lastSequence"
    )
    SELECT bumped."lastSequence", o."referencePrefix"
    FROM bumped, "Organisation" o WHERE o."id" = ${organisationId}`;
  if (!counter) throw new Error(`Organisation ${organisationId} not found while numbering a demo tender.`);
  return formatTenderReference(counter.referencePrefix, year, counter.lastSequence);
}
