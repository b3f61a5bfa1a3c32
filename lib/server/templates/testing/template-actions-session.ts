import { expect } from "vitest";
import { createTemplateAction } from "@/app/(app)/templates/actions";
import { publishTemplateAction } from "@/app/(app)/templates/[templateId]/lifecycle-actions";
import type { TemplateContent } from "@/lib/domain/templates/template-content";
import { sampleTemplateContent } from "@/lib/domain/templates/testing/sample-template";
import type { Viewer } from "@/lib/server/auth/load-viewer";
import { actionTestSession, type ActionStubs } from "@/scripts/testing/action-session";
import { getTemplate } from "../template-dto";
import { publishTemplateInput, saveSampleDraft, uniqueName } from "./template-inputs";

/**
 * What the template actions' integration tests share: the action test session (the test
 * database and one organisation's role viewers, scripts/testing/action-session.ts), and
 * templates created and published through the real actions. The test file mocks the session,
 * the database and next/cache at its top, as that session asks: Vitest hoists those mocks above
 * the file's imports, so the actions this module imports run with them.
 */
export function templateActionsSession(stubs: ActionStubs) {
  const { db, viewers, runAs } = actionTestSession(stubs);

  /** Runs the action as `viewer` (null: signed out). */
  const as = <Input, Result>(viewer: Viewer | null, action: (input: Input) => Promise<Result>, input: Input) =>
    runAs(action)(viewer, input);

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
