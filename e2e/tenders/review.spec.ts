import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import * as review from "./review-steps";

test("a tender goes through the OSPO's review: changes requested, resolved in place, approved, published", async ({
  page,
  browser,
  signInAs,
  visit,
}) => {
  // Two people, about fifteen pages, each checked with axe.
  test.setTimeout(120_000);
  const title = `Open data portal ${Date.now()}`;
  const commentBody = "Name the open formats the portal must export, for example CSV and GeoJSON.";
  const reason = "Please deal with the comment on the description before approval.";

  // The drafter creates the tender and describes it.
  await signInAs(USERS.ministryDrafter);
  await visit("/tenders/new");
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("link", { name: "Describe the tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Describe the tender");
  // Accessibility in so many words: without it the lock-in linter blocks the submission (openness.spec.ts).
  await page.getByLabel("Summary").fill("A portal that publishes the ministry's open data. It must meet WCAG 2.1 AA.");
  await page.getByLabel("Services").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("heading", { name: "What you can do now" })).toBeVisible();
  await expectAccessible(page);
  const taskListUrl = page.url();

  // …and submits it for review (nothing requires every section to be complete first).
  await review.submitForReview(page);
  await expect(page.getByText(/MIN-\d{4}-\d{4} · In review/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  await expectAccessible(page);

  // The OSPO finds it in the review queue, comments on a section and requests changes.
  const { ospo, close: closeOspo } = await review.signInOspo(browser);
  await review.open(ospo, title);
  const about = ospo.getByRole("region", { name: "Describe the tender" });
  await expect(about).toContainText("A portal that publishes the ministry's open data.");
  await expect(ospo.getByRole("region", { name: "Choose the procedure" })).toContainText("Not provided");
  await expectAccessible(ospo);

  await about.getByRole("button", { name: "Add comment" }).click();
  await expect(errorSummary(ospo)).toContainText("Enter your comment");
  await review.commentOnSection(ospo, "Describe the tender", commentBody);
  await expect(about.getByRole("listitem").filter({ hasText: commentBody })).toBeVisible();

  await ospo.getByRole("button", { name: "Send decision" }).click();
  await expect(errorSummary(ospo)).toContainText("Choose whether to approve the tender or to request changes");
  await ospo.getByRole("radio", { name: /^Request changes/ }).check();
  await ospo.getByRole("button", { name: "Send decision" }).click();
  await expect(errorSummary(ospo)).toContainText("Say what must change before the tender can be approved");
  await expectAccessible(ospo);
  await review.requestChanges(ospo, reason);
  await expect(ospo.getByRole("link", { name: title })).toHaveCount(0);
  await expectAccessible(ospo);

  // The drafter is told why, sees the comment where it belongs, resolves it and resubmits.
  await page.goto(taskListUrl);
  await expect(page.getByText("The open source programme office asked for changes")).toBeVisible();
  await expect(page.getByText(reason)).toBeVisible();
  const aboutTask = page.getByRole("listitem").filter({ hasText: "Describe the tender" });
  await expect(aboutTask).toContainText("1 open comment from the review");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Describe the tender" }).click();
  await expect(page.getByRole("heading", { name: "Comments from the review" })).toBeVisible();
  await expect(page.getByText(commentBody)).toBeVisible();
  await expectAccessible(page);
  await review.resolveComment(page);
  await expect(page.getByText(commentBody)).toHaveCount(0);
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("listitem").filter({ hasText: "Describe the tender" })).not.toContainText("open comment");
  await review.submitForReview(page);

  // The OSPO approves it; the resolved comment stays on the review page, marked as such.
  await review.open(ospo, title);
  await expect(ospo.getByRole("region", { name: "Describe the tender" })).toContainText("Resolved on");
  await expectAccessible(ospo);
  await review.approve(ospo);
  await closeOspo();

  // The drafter publishes it; from then on it is frozen, changed only by corrigenda.
  await page.goto(taskListUrl);
  await expect(page.getByText("The open source programme office approved this tender", { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Publish tender" }).click();
  await expect(page.getByText("This tender is published")).toBeVisible();
  await expect(page.getByText(/MIN-\d{4}-\d{4} · Published/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Publish tender" })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Cancel the tender" })).toBeVisible();
  await expectAccessible(page);
  // Its sections now change only by corrigendum (e2e/tenders/corrigendum.spec.ts).
  await page.getByRole("link", { name: "Describe the tender" }).click();
  await expect(page.getByText("This tender is published: a change is issued as a corrigendum")).toBeVisible();
  await expect(page.getByLabel("Reason for the change")).toBeVisible();
  await expectAccessible(page);
});

test("cancelling a published tender needs a reason, which the task list then shows", async ({
  page,
  signInAs,
  visit,
}) => {
  await signInAs(USERS.ministryAdmin);
  await visit("/tenders/new");
  const title = `Cancelled tender ${Date.now()}`;
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  // Accessibility in so many words: without it the lock-in linter blocks the submission.
  await page.getByRole("link", { name: "Describe the tender" }).click();
  await page.getByLabel("Summary").fill("Online forms for residents. They must meet WCAG 2.1 AA.");
  await page.getByLabel("Services").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // An administrator may make every move: through the review to publication.
  await page.getByRole("button", { name: "Submit for review" }).click();
  await page.getByRole("link", { name: "Review this tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Review: ${title}`);
  await page.getByRole("radio", { name: /^Approve/ }).check();
  await page.getByRole("button", { name: "Send decision" }).click();
  await expect(page.getByText("Tender approved")).toBeVisible();
  await page.goto("/tenders?q=" + encodeURIComponent(title));
  await page.getByRole("link", { name: title }).click();
  await page.getByRole("button", { name: "Publish tender" }).click();
  await expect(page.getByText("This tender is published")).toBeVisible();

  await page.getByRole("button", { name: "Cancel tender" }).click();
  await expect(errorSummary(page)).toContainText("Say why you are cancelling the tender");
  await expectAccessible(page);
  // The summary links to the cancel form's own reason field (the page has several forms).
  await expect(errorSummary(page).getByRole("link")).toHaveAttribute("href", "#field-cancel-reason");
  await expect(page.locator("#field-cancel-reason")).toHaveAccessibleName("Reason for cancelling");
  await page.getByLabel("Reason for cancelling").fill("The budget was withdrawn by the council.");
  await page.getByRole("button", { name: "Cancel tender" }).click();
  await expect(page.getByText("This tender was cancelled")).toBeVisible();
  await expect(page.getByText("The budget was withdrawn by the council.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "What you can do now" })).toHaveCount(0);
  await expectAccessible(page);
});
