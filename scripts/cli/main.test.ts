// SPDX-FileCopyrightText: 2026 Tender Commons contributors
// SPDX-License-Identifier: EUPL-1.2

import { describe, it, expect } from "vitest";
import { commands, DB_CLI_SCRIPT, EXIT_USAGE, runCli, type Command, type CliIo } from "./main";

function capture(runScript?: CliIo["runScript"]) {
  const io = { stdout: "", stderr: "", calls: [] as [string, string[]][] };
  const cliIo: CliIo = {
    out: (text) => {
      io.stdout += text;
    },
    err: (text) => {
      io.stderr += text;
    },
    runScript:
      runScript ??
      (async (script, args) => {
        io.calls.push([script, args]);
        return 0;
      }),
  };
  return { io, cliIo };
}

describe("tender-commons CLI", () => {
  it("prints usage with every command on --help and -h", async () => {
    for (const flag of ["--help", "-h"]) {
      const { io, cliIo } = capture();
      expect(await runCli([flag], cliIo)).toBe(0);
      expect(io.stdout).toMatch(/^Usage: tender-commons <command> \[options\]/);
      for (const command of commands) {
        expect(io.stdout).toContain(command.name);
        expect(io.stdout).toContain(command.summary);
      }
      expect(io.stdout).toContain("db migrate");
      expect(io.stdout).toContain("db seed");
      expect(io.stdout).toContain("db reset");
      expect(io.stderr).toBe("");
    }
  });

  it("prints the version from package.json", async () => {
    const { io, cliIo } = capture();
    expect(await runCli(["--version"], cliIo)).toBe(0);
    expect(io.stdout).toMatch(/^tender-commons \d+\.\d+\.\d+/);
  });

  it("rejects an unknown command with a message, the usage and exit code 2", async () => {
    const { io, cliIo } = capture();
    expect(await runCli(["frobnicate"], cliIo)).toBe(EXIT_USAGE);
    expect(EXIT_USAGE).toBe(2);
    expect(io.stderr).toContain("unknown command 'frobnicate'");
    expect(io.stderr).toContain("Usage: tender-commons");
    expect(io.stdout).toBe("");
    expect(io.calls).toEqual([]);
  });

  it("rejects an unknown subcommand and a missing one", async () => {
    const unknown = capture();
    expect(await runCli(["db", "frobnicate"], unknown.cliIo)).toBe(EXIT_USAGE);
    expect(unknown.io.stderr).toContain("unknown command 'db frobnicate'");

    const missing = capture();
    expect(await runCli(["db"], missing.cliIo)).toBe(EXIT_USAGE);
    expect(missing.io.stderr).toContain("'db' needs a subcommand");
    expect(missing.io.stderr).toContain("db migrate");
  });

  it("rejects no command and unknown global options with exit code 2", async () => {
    const none = capture();
    expect(await runCli([], none.cliIo)).toBe(EXIT_USAGE);
    expect(none.io.stderr).toContain("no command given");

    const bogus = capture();
    expect(await runCli(["--bogus"], bogus.cliIo)).toBe(EXIT_USAGE);
    expect(bogus.io.stderr).toContain("--bogus");
    expect(bogus.io.stderr).toContain("Usage: tender-commons");
  });

  it("delegates db commands to scripts/db/cli.ts and returns its exit code", async () => {
    const { io, cliIo } = capture();
    expect(await runCli(["db", "migrate"], cliIo)).toBe(0);
    expect(await runCli(["db", "reset", "--yes"], cliIo)).toBe(0);
    expect(io.calls).toEqual([
      [DB_CLI_SCRIPT, ["migrate"]],
      [DB_CLI_SCRIPT, ["reset", "--yes"]],
    ]);

    const failing = capture(async () => 3);
    expect(await runCli(["db", "seed"], failing.cliIo)).toBe(3);
  });

  it("shows a command's own help without running it", async () => {
    const { io, cliIo } = capture();
    expect(await runCli(["db", "seed", "--help"], cliIo)).toBe(0);
    expect(io.stdout).toContain("Usage: tender-commons db seed");
    expect(io.calls).toEqual([]);
  });

  it("parses a command's declared options and rejects others", async () => {
    const seen: unknown[] = [];
    const table: Command[] = [
      {
        name: "demo",
        summary: "A command added later",
        options: { name: { type: "string" } },
        run: async ({ values }) => {
          seen.push(values.name);
          return 0;
        },
      },
    ];
    const ok = capture();
    expect(await runCli(["demo", "--name", "x"], ok.cliIo, table)).toBe(0);
    expect(seen).toEqual(["x"]);

    const bad = capture();
    expect(await runCli(["demo", "--other"], bad.cliIo, table)).toBe(EXIT_USAGE);
    expect(bad.io.stderr).toContain("Usage: tender-commons demo");
  });
});
