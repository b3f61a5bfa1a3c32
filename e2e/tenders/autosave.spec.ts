import type { Page } from "@playwright/test";
import { expect, expectAccessible, signInViaApi, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

/** Creates a tender of its own and opens its "Describe the tender" page. */
async function openNewTenderAbout(page: Page, title: string) {
  await page.goto("/tenders/new");
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("link", { name: "Describe the tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Describe the tender");
}

/** The background save's status line. */
const savedStatus = (page: Page) => page.getByRole("status").filter({ hasText: /^Saved at / });

test("a draft section saves itself once the drafter stops typing, without losing what is typed meanwhile", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(90_000);
  const title = `Autosave ${Date.now()}`;
  await signInAs(USERS.ministryDrafter);
  await openNewTenderAbout(page, title);
  await expectAccessible(page);

  // Not valid yet (no type of contract): nothing is sent, and the drafter is told so, politely.
  const summary = page.getByLabel("Summary");
  await summary.fill("A case management system.");
  await expect(
    page.getByRole("status").filter({ hasText: "Not saved yet: fix the errors when you are done" }),
  ).toBeVisible();
  await expect(summary).toBeFocused();

  // The first save is held back on the network while the drafter goes on typing.
  const saves: string[] = [];
  let held = false;
  await page.route(page.url(), async (route) => {
    if (route.request().method() !== "POST") return route.continue();
    saves.push(route.request().method());
    if (!held) {
      held = true;
      await new Promise((resolve) => setTimeout(resolve, 2_500));
    }
    await route.continue();
  });
  await page.getByLabel("Services").check();
  await expect(page.getByRole("status").filter({ hasText: "Saving…" })).toBeVisible();
  await summary.press("End");
  await summary.pressSequentially(" Released under EUPL-1.2.");
  await expect(savedStatus(page)).toBeVisible();
  // What was typed during the first save is saved by the next one.
  await expect.poll(() => saves.length, { timeout: 15_000 }).toBe(2);
  await expect(page.getByRole("status").filter({ hasText: "Saving…" })).toHaveCount(0);
  await expect(savedStatus(page)).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByLabel("Summary")).toHaveValue("A case management system. Released under EUPL-1.2.");
  await expect(page.getByLabel("Services")).toBeChecked();

  // After background saves, "Save and continue" still saves and returns to the task list.
  await page.unrouteAll();
  await page.getByLabel("Summary").fill("A case management system for 60,000 cases a year.");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("listitem").filter({ hasText: "Describe the tender" })).toContainText("Completed");
});

test("a tab saving in the background after another tab is told of the conflict, with Compare and Reload", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const context = await browser.newContext();
  const first = await context.newPage();
  await signInViaApi(first, USERS.ministryDrafter);
  await openNewTenderAbout(first, `Autosave conflict ${Date.now()}`);
  const tenderId = new URL(first.url()).pathname.split("/")[2];
  const second = await context.newPage();
  await second.goto(first.url());
  await expect(second.getByRole("heading", { level: 1 })).toHaveText("Describe the tender");

  await first.getByLabel("Summary").fill("Written in the first tab");
  await first.getByLabel("Services").check();
  await expect(savedStatus(first)).toBeVisible();

  await second.getByLabel("Summary").fill("Written in the second tab, on the old version");
  await second.getByLabel("Supplies").check();
  await expect(second.getByText("Someone else saved this tender in the meantime", { exact: true })).toBeVisible();
  await expect(
    second.getByRole("status").filter({ hasText: "Not saved: someone else saved this tender in the meantime" }),
  ).toBeVisible();
  await expect(second.getByLabel("Summary")).toHaveValue("Written in the second tab, on the old version");
  await expect(second.getByRole("link", { name: /Compare what changed/ })).toHaveAttribute(
    "href",
    `/tenders/${tenderId}/history/compare?from=0&to=latest`,
  );
  await expectAccessible(second);

  await second.getByRole("button", { name: "Load the latest version" }).click();
  await expect(second.getByLabel("Summary")).toHaveValue("Written in the first tab");
  await expect(second.getByLabel("Services")).toBeChecked();
  await context.close();
});
