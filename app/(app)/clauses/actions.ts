"use server";
import { revalidatePath } from "next/cache";
import { clauseRetirementSchema, clauseVersionSchema, newClauseSchema } from "@/lib/schemas/clauses";
import { defineAction } from "@/lib/server/action";
import { createClause } from "@/lib/server/clauses/create-clause";
import { createClauseVersion } from "@/lib/server/clauses/create-clause-version";
import { setClauseRetired } from "@/lib/server/clauses/retire-clause";

// The library is shared by every organisation of the instance; the audit event carries the
// actor's organisation (defineAction's default), so each organisation sees what its staff did.
const refresh = () => revalidatePath("/clauses", "layout");

export const createClauseVersionAction = defineAction(
  { schema: clauseVersionSchema, permission: "clause.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const created = await createClauseVersion(tx, viewer, input);
    audit({
      action: "clause.version_created",
      entityType: "Clause",
      entityId: created.clauseId,
      before: { key: created.key, version: created.fromVersion },
      after: { key: created.key, version: created.version, status: input.status, changeNote: input.changeNote },
    });
    return { key: created.key, version: created.version };
  },
);

export const createClauseAction = defineAction(
  { schema: newClauseSchema, permission: "clause.manage", after: refresh },
  async ({ viewer, input, tx, audit }) => {
    const created = await createClause(tx, viewer, input);
    audit({
      action: "clause.created",
      entityType: "Clause",
      entityId: created.clauseId,
      after: { key: created.key, version: 1, category: input.category, changeNote: input.changeNote },
    });
    return { key: created.key };
  },
);

export const retireClauseAction = defineAction(
  { schema: clauseRetirementSchema, permission: "clause.manage", after: refresh },
  async ({ input, tx, audit }) => {
    const retired = await setClauseRetired(tx, input, true);
    audit({
      action: "clause.retired",
      entityType: "Clause",
      entityId: retired.clauseId,
      after: { key: retired.key, version: retired.version, reason: input.reason },
    });
    return { key: retired.key };
  },
);

export const reinstateClauseAction = defineAction(
  { schema: clauseRetirementSchema, permission: "clause.manage", after: refresh },
  async ({ input, tx, audit }) => {
    const reinstated = await setClauseRetired(tx, input, false);
    audit({
      action: "clause.reinstated",
      entityType: "Clause",
      entityId: reinstated.clauseId,
      after: { key: reinstated.key, version: reinstated.version, reason: input.reason },
    });
    return { key: reinstated.key };
  },
);
