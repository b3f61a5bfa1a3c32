import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { OcdsReleasePackage } from "../../../lib/domain/ocds/ocds-model";
import { readOcdsExport } from "../../../lib/server/ocds/ocds-export";
import { fromRoot } from "../../project-root";
import { releasePackageProblems } from "../../testing/ocds-validator";
import { connectTestDatabase } from "../../testing/test-database";

const db = connectTestDatabase();
const folder = mkdtempSync(path.join(tmpdir(), "ocds-export-"));
afterAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  await db.$disconnect();
});

function exportOcds(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [fromRoot("scripts/tender-commons.mjs"), "export", "ocds", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...env },
  });
}

describe("tender-commons export ocds, on the test database", () => {
  it("writes the instance's releases to a file: what the server function reads, valid OCDS", async () => {
    const out = path.join(folder, "releases.json");
    const env = {
      OCDS_OCID_PREFIX: "ocds-cli123",
      OCDS_PUBLISHER_NAME: "Ministry",
      NEXTAUTH_URL: "https://t.example.eu",
    };
    const cli = exportOcds(["--out", out, "--since", "2000-01-01"], env);
    expect(cli.stderr).toMatch(/^Wrote \d+ releases of \d+ tenders to .*releases\.json\.\n$/);
    expect(cli.status).toBe(0);
    const written = JSON.parse(readFileSync(out, "utf8")) as OcdsReleasePackage;
    expect(releasePackageProblems(written)).toEqual([]);
    expect(written.uri).toBe("https://t.example.eu/api/ocds/releases?since=2000-01-01T00%3A00%3A00.000Z");
    expect(written.publisher).toEqual({ name: "Ministry", uri: "https://t.example.eu" });

    const settings = { ocidPrefix: "ocds-cli123", publisher: { name: "Ministry" }, license: written.license };
    const read = await readOcdsExport(db, {}, { settings, baseUrl: "https://t.example.eu" });
    expect(written.releases).toEqual(JSON.parse(JSON.stringify(read!.releasePackage.releases)));
  });

  it("says so when nothing changed since the date, and writes nothing", () => {
    const out = path.join(folder, "none.json");
    const cli = exportOcds(["--out", out, "--since", "2999-01-01"]);
    expect([cli.status, cli.stderr]).toEqual([
      0,
      "No published tender has changed since 2999-01-01T00:00:00.000Z: nothing written.\n",
    ]);
    expect(() => readFileSync(out)).toThrow();
  });

  it("refuses an ocid prefix that is not one", () => {
    const cli = exportOcds([], { OCDS_OCID_PREFIX: "my-prefix" });
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain("OCDS_OCID_PREFIX: must be ocds- and six lower-case letters or digits");
  });
});
