import { afterAll, beforeAll } from "vitest";
import type { Viewer } from "../../lib/server/auth/load-viewer";
import type { Db } from "../../lib/server/db";
import { connectTestDatabase, createRoleViewers, type RoleViewers } from "./test-database";

/** What a test file's mocks of the session and the database answer (see actionTestSession). */
export type ActionStubs = { viewer: Viewer | null; db: Db | null };

/**
 * The test database and one organisation's role viewers (created before the file's tests), for
 * the integration tests of server actions, which run for real against PostgreSQL.
 *
 * The test file stands in for the session and the database first, at its top: vi.mock of
 * "@/lib/server/auth/viewer" (getViewer answering `stubs.viewer`), of "@/lib/server/db" (getDb
 * answering `stubs.db`) and, for actions that revalidate, of "next/cache". Vitest hoists those
 * mocks above the file's imports, so they must stay in the test file itself.
 */
export function actionTestSession(stubs: ActionStubs) {
  const db = connectTestDatabase();
  stubs.db = db;
  const viewers = {} as RoleViewers;
  beforeAll(async () => {
    Object.assign(viewers, await createRoleViewers(db));
  });
  afterAll(() => db.$disconnect());

  /** `action` as a function of who runs it (null: signed out) and its input. */
  const runAs =
    <Input, Result>(action: (input: Input) => Promise<Result>) =>
    (viewer: Viewer | null, input: Input) => {
      stubs.viewer = viewer;
      return action(input);
    };

  return { db, viewers, runAs };
}
