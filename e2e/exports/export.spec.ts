import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

/** Clicks a download link and returns the file's name and text. */
async function download(page: Page, linkName: string): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: linkName }).click()]);
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, "utf8") };
}

test("a drafter exports the tender documents as Markdown and JSON from the export page", async ({ page, signInAs }) => {
  test.setTimeout(90_000);
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

  const markdown = await download(page, "Download the tender documents as Markdown");
  const slug = title.toLowerCase().replace(" ", "-");
  expect(markdown.name).toMatch(new RegExp(`^MIN-\\d{4}-\\d{4}-${slug}\\.md$`));
  expect(markdown.text.startsWith(`Ministry of Digital Affairs\n\n# ${title}\n\n*Tender documents*\n`)).toBe(true);
  expect(markdown.text).toContain("## 1 About the contract");

  const json = await download(page, "Download the tender documents as JSON");
  expect(json.name).toMatch(new RegExp(`^MIN-\\d{4}-\\d{4}-${slug}\\.json$`));
  expect(json.text.startsWith('{\n  "$schema": "http')).toBe(true);
  expect(JSON.parse(json.text)).toMatchObject({ format: "tender-commons/tender", tender: { title } });

  // The JSON Schema the file names is served at its address.
  const schema = await page.request.get("/schemas/tender-export.v1.json");
  expect(schema.status()).toBe(200);
  expect(((await schema.json()) as { title: string }).title).toBe("Tender Commons tender export");
});

test("the chair downloads the award report as Markdown from the report page", async ({ page, signInAs }) => {
  test.setTimeout(90_000);
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
});
