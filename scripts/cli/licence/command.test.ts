import { describe, expect, it } from "vitest";
import { runCli, type CliIo } from "../main";

async function licence(...args: string[]) {
  const io = { stdout: "", stderr: "" };
  const cliIo: CliIo = { out: (text) => void (io.stdout += text), err: (text) => void (io.stderr += text) };
  const status = await runCli(["licence", ...args], cliIo);
  return { status, ...io };
}

describe("tender-commons licence", () => {
  it("prints the class, the reasons and the suggestion for a person; exit 0 when open", async () => {
    const { status, stdout, stderr } = await licence("GPL-2.0+ OR BUSL-1.1");
    expect(status).toBe(0);
    expect(stderr).toBe("");
    expect(stdout.split("\n")).toEqual([
      "Licence expression: GPL-2.0+ OR BUSL-1.1",
      "Licence class: Open source. Approved by the Open Source Initiative.",
      "Why:",
      "  - “GPL-2.0+” is a deprecated SPDX id: it is classified as its replacement, “GPL-2.0-or-later”.",
      "  - “GPL-2.0-or-later” is approved by the Open Source Initiative.",
      "  - “BUSL-1.1” (Business Source License) allows use in production only where an additional grant says so, until it becomes open years later: it is not open source.", // prettier-ignore
      "  - A choice (OR): one open choice is enough. The most open choice is “GPL-2.0+”.",
      "Suggested correction (not applied): GPL-2.0-or-later OR BUSL-1.1",
      "  It would be classified as: Open source",
      "(SPDX License List 3.28.0)",
      "",
    ]);
  });

  it("exits 0 for free licences that are not OSI-approved, 1 for not open", async () => {
    expect((await licence("CC0-1.0")).status).toBe(0);
    const closed = await licence("Apache-2.0 AND SSPL-1.0");
    expect(closed.status).toBe(1);
    expect(closed.stdout).toContain("Licence class: Not open.");
  });

  it("points at the error in invalid text with a caret and its position; exit 1 (unknown)", async () => {
    const { status, stdout } = await licence("MIT AND");
    expect(status).toBe(1);
    // "Licence expression: " is 20 characters; the error is at offset 7, so the caret is in column 28.
    expect(stdout.split("\n").slice(0, 5)).toEqual([
      "Licence expression: MIT AND",
      `${" ".repeat(27)}^`,
      "Licence class: Unknown. Cannot be told from the SPDX License List: a person must check it.",
      "Why:",
      "  - The expression ends after “AND”: a licence is missing at position 8.",
    ]);
  });

  it("prints the documented JSON shape with --json", async () => {
    const { status, stdout } = await licence("Apache 2.0", "--json");
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      expression: "Apache 2.0",
      class: "UNKNOWN",
      classLabel: "Unknown",
      valid: false,
      normalised: null,
      syntaxError: {
        code: "licences.syntax.expectedOperator",
        message: "After “Apache”, AND, OR, WITH or the end was expected at position 8, but “2.0” was found.",
        position: 8,
        start: 7,
        end: 10,
      },
      reasons: [
        {
          code: "licences.syntax.expectedOperator",
          message: "After “Apache”, AND, OR, WITH or the end was expected at position 8, but “2.0” was found.",
          values: { position: 8, found: "2.0", after: "Apache" },
          start: 7,
          end: 10,
        },
      ],
      suggestion: { expression: "Apache-2.0", class: "OPEN" },
      restrictedFamilies: [],
      useRestriction: "UNKNOWN",
      licences: [],
      spdxLicenseListVersion: "3.28.0",
    });
  });

  it("reports restricted families, use restriction and the licences named in JSON", async () => {
    const report = JSON.parse((await licence("MIT AND LicenseRef-Llama-3-Community", "--json")).stdout);
    expect(report).toMatchObject({
      class: "NOT_OPEN",
      valid: true,
      normalised: "MIT AND LicenseRef-Llama-3-Community",
      restrictedFamilies: ["LLAMA"],
      useRestriction: "RESTRICTED",
      licences: ["MIT"],
      suggestion: null,
    });
  });

  it("refuses bad usage with exit 2 and a precise message", async () => {
    expect(await licence()).toEqual({
      status: 2,
      stdout: "",
      stderr:
        'tender-commons licence: no expression given.\nUsage: tender-commons licence "<SPDX expression>" [--json]\n',
    });
    expect(await licence("MIT", "OR", "Apache-2.0")).toEqual({
      status: 2,
      stdout: "",
      stderr:
        'tender-commons licence: give the expression as one argument, in quotes: tender-commons licence "MIT OR Apache-2.0"\n',
    });
    const empty = await licence("  ");
    expect(empty.status).toBe(2);
    expect(empty.stderr).toMatch(/^tender-commons licence: The licence expression is empty/);
    const huge = await licence("M".repeat(5000));
    expect(huge.status).toBe(2);
    expect(huge.stderr).toMatch(/^tender-commons licence: The licence expression is 5000 characters long; at most 4000 are read\./); // prettier-ignore
    expect((await licence("MIT", "--yaml")).status).toBe(2);
  });
});
