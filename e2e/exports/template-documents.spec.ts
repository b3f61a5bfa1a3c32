import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { createPublishedTemplate } from "../template-reuse/template-fixture";

/** Clicks a download link and returns the file's name and bytes. */
async function download(page: Page, linkName: string): Promise<{ name: string; bytes: Buffer; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}

/** The first bytes of each format: ODT and DOCX are ZIP packages ("PK"), a PDF starts with "%PDF". */
const BINARY: [format: string, label: string, signature: string][] = [
  ["odt", "ODT", "PK"],
  ["docx", "DOCX", "PK"],
  ["pdf", "PDF", "%PDF"],
];

test("the OSPO downloads a template as a document in every format from the builder, the draft too", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const name = `Documented template ${Date.now()}`;
  const template = createPublishedTemplate(USERS.ministryOspo, name);
  await signInAs(USERS.ministryOspo);
  await page.goto(`/templates/${template.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("heading", { name: "Download this template" })).toBeVisible();
  await expect(page.getByText("The files are written in the template's language, English.")).toBeVisible();
  await expectAccessible(page);
  // One published version, no draft: one list, every format with what it is for, ODT first.
  const formats = page.getByRole("list", { name: "Download this template" }).getByRole("listitem");
  await expect(formats).toHaveCount(5);
  await expect(formats.first()).toContainText("ODT (OpenDocument text)");
  await expect(formats.last()).toContainText("The exchange file");

  const markdown = await download(page, "Download version 1 as Markdown");
  expect(markdown.name).toBe(`${template.slug}-v1.md`);
  expect(markdown.text.startsWith(`\\[Contracting authority\\]\n\n# ${name}\n\n*Template for tender documents*\n`)).toBe(true); // prettier-ignore
  expect(markdown.text).toContain("## 1 About the contract");
  // The fixture's guidance notes (scripts/testing/template-content-sample.ts), as guidance blocks.
  expect(markdown.text).toContain("> **Guidance for drafters (In general)**\\\n> Start with the **requirements**");
  expect(markdown.text).toContain("> **Guidance for drafters (Requirements)**");
  expect(markdown.text).toMatch(/\n## \d+ About this template\n/);

  const json = await download(page, "Download version 1 as JSON");
  expect(json.name).toBe(`${template.slug}-v1.json`);
  expect(JSON.parse(json.text)).toMatchObject({ format: "tender-commons/template", template: { slug: template.slug, version: 1 } }); // prettier-ignore

  for (const [format, label, signature] of BINARY) {
    const file = await download(page, `Download version 1 as ${label}`);
    expect(file.name).toBe(`${template.slug}-v1.${format}`);
    expect(file.bytes.length, format).toBeGreaterThan(1000);
    expect(file.bytes.subarray(0, signature.length).toString("latin1"), format).toBe(signature);
  }

  // A new version in draft: the draft's files, without JSON, next to the latest published version's.
  await page.getByRole("link", { name: "Start version 2" }).click();
  await page.getByRole("button", { name: "Start version 2" }).click();
  await expect(page.getByRole("heading", { name: "Draft of version 2", exact: true })).toBeVisible();
  await expect(page.getByRole("list", { name: "Unpublished draft (version 2)" }).getByRole("listitem")).toHaveCount(4); // prettier-ignore
  await expect(page.getByRole("list", { name: "Version 1, the latest published" }).getByRole("listitem")).toHaveCount(5); // prettier-ignore
  await expectAccessible(page);
  const draft = await download(page, "Download the draft of version 2 as Markdown");
  expect(draft.name).toBe(`${template.slug}-v2-draft.md`);
  expect(draft.text).toContain("Draft of version 2, not published.");
  for (const [format, label, signature] of BINARY) {
    const file = await download(page, `Download the draft of version 2 as ${label}`);
    expect(file.name).toBe(`${template.slug}-v2-draft.${format}`);
    expect(file.bytes.subarray(0, signature.length).toString("latin1"), format).toBe(signature);
  }
});

test("a visitor downloads a published template's ODT from the catalogue without signing in", async ({ page }) => {
  test.setTimeout(90_000);
  const name = `Catalogue document ${Date.now()}`;
  const template = createPublishedTemplate(USERS.ministryOspo, name);
  await page.goto(`/catalogue/${template.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.getByRole("heading", { name: "Download this template" })).toBeVisible();
  await expectAccessible(page);
  const odt = await download(page, "Download version 1 as ODT");
  expect(odt.name).toBe(`${template.slug}-v1.odt`);
  expect(odt.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  // The OpenDocument package names its type in plain text right after its first entry's name.
  expect(odt.text).toContain("mimetypeapplication/vnd.oasis.opendocument.text");
  // Only published versions are public: there is no version 2, and no draft to see anyway.
  const missing = await page.request.get(`/api/exports/template/${template.slug}?version=2&format=md`);
  expect(missing.status()).toBe(404);
});
