import { randomBytes } from "node:crypto";
import { hash } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import type { z } from "zod";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { createOrganisationRecord } from "../../prisma/create-organisation-record";
import { parseMessageRef } from "../../lib/i18n/message-ref";
import en from "../../lib/i18n/messages/en.json";
import { administratorSetupSchema, organisationSetupSchema } from "../../lib/schemas/organisation-setup";
import { ARGON2_OPTIONS } from "../../lib/server/auth/argon2-options";

// The first organisation and its first administrator, set up by an operator on the command line:
// on a production server there is no demo data, and nobody can sign in until this is done.

export class SetupError extends Error {}

export async function addOrganisation(databaseUrl: string, raw: unknown): Promise<string> {
  const input = parse(organisationSetupSchema, raw, { referencePrefix: "prefix", authorityType: "authority-type" });
  return withClient(databaseUrl, async (db) => {
    const existing = await db.organisation.findUnique({ where: { referencePrefix: input.referencePrefix } });
    if (existing)
      throw new SetupError(`An organisation with the prefix ${input.referencePrefix} exists: ${existing.name}.`);
    const organisation = await createOrganisationRecord(db, input, "command line");
    return `Added ${organisation.name} (${organisation.referencePrefix}).`;
  });
}

/**
 * Makes a person an administrator of an organisation. A new account gets a random initial
 * password, printed once; an existing account keeps its password.
 */
export async function addAdministrator(databaseUrl: string, raw: unknown): Promise<string> {
  const input = parse(administratorSetupSchema, raw, { referencePrefix: "organisation" });
  return withClient(databaseUrl, async (db) => {
    const organisation = await db.organisation.findUnique({ where: { referencePrefix: input.referencePrefix } });
    if (!organisation) throw new SetupError(`No organisation has the prefix ${input.referencePrefix}.`);
    const password = randomBytes(15).toString("base64url");
    const passwordHash = await hash(password, ARGON2_OPTIONS);
    return db.$transaction(async (tx) => {
      let user = await tx.user.findUnique({ where: { email: input.email } });
      const created = !user;
      if (!user) {
        user = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash } });
        await tx.auditEvent.create({
          data: {
            organisationId: organisation.id,
            action: "user.created",
            entityType: "User",
            entityId: user.id,
            after: { email: input.email, source: "command line" },
          },
        });
      }
      const membership = await tx.membership.findUnique({
        where: { userId_organisationId: { userId: user.id, organisationId: organisation.id } },
      });
      const roles = [...new Set([...(membership?.roles ?? []), "ADMIN" as const])];
      const saved = membership
        ? await tx.membership.update({ where: { id: membership.id }, data: { roles, version: { increment: 1 } } })
        : await tx.membership.create({ data: { userId: user.id, organisationId: organisation.id, roles } });
      await tx.auditEvent.create({
        data: {
          organisationId: organisation.id,
          action: membership ? "membership.roles_changed" : "membership.created",
          entityType: "Membership",
          entityId: saved.id,
          before: membership ? { email: input.email, roles: membership.roles } : undefined,
          after: { email: input.email, roles, source: "command line" },
        },
      });
      return created
        ? `${input.email} is now an administrator of ${organisation.name}.\nInitial password (shown once, pass it on securely): ${password}`
        : `${input.email} already had an account; they are now an administrator of ${organisation.name}.`;
    });
  });
}

/** Validates with the app's own schema and explains problems in terms of the command's options. */
function parse<Schema extends z.ZodType>(
  schema: Schema,
  raw: unknown,
  optionNames: Record<string, string>,
): z.output<Schema> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => {
    const { key, values } = parseMessageRef(issue.message);
    const template = key
      .split(".")
      .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
    const text =
      typeof template === "string"
        ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(values?.[name] ?? name))
        : issue.message;
    const field = issue.path.join(".");
    return `  --${optionNames[field] ?? field}: ${text}`;
  });
  throw new SetupError(`Please correct:\n${problems.join("\n")}`);
}

async function withClient<T>(databaseUrl: string, work: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}
