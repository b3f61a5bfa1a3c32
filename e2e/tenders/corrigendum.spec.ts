import { addDays } from "../../lib/domain/tender/calendar-date";
import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

// The published demo tender (prisma/demo-published-tender.ts). Other specs only read it, and this
// one only extends its dates, so its timetable stays lawful for them.
const TITLE = "Development of a case management system released under EUPL-1.2";

test("a drafter changes the timeline of the published tender by a corrigendum, with a reason", async ({
  page,
  signInAs,
  visit,
}) => {
  test.setTimeout(90_000);
  const reason = `The data centre visit moved, so tenders are due one week later (${Date.now()}).`;
  await signInAs(USERS.ministryDrafter);
  await visit(`/tenders?q=${encodeURIComponent("case management")}`);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await expect(page.getByText(/MIN-\d{4}-\d{4} · Published/)).toBeVisible();
  await expect(page.getByText("This tender is published")).toBeVisible();
  await expect(page.getByText("It is frozen: a change is made as a corrigendum")).toBeVisible();
  await expectAccessible(page);
  const taskListUrl = page.url();

  // The corrigendum issued before, in words.
  await page.getByRole("link", { name: "See the corrigenda" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Corrigenda");
  const first = page.getByRole("region", { name: "Corrigendum 1" });
  await expect(first).toContainText("Plan the timeline");
  await expect(first).toContainText("Several candidates asked for the structure of the existing case files");
  await expect(first.getByRole("rowheader", { name: "Deadline for tenders" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Back to the task list" }).click();

  // The timeline in corrigendum mode: a reason is required, and a deadline cannot come earlier.
  await page.getByRole("link", { name: "Plan the timeline" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan the timeline");
  await expect(page.getByText("This tender is published: a change is issued as a corrigendum")).toBeVisible();
  await expectAccessible(page);
  const deadline = page.getByLabel("Deadline for tenders");
  const answers = page.getByLabel("Last day for answers to questions");
  const opening = page.getByLabel("Opening of tenders");
  const [deadlineWas, answersWas, openingWas] = await Promise.all([
    deadline.inputValue(),
    answers.inputValue(),
    opening.inputValue(),
  ]);

  await deadline.fill(addDays(deadlineWas, -1));
  // Nothing is saved in the background on a published tender.
  await page.waitForTimeout(4_000);
  await expect(page.getByText(/Saved at|Saving/)).toHaveCount(0);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText("Say why the published tender is changed");
  await page.getByLabel("Reason for the change").fill(reason);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText("A corrigendum can extend this deadline but not bring it forward");
  await expectAccessible(page);

  await answers.fill(addDays(answersWas, 7));
  await deadline.fill(addDays(deadlineWas, 7));
  await opening.fill(addDays(openingWas, 7));
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  expect(page.url()).toBe(taskListUrl);
  await expect(page.getByText(/corrigenda have been issued/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "See the corrigenda" }).click();
  const issued = page.getByRole("region").filter({ hasText: reason });
  await expect(issued.getByRole("heading", { level: 2 })).toHaveText(/Corrigendum \d+/);
  await expect(issued).toContainText("Plan the timeline");
  await expect(issued).toContainText("Amélie Drafter");
  for (const answer of ["Last day for answers to questions", "Deadline for tenders", "Opening of tenders"]) {
    await expect(issued.getByRole("rowheader", { name: answer })).toBeVisible();
  }
  await expect(issued.getByRole("rowheader", { name: "Notice sent for publication" })).toHaveCount(0);
  await expectAccessible(page);
});
