import { execFileSync } from "node:child_process";
import path from "node:path";

const ROOT = path.resolve(__dirname, "../..");

/** Runs scripts/testing/template-fixture-cli.ts with tsx (the environment carries DATABASE_URL). */
function fixture<T>(...args: string[]): T {
  const output = execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules/tsx/dist/cli.mjs"),
      path.join(ROOT, "scripts/testing/template-fixture-cli.ts"),
      ...args,
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  return JSON.parse(output.trim().split("\n").at(-1)!) as T;
}

/** A template with version 1 published by the organisation of `publisherEmail`. */
export function createPublishedTemplate(publisherEmail: string, name: string): { id: string; slug: string } {
  return fixture("create", publisherEmail, name);
}

/** Publishes the template's next version (scripts/testing/template-content-sample.ts: revisedTemplateContent). */
export function publishRevisedVersion(templateId: string, changelog: string): { number: number } {
  return fixture("publish-revised", templateId, changelog);
}
