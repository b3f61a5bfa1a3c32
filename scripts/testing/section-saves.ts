import { expect } from "vitest";
import type { Role } from "../../lib/domain/roles";
import type { Viewer } from "../../lib/server/auth/load-viewer";
import type { Db } from "../../lib/server/db";

/** What the tests of saving a draft tender's sections check alike. */

/**
 * Who may save a section of a draft tender, by hand from the product rules: its organisation's
 * drafters and administrators; the OSPO and evaluators are refused; a drafter of another
 * organisation does not find the tender.
 */
export const SECTION_SAVERS: [Role | "OTHER_DRAFTER", "ok" | "FORBIDDEN" | "NOT_FOUND"][] = [
  ["DRAFTER", "ok"],
  ["ADMIN", "ok"],
  ["OSPO", "FORBIDDEN"],
  ["EVALUATOR", "FORBIDDEN"],
  ["OTHER_DRAFTER", "NOT_FOUND"],
];

/**
 * The tender's audit trail holds one event: `viewer` saved a section, in their organisation, with
 * `change` (the section's summary before and after).
 */
export async function expectOneSectionSaved(
  db: Db,
  tenderId: string,
  viewer: Viewer,
  change: { before: object; after: object },
): Promise<void> {
  const events = await db.auditEvent.findMany({ where: { entityType: "Tender", entityId: tenderId } });
  expect(events).toHaveLength(1);
  expect(events[0]).toMatchObject({
    action: "tender.section_saved",
    actorId: viewer.userId,
    organisationId: viewer.organisation.id,
    ...change,
  });
}
