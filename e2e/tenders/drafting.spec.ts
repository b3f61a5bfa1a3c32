import { errorSummary, expect, expectAccessible, signInViaApi, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

test("a drafter creates a tender and completes its first sections through the task list", async ({
  page,
  signInAs,
  visit,
}) => {
  const title = `Collaboration suite ${Date.now()}`;
  await signInAs(USERS.ministryDrafter);
  await visit("/tenders");
  await page.getByRole("link", { name: "Create a tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create a tender");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(errorSummary(page)).toContainText("Enter a title for the tender");
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(/MIN-\d{4}-\d{4} · Draft/)).toBeVisible();
  await expect(page.getByText("You have completed 0 of 9 sections.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Describe the tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Describe the tender");
  await expectAccessible(page);
  await page.getByLabel("Summary").fill("A collaboration suite built on open standards for 4,000 staff.");
  await page.getByLabel("Reference").fill("not a reference!");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText("Choose whether the contract is for services, supplies or works");
  await expect(errorSummary(page)).toContainText("Use 3 to 30 capital letters, digits or hyphens");
  await expectAccessible(page);
  await page.getByLabel("Services").check();
  await page.getByLabel("Reference").fill(`MIN-COLLAB-${Date.now() % 100000}`);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("listitem").filter({ hasText: "Describe the tender" })).toContainText("Completed");

  // The procedure section, with the keyboard only.
  await page.getByRole("link", { name: "Choose the procedure" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose the procedure");
  await expectAccessible(page);
  await page.getByLabel("Negotiated procedure without prior publication").focus();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Legal ground")).toBeVisible();
  await page.getByRole("button", { name: "Save and continue" }).focus();
  await page.keyboard.press("Enter");
  await expect(errorSummary(page)).toContainText("Choose the legal ground that allows this procedure");
  await page.getByLabel("Legal ground").focus();
  await page.keyboard.type("Art. 32(2)(c)");
  await page.getByRole("button", { name: "Save and continue" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("You have completed 2 of 9 sections.")).toBeVisible();

  // Scope and value: the CPV combobox, and the EU threshold applied live.
  await page.getByRole("link", { name: "Set the scope and value" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set the scope and value");
  await page.getByRole("combobox", { name: "Main CPV code" }).fill("software package");
  await expect(page.getByRole("option").first()).toContainText("48000000");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.getByLabel(/Estimated value/).fill("1,800,000");
  await expect(page.getByText("The EU procurement rules apply")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/Duration of the contract/).fill("48");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Set the scope and value" })).toContainText("Completed");

  // Timeline: a deadline that is too short is flagged on the page and in the task list.
  await page.getByRole("link", { name: "Plan the timeline" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan the timeline");
  await page.getByLabel("Invitation to tender sent").fill("2026-03-02");
  await page.getByLabel("Last day for answers to questions").fill("2026-03-08");
  await page.getByLabel("Deadline for tenders").fill("2026-03-12");
  await page.getByLabel("Opening of tenders").fill("2026-03-12");
  await expect(page.getByText(/Answers to questions must be given at least 6 days/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Last day for answers to questions").fill("2026-03-05");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByText("You have completed 4 of 9 sections.")).toBeVisible();

  // Check your answers: every section on one page, each with a link to change it.
  await page.getByRole("link", { name: "Check your answers before submitting" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(page.locator("main")).toContainText("48000000-8");
  await expect(page.locator("main")).toContainText("A collaboration suite built on open standards for 4,000 staff.");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Change Choose the procedure" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose the procedure");

  await visit(`/tenders?q=${encodeURIComponent(title)}`);
  await expect(page.getByRole("status")).toHaveText("1 tender");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
});

test("a second tab saving an old version is told of the conflict and overwrites nothing", async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signInViaApi(first, USERS.ministryDrafter);
  await first.goto("/tenders/new");
  await first.getByLabel("Title of the tender").fill(`Conflict ${Date.now()}`);
  await first.getByRole("button", { name: "Create tender" }).click();
  await first.getByRole("link", { name: "Describe the tender" }).click();
  await expect(first.getByRole("heading", { level: 1 })).toHaveText("Describe the tender");
  const second = await context.newPage();
  await second.goto(first.url());

  await first.getByLabel("Summary").fill("Saved first");
  await first.getByLabel("Services").check();
  await first.getByRole("button", { name: "Save and continue" }).click();
  await expect(first.getByText("You have completed 1 of 9 sections.")).toBeVisible();

  await second.getByLabel("Summary").fill("Saved second, from an old page");
  await second.getByLabel("Supplies").check();
  await second.getByRole("button", { name: "Save and continue" }).click();
  await expect(second.getByText("Someone else saved this tender in the meantime")).toBeVisible();
  await expect(second.getByLabel("Summary")).toHaveValue("Saved second, from an old page");
  await second.getByRole("button", { name: "Load the latest version" }).click();
  await expect(second.getByLabel("Summary")).toHaveValue("Saved first");
  await context.close();
});
