import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { createPublishedTemplate } from "../template-reuse/template-fixture";

/** Clicks a download link and returns the file's name and bytes. */
async function download(page: Page, linkName: string | RegExp): Promise<{ name: string; bytes: Buffer; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  const bytes = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), bytes, text: bytes.toString("utf8") };
}

/** The first bytes of each format: ZIP packages start with "PK", a PDF with "%PDF". */
const SIGNATURE: Record<string, string> = { odt: "PK", docx: "PK", ods: "PK", xlsx: "PK", pdf: "%PDF", zip: "PK" };

test("a drafter downloads the tender documents in every format from the export page", async ({ page, signInAs }) => {
  test.setTimeout(150_000);
  await signInAs(USERS.ministryDrafter);
  const title = `Export ${Date.now()}`;
  await page.goto("/tenders/new");
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.getByRole("link", { name: "Export the tender documents" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Export the tender documents");
  await expectAccessible(page);
  await expect(page.getByText("The documents are written in the tender's documents language, English")).toBeVisible();
  // Every format is listed with what it is for, ODT (the open standard) first.
  const formats = page.getByRole("list", { name: "Formats" }).getByRole("listitem");
  await expect(formats).toHaveCount(5);
  await expect(formats.first()).toContainText("ODT (OpenDocument text)");
  await expect(formats.first()).toContainText("ISO/IEC 26300");

  const slug = title.toLowerCase().replace(" ", "-");
  const markdown = await download(page, "Download the tender documents as Markdown");
  expect(markdown.name).toMatch(new RegExp(`^MIN-\\d{4}-\\d{4}-${slug}\\.md$`));
  expect(markdown.text.startsWith(`Ministry of Digital Affairs\n\n# ${title}\n\n*Tender documents*\n`)).toBe(true);
  expect(markdown.text).toContain("## 1 About the contract");

  const json = await download(page, "Download the tender documents as JSON");
  expect(json.name).toMatch(new RegExp(`^MIN-\\d{4}-\\d{4}-${slug}\\.json$`));
  expect(json.text.startsWith('{\n  "$schema": "http')).toBe(true);
  expect(JSON.parse(json.text)).toMatchObject({ format: "tender-commons/tender", tender: { title } });

  for (const [format, label] of [
    ["odt", "ODT"],
    ["docx", "DOCX"],
    ["pdf", "PDF"],
  ] as const) {
    const file = await download(page, `Download the tender documents as ${label}`);
    expect(file.name).toMatch(new RegExp(`^MIN-\\d{4}-\\d{4}-${slug}\\.${format}$`));
    expect(file.bytes.length, format).toBeGreaterThan(1000);
    expect(file.bytes.subarray(0, SIGNATURE[format]!.length).toString("latin1"), format).toBe(SIGNATURE[format]);
  }

  // The price schedule annex for bidders, in both spreadsheet formats.
  await expect(page.getByRole("heading", { name: "Price schedule for bidders" })).toBeVisible();
  for (const [format, label] of [
    ["ods", "ODS"],
    ["xlsx", "XLSX"],
  ] as const) {
    const file = await download(page, `Download the price schedule as ${label}`);
    expect(file.name).toMatch(new RegExp(`^MIN-\\d{4}-\\d{4}-${slug}-price-schedule\\.${format}$`));
    expect(file.bytes.length, format).toBeGreaterThan(1000);
    expect(file.bytes.subarray(0, 2).toString("latin1"), format).toBe("PK");
  }

  // The schema the JSON names is served at its address.
  const schema = await page.request.get("/schemas/tender-export.v1.json");
  expect(schema.status()).toBe(200);
  expect(((await schema.json()) as { title: string }).title).toBe("Tender Commons tender export");

  // Everything in one file: prepared in the background, followed on its progress page.
  await page.getByRole("button", { name: "Prepare a ZIP of all the documents" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All the tender documents in one ZIP file");
  await expect(page).toHaveURL(/\/exports\/[^/]+$/);
  const ready = page.getByRole("link", { name: /^Download MIN-\d{4}-\d{4}-.*-all-documents\.zip \(/ });
  await expect(ready).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("status")).toContainText("Your file is ready.");
  await expectAccessible(page);
  const zip = await download(page, /^Download MIN-\d{4}-\d{4}-.*-all-documents\.zip \(/);
  expect(zip.name).toMatch(new RegExp(`^MIN-\\d{4}-\\d{4}-${slug}-all-documents\\.zip$`));
  expect(zip.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  // Each file is in the ZIP under its own name (ZIP entry names are stored in plain text).
  for (const extension of ["odt", "docx", "pdf", "md", "json"]) expect(zip.text).toContain(`${slug}.${extension}`);
  expect(zip.text).toContain(`${slug}-price-schedule.xlsx`);

  // The file is found again on the page it was asked from.
  await page.getByRole("link", { name: "Back to exporting the tender documents" }).click();
  const recent = page.getByRole("list", { name: "Your recent files" }).getByRole("listitem");
  await expect(recent).toHaveCount(1);
  await expect(recent.first()).toContainText("ready to download");
  await expectAccessible(page);
});

test("the chair downloads the award report and the full evaluation file from the report page", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  await signInAs(USERS.ministryChair);
  // The chair reaches the tender through their evaluations (an evaluator has no tender list).
  await page.goto("/evaluations");
  await page.getByRole("link", { name: "Grants platform for the regional development fund" }).first().click();
  await expect(page).toHaveURL(/\/tenders\/[^/]+\/evaluation$/);
  const tenderId = new URL(page.url()).pathname.split("/")[2]!;
  await page.goto(`/tenders/${tenderId}/evaluation/report`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Award recommendation report");
  await expect(page.getByRole("heading", { name: "Download this report" })).toBeVisible();
  await expectAccessible(page);

  const report = await download(page, "Download the report as Markdown");
  expect(report.name).toMatch(/^MIN-\d{4}-\d{4}-grants-platform-for-the-regional-development-fund-award-report\.md$/);
  expect(report.text.startsWith("Ministry of Digital Affairs\n\n# Award recommendation report\n")).toBe(true);
  expect(report.text).toContain("Scores and justifications");

  await page.getByRole("button", { name: "Prepare the full evaluation file" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The full evaluation file");
  const ready = page.getByRole("link", { name: /-evaluation-file\.zip \(/ });
  await expect(ready).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page);
  const zip = await download(page, /-evaluation-file\.zip \(/);
  expect(zip.name).toMatch(/^MIN-\d{4}-\d{4}-grants-platform-for-the-regional-development-fund-evaluation-file\.zip$/);
  expect(zip.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(zip.text).toContain("grants-platform-for-the-regional-development-fund-evaluation.json");
});

test("the OSPO downloads all the organisation's published templates in one ZIP", async ({ page, signInAs }) => {
  test.setTimeout(90_000);
  const template = createPublishedTemplate(USERS.ministryOspo, `Exported template ${Date.now()}`);
  await signInAs(USERS.ministryOspo);
  await page.goto("/templates");
  await expect(page.getByRole("heading", { name: "All the published templates in one file" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Prepare a ZIP of all the published templates" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All the published templates in one ZIP file");
  await expect(page.getByRole("link", { name: /-templates\.zip \(/ })).toBeVisible({ timeout: 60_000 });
  await expectAccessible(page);
  const zip = await download(page, /-templates\.zip \(/);
  expect(zip.name).toBe("ministry-of-digital-affairs-templates.zip");
  expect(zip.bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  expect(zip.text).toContain(`${template.slug}-v1.json`);
});
