import { expect, expectAccessible, signInViaApi, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { fillNewClauseForm } from "./clause-form";

test("the OSPO edits a clause a draft tender uses; the drafter sees the difference and takes the update", async ({
  page,
  browser,
  signInAs,
  visit,
}) => {
  // Two people, a dozen pages, each checked with axe.
  test.setTimeout(120_000);
  const stamp = Date.now();
  const key = `e2e-journey-${stamp}`;
  const clauseTitle = `Support answers ${stamp}`;
  const tenderTitle = `Helpdesk ${stamp}`;

  // The OSPO writes the clause (its own, so no other test sees it change).
  const ospoContext = await browser.newContext();
  const ospo = await ospoContext.newPage();
  await signInViaApi(ospo, USERS.ministryOspo);
  await ospo.goto("/clauses/new");
  await fillNewClauseForm(ospo, {
    key,
    title: clauseTitle,
    englishBody: "The Contractor answers every request within {{responseDays}}.",
    responseDays: "5",
  });
  await ospo.getByRole("button", { name: "Create the clause" }).click();
  await expect(ospo.getByRole("heading", { level: 1 })).toHaveText(clauseTitle);

  // The drafter starts a tender and chooses the clause from the library.
  await signInAs(USERS.ministryDrafter);
  await visit("/tenders/new");
  await page.getByLabel("Title of the tender").fill(tenderTitle);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tenderTitle);
  const taskList = page.url();
  await page.getByRole("link", { name: "Choose the clauses" }).click();
  await page.getByLabel("Search the clauses").fill(key);
  const library = page.getByRole("region", { name: "Browse the library" });
  await expect(library.getByRole("heading", { name: clauseTitle })).toBeVisible();
  await library.getByRole("button", { name: `Add to this tender ${clauseTitle}` }).click();
  const rendered = page.getByTestId(`rendered-${key}`);
  await expect(rendered).toContainText("within 5 days");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tenderTitle);

  // The OSPO makes version 2: a new sentence and a shorter default.
  await ospo.goto(`/clauses/${key}/edit`);
  await expect(ospo.getByRole("heading", { level: 1 })).toContainText(clauseTitle);
  await expectAccessible(ospo);
  await ospo
    .getByLabel("Text (English)")
    .fill("The Contractor answers every request within {{responseDays}}, including on public holidays.");
  await ospo
    .getByRole("group", { name: /^Parameter 1/ })
    .getByLabel("Default value")
    .fill("3");
  await ospo.getByLabel("Change note").fill("Answers on public holidays too, and faster");
  await ospo.getByRole("button", { name: "Save as version 2" }).click();
  await expect(ospo.getByRole("heading", { name: "What changed in version 2" })).toBeVisible();
  await expectAccessible(ospo);
  await ospoContext.close();

  // The drafter is offered the update, reads what changed, and takes it.
  await page.goto(taskList);
  await page.getByRole("link", { name: "Choose the clauses" }).click();
  // The chosen clauses are in the form; the library below lists the same clause again.
  const chosen = page
    .locator("form")
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: clauseTitle, exact: true }) });
  await expect(chosen.getByText("A newer version is available")).toBeVisible();
  await expect(chosen).toContainText("This tender keeps version 1 until you accept the update.");
  await expect(rendered).not.toContainText("public holidays");
  await chosen.getByText("Show what changed").click();
  await expect(chosen.locator("ins")).toContainText("including on public holidays");
  await expect(chosen).toContainText("Default: 5 days → 3 days.");
  await expectAccessible(page);

  await chosen.getByRole("button", { name: `Accept the update ${clauseTitle}` }).click();
  await expect(chosen.getByText("A newer version is available")).toHaveCount(0);
  await expect(chosen).toContainText("version 2");
  await expect(rendered).toContainText("within 3 days, including on public holidays.");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tenderTitle);

  // Saved: the tender now holds version 2 and reads the new text.
  await page.getByRole("link", { name: "Choose the clauses" }).click();
  await expect(rendered).toContainText("within 3 days, including on public holidays.");
  await expect(page.getByText("A newer version is available")).toHaveCount(0);
  await expectAccessible(page);
});
