import { afterAll, beforeAll, expect } from "vitest";
import { createTemplateAction } from "@/app/(app)/templates/actions";
import { publishTemplateAction } from "@/app/(app)/templates/[templateId]/lifecycle-actions";
import type { TemplateContent } from "@/lib/domain/templates/template-content";
import { sampleTemplateContent } from "@/lib/domain/templates/testing/sample-template";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import type { Db } from "@/lib/server/db";
import { type RoleViewers, connectTestDatabase, createRoleViewers } from "@/scripts/testing/test-database";
import { getTemplate } from "../template-dto";
import { publishTemplateInput, saveSampleDraft, uniqueName } from "./template-inputs";

/**
 * What the template actions' integration tests share: the test database, one organisation's
 * role viewers, and templates created and published through the real actions.
 *
 * The test file stands in for the session and the database first, at its top (vi.mock of
 * "@/lib/server/auth/viewer" answering `stubs.viewer`, of "@/lib/server/db" answering
 * `stubs.db`, and of "next/cache"): Vitest hoists those mocks above the file's imports, so the
 * actions this module imports run with them.
 */
export function templateActionsSession(stubs: { viewer: Viewer | null; db: Db | null }) {
  const db = connectTestDatabase();
  stubs.db = db;
  const viewers = {} as RoleViewers;
  beforeAll(async () => {
    Object.assign(viewers, await createRoleViewers(db));
  });
  afterAll(() => db.$disconnect());

  /** Runs the action as `viewer` (null: signed out). */
  const as = <Input, Result>(viewer: Viewer | null, action: (input: Input) => Promise<Result>, input: Input) => {
    stubs.viewer = viewer;
    return action(input);
  };

  /** A new template with an empty draft, created by `viewer` (by default the OSPO). */
  async function created(viewer: Viewer = viewers.OSPO, name = uniqueName()) {
    const result = await as(viewer, createTemplateAction, {
      name,
      language: "en",
      category: "COLLABORATION",
      licence: "CC-BY-4.0",
    });
    if (!result.ok) throw new Error(`create failed: ${JSON.stringify(result)}`);
    return getTemplate(db, viewer, result.data.templateId);
  }

  /** A template with `content` saved in its draft and published as version 1. */
  async function published(viewer: Viewer = viewers.OSPO, content: TemplateContent = sampleTemplateContent()) {
    const template = await created(viewer);
    const version = await saveSampleDraft(db, viewer, template.id, template.version, content);
    const result = await as(viewer, publishTemplateAction, publishTemplateInput(template.id, version));
    expect(result).toMatchObject({ ok: true, data: { number: 1 } });
    return getTemplate(db, viewer, template.id);
  }

  /** The template's audit trail, oldest first. */
  const eventsFor = (entityId: string) =>
    db.auditEvent.findMany({
      where: { entityType: "TenderTemplate", entityId },
      orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
    });

  return { db, viewers, as, created, published, eventsFor };
}
