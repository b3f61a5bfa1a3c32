import "server-only";
import { chosenClauseProblems, chosenVersionKey } from "@/lib/domain/clauses/chosen-clauses";
import { originOf } from "@/lib/domain/templates/exchange/build-template-file";
import { parseTemplateFile, type TemplateFileProblem } from "@/lib/domain/templates/exchange/parse-template-file";
import type { Prisma } from "@/lib/generated/prisma/client";
import { messageRef } from "@/lib/i18n/message-ref";
import { AppError } from "@/lib/errors";
import { issuePath } from "@/lib/schemas/bids-file";
import type { TemplateFile } from "@/lib/schemas/template-exchange";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbTransaction } from "@/lib/server/db";
import { templateClauseDefinitions } from "./publish-template";
import { ensureTemplateNameFree, freeSlug } from "./template-name";
import { versionColumns } from "./version-columns";

export type ImportOutcome =
  | { ok: true; templateId: string; name: string; origin: ReturnType<typeof originOf> }
  | { ok: false; problems: TemplateFileProblem[] };

/**
 * Imports an exchange file as a new DRAFT of the viewer's organisation, keeping where it came
 * from (origin) for attribution. All or nothing: a file that does not read, clauses this
 * instance's library does not have (by key, then by version), default values its clauses refuse,
 * or a name the organisation already uses are answered with every problem at its path, and
 * nothing is created. Text is stored as written; it is rendered without raw HTML everywhere.
 */
export async function importTemplate(
  tx: DbTransaction,
  viewer: Viewer,
  text: string,
  now = new Date(),
): Promise<ImportOutcome> {
  const parsed = parseTemplateFile(text);
  if (!parsed.ok) return parsed;
  const file = parsed.file;
  const problems = await clauseProblems(tx, file);
  try {
    await ensureTemplateNameFree(tx, viewer.organisation.id, file.template.name, undefined, "template.name");
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    problems.push({
      path: "template.name",
      message: messageRef("templates.import.problems.nameTaken", { name: file.template.name }),
    });
  }
  if (problems.length > 0) return { ok: false, problems };

  const origin = originOf(file, now);
  const template = await tx.tenderTemplate.create({
    data: {
      organisationId: viewer.organisation.id,
      slug: await freeSlug(tx, file.template.name),
      name: file.template.name,
      language: file.template.language,
      origin: origin as unknown as Prisma.InputJsonValue,
      createdById: viewer.userId,
      versions: { create: { number: 1, ...versionColumns(file.template.name, file.content) } },
    },
    select: { id: true },
  });
  return { ok: true, templateId: template.id, name: file.template.name, origin };
}

/** Each clause of the file against this instance's library: unknown key, unknown version, invalid values. */
async function clauseProblems(tx: DbTransaction, file: TemplateFile): Promise<TemplateFileProblem[]> {
  const clauses = file.content.clauses;
  if (clauses.length === 0) return [];
  const definitions = await templateClauseDefinitions(tx, file.content);
  const library = await tx.clause.findMany({
    where: { key: { in: clauses.map((clause) => clause.key) } },
    select: { key: true, currentVersion: true },
  });
  const latest = new Map(library.map((clause) => [clause.key, clause.currentVersion]));
  const problems: TemplateFileProblem[] = [];
  clauses.forEach((clause, index) => {
    if (definitions.has(chosenVersionKey(clause.key, clause.version))) return;
    const path = issuePath(["content", "clauses", index, latest.has(clause.key) ? "version" : "key"]);
    problems.push({
      path,
      message: latest.has(clause.key)
        ? messageRef("templates.import.problems.clauseVersionUnknown", {
            key: clause.key,
            version: clause.version,
            latest: latest.get(clause.key)!,
          })
        : messageRef("templates.import.problems.clauseUnknown", { key: clause.key }),
    });
  });
  for (const problem of chosenClauseProblems(clauses, definitions)) {
    if (problem.severity !== "error" || problem.code === "clauses.versionMissing" || !problem.path) continue;
    const segments = problem.path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));
    problems.push({
      path: issuePath(["content", ...segments]),
      message: messageRef(`problems.${problem.code}`, problem.values),
    });
  }
  return problems;
}
