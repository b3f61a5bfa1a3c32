import "server-only";
import { newVersionDraft } from "@/lib/domain/templates/lifecycle";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { getPublishedContent } from "./template-dto";
import { lockTemplate } from "./template-lock";
import { versionColumns } from "./version-columns";

/**
 * Starts the next version as a draft copy of the last published one (its name, as the template
 * now has it, and its content). Only one draft at a time: the lifecycle refuses a second, and the
 * database's partial unique index would too.
 */
export async function startTemplateVersion(
  tx: DbTransaction,
  viewer: Viewer,
  input: { templateId: string; version: number },
) {
  const { template, version } = await lockTemplate(tx, viewer, input, "startNewVersion");
  const last = template.published[0]!;
  const content = (await getPublishedContent(tx, viewer, template.id, last.number))!;
  const draft = newVersionDraft(
    { name: template.name, summary: content.summary, content },
    template.lifecycle.publishedNumbers,
  );
  await tx.templateVersion.create({
    data: { templateId: template.id, number: draft.number, ...versionColumns(draft.name, draft.content) },
  });
  return { templateId: template.id, number: draft.number, fromNumber: last.number, version };
}
