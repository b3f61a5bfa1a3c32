import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fromRoot } from "../../project-root";
import { runCli, type CliIo } from "../main";

let folder: string;
beforeAll(() => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), "lint-cli-"));
});
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const target = path.join(folder, name);
  fs.writeFileSync(target, content);
  return target;
}

async function lint(...args: string[]) {
  const io = { stdout: "", stderr: "" };
  const cliIo: CliIo = { out: (text) => void (io.stdout += text), err: (text) => void (io.stderr += text) };
  const status = await runCli(["lint", ...args], cliIo);
  return { status, ...io };
}

const SPEC = "# Spec\n\nThe solution must run on Microsoft SQL Server.\n\n- Reports are delivered as .docx files.\n";

describe("tender-commons lint on a text file", () => {
  it("prints one finding per line with line:column, rule, message, legal basis and fix; exit 1 on an error", async () => {
    const spec = file("spec.md", SPEC);
    const { status, stdout, stderr } = await lint(spec);
    expect(status).toBe(1);
    expect(stderr).toBe("");
    expect(stdout.split("\n")).toEqual([
      `${spec}:3:26: error LOCKIN-001: “Microsoft SQL Server” names a specific product or vendor. Describe the function you need, or add “or equivalent” in the same sentence, so that any supplier can offer an equivalent solution. [Directive 2014/24/EU Art. 42(4)] Fix: Add “or equivalent” at 3:46.`,
      `${spec}:5:28: warning LOCKIN-002: “.docx” is a file format controlled by one vendor. Also accept an open format such as .odt in the same sentence, so that any software can read and write the files. [Directive 2014/24/EU Art. 42(2) and 42(4); European Interoperability Framework] Fix: Add “or .odt” at 5:33.`,
      "2 findings. Openness readiness: Blocked: errors must be fixed before review (1 error, 1 warning).",
      "",
    ]);
  });

  it("exits 0 when there are only warnings or nothing", async () => {
    expect((await lint(file("warn.txt", "Reports are delivered as .docx files.\n"))).status).toBe(0);
    const clean = await lint(file("clean.md", "Documents are exchanged in ODF and PDF/A.\n"));
    expect(clean).toEqual({
      status: 0,
      stdout: "No findings. Openness readiness: Ready: no lock-in found (No errors, no warnings).\n",
      stderr: "",
    });
  });

  it("prints JSON with --json, with positions, English messages and the readiness", async () => {
    const { status, stdout } = await lint(file("spec2.md", SPEC), "--json");
    expect(status).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.kind).toBe("text");
    expect(report.readiness).toEqual({ level: "blocked", errors: 1, warnings: 1, infos: 0, dismissed: 0 });
    expect(report.findings[0]).toMatchObject({
      ruleId: "LOCKIN-001",
      severity: "error",
      location: { section: "specification", field: "text", start: 33, end: 53 },
      line: 3,
      column: 26,
      endLine: 3,
      endColumn: 46,
      fix: { field: "text", start: 53, end: 53, replacement: " or equivalent" },
      fixLine: 3,
      fixColumn: 46,
    });
    expect(report.findings[0].message).toMatch(/^“Microsoft SQL Server” names a specific product/);
  });

  it("writes fixes in the language asked for", async () => {
    const { stdout } = await lint(file("fr.md", "Use SharePoint.\n"), "--json", "--language", "fr");
    expect(JSON.parse(stdout).findings[0].fix.replacement).toBe(" ou équivalent");
  });
});

describe("tender-commons lint on a tender exported as JSON", () => {
  it("lints every field and the structured rules, naming each field", async () => {
    const tender = file(
      "tender.json",
      JSON.stringify({
        title: "Renewal",
        requirements: [{ text: "Staff must be\nSAP certified." }],
        award: { criteria: [{ key: "price", kind: "COST", weight: 100, costFormula: "F5" }] },
      }),
    );
    const { status, stdout } = await lint(tender);
    expect(status).toBe(1);
    const lines = stdout.split("\n");
    expect(lines[0]).toBe(
      `${tender}:criteria: warning LOCKIN-006: The award is on price or cost alone. For complex software, quality, openness and the cost of leaving decide whether the contract works: add quality and openness criteria. [Directive 2014/24/EU Art. 67]`,
    );
    expect(lines[3]).toMatch(/: error LOCKIN-003: “SAP certified” requires/);
    expect(lines.map((line) => line.replace(`${tender}:`, "").replace(/: .*/, ""))).toEqual([
      "criteria",
      "criteria.0.weight",
      "criteria",
      "requirements.0.text:2:1",
      "4 findings. Openness readiness",
      "",
    ]);
  });

  it("explains a broken or wrongly shaped tender with exit 2", async () => {
    const broken = await lint(file("broken.json", '{ "title": '));
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/broken\.json is not valid JSON/);
    const wrong = await lint(file("wrong.json", JSON.stringify({ requirements: [{ text: 3 }] })));
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("at requirements[0].text: Invalid input: expected string, received number");
  });
});

describe("tender-commons lint refuses bad usage and unreadable input with exit 2", () => {
  it("without a file, with two files, or with an unknown language", async () => {
    expect(await lint()).toMatchObject({ status: 2, stderr: expect.stringContaining("no file given") });
    expect(await lint("a.md", "b.md")).toMatchObject({ status: 2, stderr: expect.stringContaining("give one file") });
    const language = await lint(file("x.md", "x"), "--language", "nl");
    expect(language).toMatchObject({ status: 2, stderr: expect.stringContaining("--language must be one of en, fr, de") }); // prettier-ignore
  });

  it("on a missing, binary or huge file", async () => {
    expect((await lint(path.join(folder, "missing.md"))).stderr).toMatch(/missing\.md: no such file\./);
    const binary = await lint(file("scan.pdf", Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01])));
    expect(binary).toMatchObject({ status: 2, stdout: "" });
    expect(binary.stderr).toContain("scan.pdf looks like a binary file (a NUL byte at byte 4)");
    const huge = await lint(file("huge.md", Buffer.alloc(5 * 1024 * 1024 + 1, 0x61)));
    expect(huge).toMatchObject({ status: 2, stderr: expect.stringContaining("the linter reads files of up to 5 MB") });
  });
});

describe("the installed command", () => {
  // One real process per case: the bin entry, tsx's loaders and the exit status, end to end.
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [fromRoot("scripts/tender-commons.mjs"), "lint", ...args], { encoding: "utf8" });

  it("exits 1 with the findings on stdout for a specification with an error", () => {
    const result = run(file("bin-spec.md", SPEC));
    expect(result.status).toBe(1);
    expect(result.stdout).toContain("error LOCKIN-001");
  }, 60_000);

  it("exits 2 with a message on stderr for a binary file", () => {
    const result = run(file("bin.docx", Uint8Array.from([0x50, 0x4b, 0x00])));
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("looks like a binary file");
  }, 60_000);
});
