import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

/** An exchange file as another instance would publish it: requirements only, one of them hostile. */
function exchangeFile(name: string, changes: { clauses?: unknown[]; level?: string } = {}) {
  return {
    format: "tender-commons/template",
    formatVersion: 1,
    template: {
      id: "cm-remote-template-1",
      slug: "hosted-office-suite",
      name,
      language: "en",
      publisher: { name: "Stadt Musterhausen", country: "DE" },
      version: 3,
      publishedAt: "2026-02-01T09:00:00.000Z",
      changelog: "Third version.",
      licence: "CC0-1.0",
      url: "https://commons.example.org/catalogue/hosted-office-suite",
    },
    content: {
      summary: "Hosted office suite for a city administration.",
      intendedUse: {
        category: "COLLABORATION",
        contractNature: "SERVICES",
        cpvPrefixes: ["48"],
        procedureTypes: [],
        valueRange: { minCents: null, maxCents: null },
      },
      clauses: changes.clauses ?? [],
      requirements: [
        {
          key: "REQ-01",
          text: "The service meets WCAG 2.1 level AA.",
          level: changes.level ?? "MUST",
          criterionKey: null,
        },
        {
          key: "REQ-02",
          text: '<script>window.__owned = true</script><img src=x onerror="window.__owned = true">\n\n**Bold** text',
          level: "SHOULD",
          criterionKey: null,
        },
      ],
      sovereignty: null,
      award: null,
      guidance: [],
      licence: "CC0-1.0",
    },
    clauses: [],
  };
}

const upload = (name: string, text: string) => ({ name, mimeType: "application/json", buffer: Buffer.from(text) });

test("an OSPO imports a template file: broken files are refused precisely, scripts stay text, and the import is kept with its origin, published and deprecated", async ({
  page,
  signInAs,
  visit,
}) => {
  test.slow(); // five files and four pages, each checked with axe
  const name = `Hosted office suite ${Date.now()}`;
  page.on("dialog", (dialog) => {
    throw new Error(`A script ran from template content: ${dialog.message()}`);
  });
  await signInAs(USERS.ministryOspo);
  await visit("/templates/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import a template");
  const file = page.getByLabel("Exchange file");

  await file.setInputFiles(upload("broken.json", '{\n  "format": "tender-commons/template",\n  oops\n}'));
  await page.getByRole("button", { name: "Import the template" }).click();
  const problems = page.getByRole("alert").filter({ hasText: "The file has 1 problem" });
  await expect(problems).toContainText("The file is not valid JSON: reading stopped at line 3");
  await expectAccessible(page);

  const wrong = exchangeFile(name, {
    level: "OUGHT",
    clauses: [{ key: "no-such-clause", version: 1, status: "MANDATORY", values: {} }],
  });
  await file.setInputFiles(upload("wrong.json", JSON.stringify(wrong)));
  await page.getByRole("button", { name: "Import the template" }).click();
  const table = page.getByRole("table", { name: "Problems found in the file" });
  await expect(table.getByRole("row").filter({ hasText: "content.requirements[0].level" })).toContainText(
    "This value is not allowed here. Allowed values: MUST, SHOULD, MAY.",
  );
  await expectAccessible(page);

  await file.setInputFiles(upload("good.json", JSON.stringify(exchangeFile(name))));
  await page.getByRole("button", { name: "Import the template" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("main")).toContainText("Stadt Musterhausen, version 3, under CC0-1.0");
  await expect(page.locator("main")).toContainText("Draft");
  await expectAccessible(page);

  // The hostile requirement is kept as written and shown as text; its preview runs nothing.
  await page.getByRole("link", { name: "Requirements", exact: true }).click();
  const hostile = page.getByRole("group", { name: "Requirement REQ-02" });
  await expect(hostile.getByLabel("Requirement", { exact: true })).toHaveValue(
    /^<script>window.__owned = true<\/script>/,
  );
  await hostile.getByRole("button", { name: "Preview Requirement REQ-02" }).click();
  await expect(page.getByRole("region", { name: "Preview: Requirement REQ-02" }).locator("strong")).toHaveText("Bold");
  expect(await page.evaluate(() => (window as unknown as { __owned?: boolean }).__owned)).toBeUndefined();
  await expect(page.locator("main script")).toHaveCount(0);
  await expectAccessible(page);

  // Importing the same name again is refused with a clear message, and nothing is created.
  await page.goto("/templates/import");
  await page.getByLabel("Exchange file").setInputFiles(upload("again.json", JSON.stringify(exchangeFile(name))));
  await page.getByRole("button", { name: "Import the template" }).click();
  await expect(page.getByRole("table", { name: "Problems found in the file" })).toContainText(
    `Your organisation already has a template named “${name}”.`,
  );
  await page.goto("/templates");
  await expect(page.getByRole("link", { name, exact: true })).toHaveCount(1);
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("imported");

  // Published as this organisation's version 1, then deprecated with a note.
  await page.getByRole("link", { name, exact: true }).click();
  await page.getByRole("link", { name: "Check and publish version 1" }).click();
  await page.getByLabel("What changed in this version").fill("Imported from Musterhausen, unchanged.");
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await page.getByRole("link", { name: "Deprecate this template" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deprecate the template");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Deprecate the template" }).click();
  await expect(errorSummary(page)).toContainText("Say why the template is deprecated");
  await page.getByLabel("Why the template is deprecated").fill("Superseded by the regional framework.");
  await page.getByRole("button", { name: "Deprecate the template" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("main")).toContainText("Superseded by the regional framework.");
  await expect(page.getByRole("link", { name: "Start version 2" })).toHaveCount(0);
  await expectAccessible(page);
});
