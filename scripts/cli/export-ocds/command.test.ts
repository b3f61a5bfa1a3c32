import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../main";
import { EXPORT_OCDS_SCRIPT } from "./command";

async function exportOcds(...args: string[]) {
  const io = { stdout: "", stderr: "", calls: [] as [string, string[], string[] | undefined][] };
  const cliIo: CliIo = {
    out: (text) => void (io.stdout += text),
    err: (text) => void (io.stderr += text),
    runScript: async (script, scriptArgs, nodeOptions) => {
      io.calls.push([script, scriptArgs, nodeOptions]);
      return 0;
    },
  };
  const status = await runCli(["export", "ocds", ...args], cliIo);
  return { status, ...io };
}

describe("tender-commons export ocds", () => {
  it("runs the export script with the server condition, the file resolved from where it was called", async () => {
    const { status, calls } = await exportOcds("--out", "releases.json", "--since", "2026-05-01");
    expect(status).toBe(0);
    expect(calls).toEqual([
      [
        EXPORT_OCDS_SCRIPT,
        ["--out", path.resolve("releases.json"), "--since", "2026-05-01"],
        ["--conditions=react-server"],
      ],
    ]);
  });

  it("writes to standard output without --out", async () => {
    const { calls } = await exportOcds();
    expect(calls[0]![1]).toEqual([]);
  });

  it("refuses a date it cannot read before starting any database: exit 2", async () => {
    const { status, stderr, calls } = await exportOcds("--since", "last week");
    expect([status, calls]).toEqual([2, []]);
    expect(stderr).toContain("--since must be a date (2026-05-01) or a date and time with its time zone");
  });

  it("refuses an empty file name and an unknown option: exit 2", async () => {
    expect((await exportOcds("--out", " ")).status).toBe(2);
    expect((await exportOcds("--page", "2")).status).toBe(2);
  });

  it("has its own help", async () => {
    const { status, stdout } = await exportOcds("--help");
    expect(status).toBe(0);
    expect(stdout).toContain("Usage: tender-commons export ocds [options]");
    expect(stdout).toContain("--since");
  });
});
