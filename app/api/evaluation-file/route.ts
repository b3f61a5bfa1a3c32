import { z } from "zod";
import { AppError } from "@/lib/errors";
import { idField } from "@/lib/schemas/fields";
import { evaluationFileOf } from "@/lib/schemas/evaluation-file";
import { getDb } from "@/lib/server/db";
import { mayReadEveryScore } from "@/lib/server/evaluation/result-access";
import { requireEvaluationResult } from "@/lib/server/evaluation/load-evaluation";
import { defineRoute } from "@/lib/server/route";

const querySchema = z.object({ tender: idField });

/**
 * `GET /api/evaluation-file?tender=…`: the tender's evaluation file (docs/evaluation-file.md) as
 * a download: the input the app ranked, which `tender-commons evaluate` recomputes offline. For
 * those who may read the award report (the procurement lead and the chair), once the evaluation
 * is complete: 409 before, 403 for anyone else in the organisation, 404 for another one's tender.
 */
export const GET = defineRoute({ query: querySchema, access: { permission: null } }, async ({ query, viewer }) => {
  const evaluation = await requireEvaluationResult(getDb(), viewer, query.tender);
  if (!mayReadEveryScore(evaluation.role)) throw new AppError("FORBIDDEN");
  const { tender } = evaluation;
  const file = evaluationFileOf(
    evaluation.input,
    { reference: tender.reference.slice(0, 30), title: tender.title.slice(0, 300), currency: tender.currency },
    new Date().toISOString(),
  );
  const name = `${tender.reference.replace(/[^A-Za-z0-9._-]/g, "_")}-evaluation.json`;
  return new Response(`${JSON.stringify(file, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${name}"`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
});
