import { expect, expectAccessible, signInViaApi, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import type { Page } from "@playwright/test";

const FIRST = "First text: a collaboration suite for 4,000 staff.";
const SECOND = "Second text: a collaboration suite for 5,000 staff, with a migration plan.";

/** A new draft whose description was saved twice: versions 0 (created), 1 (FIRST), 2 (SECOND). */
async function draftSavedTwice(page: Page, title: string): Promise<string> {
  await page.goto("/tenders/new");
  await expectAccessible(page);
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const taskList = page.url();

  await page.getByRole("link", { name: "Describe the tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Describe the tender");
  await expectAccessible(page);
  await page.getByLabel("Summary").fill(FIRST);
  await page.getByLabel("Services").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.getByRole("link", { name: "Describe the tender" }).click();
  await expect(page.getByLabel("Summary")).toHaveValue(FIRST);
  await page.getByLabel("Summary").fill(SECOND);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expectAccessible(page);
  return taskList;
}

test("a drafter compares two saves of a section and brings back the first", async ({ page, signInAs }) => {
  test.setTimeout(90_000);
  await signInAs(USERS.ministryDrafter);
  await draftSavedTwice(page, `History ${Date.now()}`);

  // The history: newest first, the two newest chosen for the comparison.
  await page.getByRole("link", { name: "See the history of changes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History of changes");
  await expectAccessible(page);
  const rows = page.getByRole("table", { name: "Versions of the tender, newest first" }).getByRole("row");
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText("Version 2");
  await expect(rows.nth(1)).toContainText("Describe the tender");
  await expect(rows.nth(1)).toContainText("Amélie Drafter");
  await expect(rows.nth(3)).toContainText("Tender created");
  await expect(page.getByLabel("Compare from version 1")).toBeChecked();
  await expect(page.getByLabel("Compare to version 2")).toBeChecked();
  await page.getByRole("button", { name: "Compare the selected versions" }).click();

  // The comparison: only what changed, old and new side by side, labelled as changed.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare versions");
  const compared = new URL(page.url()).searchParams;
  expect([compared.get("from"), compared.get("to")]).toEqual(["1", "2"]);
  await expectAccessible(page);
  const about = page.getByRole("table", { name: /^Describe the tender: 1 change between version 1 and version 2/ });
  const summary = about.getByRole("row", { name: /Summary/ });
  await expect(summary.getByRole("cell").nth(0)).toHaveText(FIRST);
  await expect(summary.getByRole("cell").nth(1)).toHaveText(SECOND);
  await expect(summary.getByRole("cell").nth(2)).toHaveText("Changed");
  await expect(about.getByRole("row", { name: /Type of contract/ })).toHaveCount(0);
  await page.getByRole("link", { name: "Show the unchanged answers too" }).click();
  await expect(about.getByRole("row", { name: /Type of contract/ })).toContainText("Unchanged");
  await expectAccessible(page);

  // Restore the first save, after a confirmation that says what happens.
  await page.getByRole("link", { name: "Restore version 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Restore version 1?");
  await expect(page.getByText("Nothing is lost")).toBeVisible();
  await expect(page.getByRole("table", { name: /^Describe the tender/ })).toContainText(FIRST);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Restore version 1" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History of changes");
  await expect(page.getByRole("status").filter({ hasText: "restored" })).toContainText(
    "The content of version 1 has been restored.",
  );
  await expect(rows.nth(1)).toContainText("Version 3");
  await expect(rows.nth(1)).toContainText("Restored from version 1");
  await expectAccessible(page);

  // The old text is back in the form.
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await page.getByRole("link", { name: "Describe the tender" }).click();
  await expect(page.getByLabel("Summary")).toHaveValue(FIRST);
  await expectAccessible(page);
});

test("the OSPO reads what was saved since a version, but may not restore", async ({ page, browser, signInAs }) => {
  test.setTimeout(90_000);
  await signInAs(USERS.ministryDrafter);
  const taskList = await draftSavedTwice(page, `History read-only ${Date.now()}`);
  const tenderPath = new URL(taskList).pathname;

  const context = await browser.newContext();
  const ospo = await context.newPage();
  await signInViaApi(ospo, USERS.ministryOspo);
  // The address the edit-conflict notice links to: from the version a form was loaded at.
  await ospo.goto(`${tenderPath}/history/compare?from=0&to=latest`);
  await expect(ospo.getByRole("heading", { level: 1 })).toHaveText("Compare versions");
  await expect(ospo.getByText("What has been saved since version 0, up to the current version (2)")).toBeVisible();
  const between = ospo.getByRole("region", { name: "Saved in between" });
  await expect(between.getByRole("listitem")).toHaveCount(2);
  await expect(between.getByRole("listitem").first()).toContainText("Version 2: Describe the tender");
  await expect(ospo.getByRole("table", { name: /^Describe the tender/ })).toContainText(SECOND);
  await expect(ospo.getByRole("link", { name: /Restore version/ })).toHaveCount(0);
  await expectAccessible(ospo);

  await ospo.goto(`${tenderPath}/history/restore?version=1`);
  await expect(ospo.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
  await context.close();
});
