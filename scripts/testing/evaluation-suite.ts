import { afterAll, beforeAll } from "vitest";
import type { Viewer } from "../../lib/server/auth/load-viewer";
import type { Db } from "../../lib/server/db";
import type { ActionStubs } from "./action-session";
import { createEvaluationCast, type EvaluationCast } from "./panel-fixtures";
import { connectTestDatabase } from "./test-database";

/**
 * The cast of an evaluation test file, created once before its tests and filled in place (so the
 * file holds it from the start), and the database let go after them. Calls vitest's hooks: for
 * test files only, unlike the fixtures beside it.
 */
export function evaluationCastForFile(db: Db): EvaluationCast {
  const cast = {} as EvaluationCast;
  beforeAll(async () => {
    Object.assign(cast, await createEvaluationCast(db));
  });
  afterAll(() => db.$disconnect());
  return cast;
}

/**
 * The test database (what the file's getDb mock answers, see scripts/testing/action-session.ts),
 * the cast created before the file's tests, and `actions` run as someone.
 */
export function evaluationTestFile<Actions>(stubs: ActionStubs, actions: Actions) {
  const db = connectTestDatabase();
  stubs.db = db;
  return { db, cast: evaluationCastForFile(db), as: actingAs(stubs, actions) };
}

/** The actions, run as `viewer`: the test's stand-in session answers with that viewer. */
export function actingAs<Actions>(session: { viewer: Viewer | null }, actions: Actions) {
  return (viewer: Viewer) => {
    session.viewer = viewer;
    return actions;
  };
}

/** How a read failed, as "CODE messageKey" (the AppError it threw), or null when it did not. */
export const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string; messageKey?: string }) => `${error.code} ${error.messageKey ?? ""}`.trim(),
  );
