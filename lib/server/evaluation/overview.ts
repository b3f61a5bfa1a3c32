import "server-only";
import type { Viewer } from "@/lib/server/auth/viewer";
import type { DbClient } from "@/lib/server/db";
import { loadEvaluationContext, type EvaluationContext, type PanelMember } from "./evaluation-context";

/**
 * The evaluation's overview: who is on the panel and where each of them stands (declaration,
 * submission, conflicts), never a score. Conflicts are shown to the chair and the procurement
 * lead, who must act on them, and to the member who declared them; other members see that a
 * colleague left a lot or the panel, not why.
 */
export type OverviewMember = Omit<PanelMember, "conflicts"> & { conflicts: PanelMember["conflicts"] | null };

export type EvaluationOverview = {
  context: EvaluationContext;
  members: OverviewMember[];
};

export async function readEvaluationOverview(
  db: DbClient,
  viewer: Viewer,
  tenderId: string,
): Promise<EvaluationOverview> {
  const context = await loadEvaluationContext(db, viewer, tenderId);
  const { me } = context;
  const seesConflicts = context.managesPanel || (me?.role === "CHAIR" && me.stage !== "REMOVED");
  const members = (context.panel?.members ?? []).map((member) => ({
    ...member,
    conflicts: seesConflicts || member.id === me?.id ? member.conflicts : null,
  }));
  return { context, members };
}
