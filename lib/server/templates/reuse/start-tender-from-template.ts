import "server-only";
import { prefillFromTemplate } from "@/lib/domain/templates/reuse/prefill-tender";
import { AppError } from "@/lib/errors";
import { messageRef } from "@/lib/i18n/message-ref";
import type { Viewer } from "@/lib/server/auth/viewer";
import { isKnownCpv } from "@/lib/server/cpv/cpv-index";
import type { DbTransaction } from "@/lib/server/db";
import { createTender } from "@/lib/server/tenders/create-tender";
import { findReusableTemplate } from "./template-versions";

/**
 * Starts a draft tender in the viewer's organisation (any organisation: templates are commons)
 * from the template's latest published version, which the start page showed as `version`. If a
 * newer one was published in between, nothing is created and the drafter is told, so the tender
 * never comes from a version they did not see. A deprecated template is not started from: its
 * page points to the successor. The main CPV is kept only if it is in CPV 2008.
 */
export async function startTenderFromTemplate(
  tx: DbTransaction,
  viewer: Viewer,
  input: { slug: string; version: number; title: string },
) {
  const template = await findReusableTemplate(tx, input.slug);
  if (!template?.latest) throw new AppError("NOT_FOUND");
  if (template.status === "DEPRECATED") throw new AppError("INVALID_STATE", "templateReuse.errors.deprecated");
  if (template.latest.number !== input.version) {
    throw new AppError(
      "CONFLICT",
      messageRef("templateReuse.errors.newerVersionPublished", { version: template.latest.number }),
    );
  }
  const prefill = prefillFromTemplate(template.latest.content, template.language);
  const tender = await createTender(tx, viewer, { title: input.title }, new Date(), {
    contractNature: prefill.contractNature,
    procedureType: prefill.procedureType,
    mainCpv: prefill.mainCpv && isKnownCpv(prefill.mainCpv) ? prefill.mainCpv : null,
    documentsLanguage: prefill.documentsLanguage ?? undefined,
    requirements: prefill.requirements,
    clauses: prefill.clauses,
    sovereignty: prefill.sovereignty ?? undefined,
    award: prefill.award ?? undefined,
    templateVersionId: template.latest.id,
  });
  return { tender, template: { id: template.id, version: template.latest.number } };
}
