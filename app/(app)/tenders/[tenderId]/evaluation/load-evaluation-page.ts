import "server-only";
import { forbidden, notFound } from "next/navigation";
import { evaluationView, type EvaluationView } from "@/lib/domain/evaluation/evaluation-view";
import { AppError } from "@/lib/errors";
import { requireViewer, type Viewer } from "@/lib/server/auth/viewer";
import { getDb } from "@/lib/server/db";
import type { ResultContext } from "@/lib/server/evaluation/result-access";
import { loadEvaluation, type Evaluated } from "@/lib/server/evaluation/load-evaluation";
import type { Problem } from "@/lib/domain/tender/problem";

export type EvaluationPage =
  | { viewer: Viewer; ready: false; context: ResultContext; problems: Problem[] }
  | { viewer: Viewer; ready: true; context: ResultContext; evaluation: Evaluated; view: EvaluationView };

/**
 * An evaluation page's data: the evaluation as plain data once it is complete, what is still
 * missing before, the 404 page for a tender the viewer cannot reach, the 403 page for someone the
 * evaluation is not for.
 */
export async function loadEvaluationPage(tenderId: string): Promise<EvaluationPage> {
  const viewer = await requireViewer();
  try {
    const loaded = await loadEvaluation(getDb(), viewer, tenderId);
    if (!loaded.ready) return { viewer, ready: false, context: loaded.context, problems: loaded.problems };
    const { evaluation } = loaded;
    return { viewer, ready: true, context: evaluation, evaluation, view: evaluationView(evaluation.result) };
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    if (error instanceof AppError && error.code === "FORBIDDEN") forbidden();
    throw error;
  }
}

/** The lot a page shows: the one asked for, else the first (or the tender without lots). */
export function chosenLot<Lot extends { lotKey: string | null }>(lots: readonly Lot[], asked: string | undefined) {
  return lots.find((lot) => lot.lotKey === asked) ?? lots[0]!;
}
