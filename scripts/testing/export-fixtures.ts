import type { Viewer } from "../../lib/server/auth/load-viewer";
import type { Db } from "../../lib/server/db";
import { createPublishedTender, insertSealedBid, sampleBidContent } from "./bid-fixtures";
import { createEvaluatedTender, evaluationPeople } from "./evaluation-fixtures";
import { createRoleViewers, createTestViewer, type RoleViewers } from "./test-database";

export type ExportScene = {
  viewers: RoleViewers;
  chair: Viewer;
  evaluator: Viewer;
  /** Published, its deadline passed, with one bid received from `sealedBidder` and not opened. */
  sealedTenderId: string;
  /** Evaluated by `chair` and `evaluator`. */
  evaluatedTenderId: string;
};

/**
 * What the export tests read, in one organisation (its role viewers, plus an evaluation chair and
 * an evaluator): a tender whose bids are still sealed and a tender evaluated to the end.
 */
export async function createExportScene(db: Db, sealedBidder: string): Promise<ExportScene> {
  const viewers = await createRoleViewers(db);
  const organisationId = viewers.DRAFTER.organisation.id;
  const chair = await createTestViewer(db, organisationId, ["EVALUATOR"]);
  const evaluator = await createTestViewer(db, organisationId, ["EVALUATOR"]);
  const published = await createPublishedTender(db, organisationId);
  await insertSealedBid(db, published.id, {
    content: sampleBidContent({ bidder: { ...sampleBidContent().bidder, name: sealedBidder } }),
  });
  const { tender } = await createEvaluatedTender(db, evaluationPeople(viewers, chair, [evaluator]));
  return { viewers, chair, evaluator, sealedTenderId: published.id, evaluatedTenderId: tender.id };
}
