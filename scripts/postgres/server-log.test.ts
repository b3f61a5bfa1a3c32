import { describe, expect, it } from "vitest";
import { createServerLogFilter } from "./server-log";

function filter(log: string): string[] {
  const printed: string[] = [];
  createServerLogFilter((line) => printed.push(line))(`${log}\n`);
  return printed;
}

describe("createServerLogFilter", () => {
  it("drops routine messages and the SQL errors clients already receive", () => {
    const log = [
      "[postmaster] LOG:  database system is ready to accept connections",
      '[client backend] ERROR:  duplicate key value violates unique constraint "User_email_key"',
      "[client backend] CONTEXT:  PL/pgSQL function audit_event_is_append_only() line 3 at RAISE",
      "\tcontinued context",
      "[client backend] FATAL:  terminating connection due to administrator command",
    ].join("\n");

    expect(filter(log)).toEqual([]);
  });

  it("keeps server errors and failed connections, with their continuation lines", () => {
    const log = [
      "[checkpointer] ERROR:  could not write to file",
      "\tdetail line",
      '[client backend] FATAL:  password authentication failed for user "postgres"',
    ].join("\n");

    expect(filter(log)).toEqual([
      "[checkpointer] ERROR:  could not write to file",
      "\tdetail line",
      '[client backend] FATAL:  password authentication failed for user "postgres"',
    ]);
  });
});

describe("createServerLogFilter with split chunks", () => {
  it("classifies a line that arrives in two pieces once it is complete", () => {
    const printed: string[] = [];
    const filter = createServerLogFilter((line) => printed.push(line));

    filter("[checkpointer] ERR");
    filter("OR:  could not write\n[postmaster] LOG:  ok\n");

    expect(printed).toEqual(["[checkpointer] ERROR:  could not write"]);
  });
});
