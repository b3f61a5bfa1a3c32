import type { Page } from "@playwright/test";
import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import * as review from "./review-steps";

const task = (page: Page, name: string) => page.getByRole("listitem").filter({ hasText: name });
const answer = (page: Page, question: string, label: string) =>
  page.getByRole("group", { name: question }).getByRole("radio", { name: new RegExp(`^${label} `) });

/** A calendar date `days` after today, as the date inputs take it (YYYY-MM-DD, UTC). */
function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The same date, moved forward to a Monday–Friday. */
function weekday(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  while (date.getUTCDay() === 0 || date.getUTCDay() === 6) date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

test("a drafter writes a complete open tender, the OSPO asks for a change, the drafter fixes it, the OSPO approves", async ({
  page,
  browser,
  signInAs,
  visit,
}) => {
  // Two people and some thirty pages, each checked with axe.
  test.slow();
  test.setTimeout(240_000);
  const title = `Complete document management ${Date.now()}`;
  const commentBody = "A 48-month contract is long for software: make it 36 months.";

  // From an empty page.
  await signInAs(USERS.ministryDrafter);
  await visit("/tenders/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create a tender");
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(/You have completed 0 of \d+ sections\./)).toBeVisible();
  await expectAccessible(page);
  const taskListUrl = page.url();

  // About, with the keyboard only: Tab, type, Space and Enter.
  await page.getByRole("link", { name: "Describe the tender" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Describe the tender");
  await expectAccessible(page);
  await page.getByLabel("Title", { exact: true }).focus();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Summary")).toBeFocused();
  await page.keyboard.type("A document management system on open standards for the ministry's 3,000 staff.");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Services")).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.getByLabel("Services")).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Reference")).toBeFocused();
  await page.keyboard.type(`MIN-DMS-${Date.now() % 100000}`);
  await page.keyboard.press("Tab"); // the language of the documents: English already
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Save and continue" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(task(page, "Describe the tender")).toContainText("Completed");

  // Procedure: open.
  await page.getByRole("link", { name: "Choose the procedure" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose the procedure");
  await expectAccessible(page);
  await page.getByLabel("Open procedure").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(task(page, "Choose the procedure")).toContainText("Completed");

  // Scope and value: above the EU threshold.
  await page.getByRole("link", { name: "Set the scope and value" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set the scope and value");
  await page.getByRole("combobox", { name: "Main CPV code" }).fill("software package");
  await expect(page.getByRole("option").first()).toContainText("48000000");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.getByLabel(/Estimated value/).fill("1,800,000");
  await expect(page.getByText("The EU procurement rules apply")).toBeVisible();
  await page.getByLabel(/Duration of the contract/).fill("48");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(task(page, "Set the scope and value")).toContainText("Completed");

  // Lots: one contract, with the reasons.
  await page.getByRole("link", { name: "Divide into lots" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Divide into lots");
  await page.getByLabel("No, award it as one contract").check();
  await page
    .getByLabel("Main reasons for not dividing the contract into lots")
    .fill("One integrated system: interfaces between lots would cost more than they save.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(task(page, "Divide into lots")).toContainText("Completed");

  // Award criteria: the recommended set, with the prices its cost formula needs.
  await page.getByRole("link", { name: "Set the award criteria" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set the award criteria");
  await page.getByRole("button", { name: "Start from the recommended set" }).click();
  const cost = page.getByRole("group", { name: "Criterion 1", exact: true });
  await expect(cost.getByLabel("Against a reference price")).toBeChecked();
  await cost.getByLabel("Reference price B, excluding VAT").fill("1,800,000");
  await cost.getByLabel("Floor price Bfloor, excluding VAT").fill("900,000");
  await expect(page.getByText("Total: 100 %. The weights add up to 100 %.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toHaveCount(0);
  await expect(task(page, "Set the award criteria")).toContainText("Completed");

  // Requirements: one, linked to an award criterion.
  await page.getByRole("link", { name: "Write the requirements" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Write the requirements");
  await page.getByRole("button", { name: "Add a requirement" }).click();
  const requirement = page.getByRole("group", { name: "Requirement REQ-01" });
  await requirement.getByLabel("Requirement", { exact: true }).fill("Documents are stored in **ODF** by default.");
  await requirement.getByLabel("Must").check();
  await requirement.getByLabel("Award criterion").selectOption({ index: 1 });
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(task(page, "Write the requirements")).toContainText("Completed");

  // Sovereignty: four answers; the proposed minimums and the framework's weights are kept.
  await page.getByRole("link", { name: "Set the sovereignty profile" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set the sovereignty profile");
  await answer(
    page,
    "How sensitive is the data the service will hold or process?",
    "Personal or confidential data",
  ).check();
  await answer(page, "What happens if the service stops?", "Essential").check();
  await answer(page, "What would it mean if a non-EU authority reached the data or the service?", "Regulated").check();
  await answer(page, "How hard would it be to move to another supplier?", "Moderate").check();
  await expect(page.getByRole("status").filter({ hasText: "Total:" })).toHaveText("Total: 100 %");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(task(page, "Set the sovereignty profile")).toContainText("Completed");

  // Timeline: lawful for an open procedure above the threshold (30 days for tenders, Art. 27),
  // counted from today so the test never goes stale.
  const publication = weekday(daysFromToday(7));
  const deadline = weekday(daysFromToday(7 + 40));
  const clarification = weekday(daysFromToday(7 + 30));
  await page.getByRole("link", { name: "Plan the timeline" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan the timeline");
  await page.getByLabel("Notice sent for publication").fill(publication);
  await page.getByLabel("Last day for answers to questions").fill(clarification);
  await page.getByLabel("Deadline for tenders").fill(deadline);
  await page.getByLabel("Opening of tenders").fill(deadline);
  await expect(page.getByText("The dates meet the minimum time limits for this procedure.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(task(page, "Plan the timeline")).toContainText("Completed");

  // Clauses: the ones proposed for an open services tender, with their default values.
  await page.getByRole("link", { name: "Choose the clauses" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose the clauses");
  await page.getByRole("button", { name: "Add all proposed" }).click();
  await expect(page.getByText("Every clause proposed for this tender is chosen.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(task(page, "Choose the clauses")).toContainText("Completed");
  await expect(page.getByText("You have completed 9 of 9 sections.")).toBeVisible();
  await expectAccessible(page);

  // Check your answers, then submit for review.
  await page.getByRole("link", { name: "Check your answers before submitting" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  await expect(page.locator("main")).toContainText("48000000-8");
  await expect(page.locator("main")).toContainText("Documents are stored in");
  await expectAccessible(page);
  await page.goto(taskListUrl);
  await review.submitForReview(page);
  await expectAccessible(page);

  // The OSPO comments on the scope and requests a change.
  const { ospo, close: closeOspo } = await review.signInOspo(browser);
  await review.open(ospo, title);
  await expectAccessible(ospo);
  await review.commentOnSection(ospo, "Set the scope and value", commentBody);
  await review.requestChanges(ospo, "Please see the comment on the scope.");
  await expectAccessible(ospo);

  // The drafter shortens the contract, resolves the comment and resubmits.
  await page.goto(taskListUrl);
  await expect(page.getByText("The open source programme office asked for changes")).toBeVisible();
  await expect(task(page, "Set the scope and value")).toContainText("1 open comment from the review");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Set the scope and value" }).click();
  await expect(page.getByText(commentBody)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel(/Duration of the contract/).fill("36");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("link", { name: "Set the scope and value" }).click();
  await expect(page.getByLabel(/Duration of the contract/)).toHaveValue("36");
  await review.resolveComment(page);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await expect(task(page, "Set the scope and value")).not.toContainText("open comment");
  await expect(page.getByText("You have completed 9 of 9 sections.")).toBeVisible();
  await review.submitForReview(page);
  await expectAccessible(page);

  // The OSPO approves.
  await review.open(ospo, title);
  const reviewedScope = ospo.getByRole("region", { name: "Set the scope and value" });
  await expect(reviewedScope).toContainText("Resolved on");
  await expect(reviewedScope).toContainText("36");
  await expectAccessible(ospo);
  await review.approve(ospo);
  await closeOspo();

  await page.goto(taskListUrl);
  await expect(page.getByText("The open source programme office approved this tender", { exact: true })).toBeVisible();
  await expectAccessible(page);
});
