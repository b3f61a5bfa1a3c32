import { expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

const LICENCE = "Licence of the deliverables";

test("a drafter removes a mandatory clause only with a written justification, which the check page shows", async ({
  page,
  signInAs,
  visit,
}) => {
  // Accessibility checks of the long clauses page: slow on a loaded two-core machine.
  test.setTimeout(120_000);
  const title = `Mandatory removal ${Date.now()}`;
  const justification = "The licence of the deliverables is set by the framework agreement this call-off uses.";
  await signInAs(USERS.ministryDrafter);
  await visit("/tenders/new");
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const taskList = page.url();

  // The proposed clauses, mandatory ones included, are chosen and saved.
  await page.getByRole("link", { name: "Choose the clauses" }).click();
  await page.getByRole("button", { name: "Add all proposed" }).click();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("link", { name: "Choose the clauses" }).click();
  const chosenHeadings = page.locator("form ol > li > h3");
  await expect(chosenHeadings.filter({ hasText: LICENCE })).toHaveCount(1);

  // Removing it asks why; an empty answer is refused.
  await page.getByRole("button", { name: `Remove ${LICENCE}`, exact: true }).click();
  const prompt = page.getByRole("group", { name: `“${LICENCE}” is mandatory` });
  await expect(prompt.getByLabel("Why does this tender not need it?")).toBeFocused();
  await prompt.getByRole("button", { name: `Remove the clause ${LICENCE}` }).click();
  await expect(prompt).toContainText(`Explain why this tender does not need “${LICENCE}”`);
  await expectAccessible(page);

  // "Keep the clause" leaves it where it was.
  await prompt.getByRole("button", { name: `Keep the clause ${LICENCE}` }).click();
  await expect(prompt).toHaveCount(0);
  await expect(page.getByRole("button", { name: `Remove ${LICENCE}`, exact: true })).toBeFocused();

  await page.getByRole("button", { name: `Remove ${LICENCE}`, exact: true }).click();
  await prompt.getByLabel("Why does this tender not need it?").fill(justification);
  await prompt.getByRole("button", { name: `Remove the clause ${LICENCE}` }).click();
  await expect(chosenHeadings.filter({ hasText: LICENCE })).toHaveCount(0);
  const removed = page.getByRole("region", { name: "Mandatory clauses removed" });
  await expect(removed).toContainText(LICENCE);
  await expect(removed).toContainText(justification);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // The reviewer's view of the answers says which mandatory clause is missing and why.
  await page.goto(`${taskList}/check`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check your answers");
  const row = page.locator("dl > div").filter({ hasText: `Mandatory clause removed: ${LICENCE}` });
  await expect(row).toContainText(justification);
  await expectAccessible(page);

  // Back on the clauses page, the removal is recorded with who and when.
  await page.goto(`${taskList}/clauses`);
  await expect(removed).toContainText(justification);
  await expect(removed).toContainText(/Removed by .+ on /);
  await expectAccessible(page);
});
