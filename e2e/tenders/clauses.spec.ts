import { expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

test("a drafter adds the proposed clauses, fills and fixes a parameter, reorders them and saves", async ({
  page,
  signInAs,
  visit,
}) => {
  // Four accessibility checks of a long page: slow on a loaded two-core machine.
  test.setTimeout(120_000);
  const title = `Clauses ${Date.now()}`;
  await signInAs(USERS.ministryDrafter);
  await visit("/tenders/new");
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  // The contract nature and the procedure decide which clauses are proposed.
  await page.getByRole("link", { name: "Describe the tender" }).click();
  await page.getByLabel("Services").check();
  await page.getByLabel("Reference").fill(`MIN-CL-${Date.now() % 100000}`);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await page.getByRole("link", { name: "Choose the procedure" }).click();
  await page.getByLabel("Innovation partnership").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.getByRole("link", { name: "Choose the clauses" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose the clauses");
  const proposed = page.getByRole("region", { name: "Proposed for this tender" });
  await expect(proposed).toContainText("Licence of the deliverables");
  // Proposed because the procedure is an innovation partnership.
  await expect(proposed).toContainText("Phases of the innovation partnership");
  await expect(page.getByText("No clause chosen yet.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Add all proposed" }).click();
  await expect(page.getByText("Every clause proposed for this tender is chosen.")).toBeVisible();

  const licenceClause = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: "Licence of the deliverables", exact: true }) });
  const softwareLicence = licenceClause.getByLabel("Licence of the software");
  await softwareLicence.fill("EUPL 1.2");
  await expect(licenceClause.getByText("Did you mean EUPL-1.2?")).toBeVisible();
  await expectAccessible(page);
  await softwareLicence.fill("Apache-2.0");
  await expect(licenceClause.getByText("Did you mean EUPL-1.2?")).toHaveCount(0);
  // The rendered text, in the documents' language, follows the value.
  await expect(page.getByTestId("rendered-deliverables-licence")).toContainText("Apache-2.0");

  // Reorder: the licence clause moves from first to second place.
  const chosenHeadings = page.locator("form ol > li > h3");
  await expect(chosenHeadings.first()).toHaveText("Licence of the deliverables");
  const second = await chosenHeadings.nth(1).textContent();
  await licenceClause.getByRole("button", { name: "Move down Licence of the deliverables" }).click();
  await expect(chosenHeadings.first()).toHaveText(second ?? "");
  await expect(chosenHeadings.nth(1)).toHaveText("Licence of the deliverables");

  // The library can be searched.
  await page.getByLabel("Search the clauses").fill("escrow");
  await expect(page.getByRole("region", { name: "Browse the library" })).toContainText(
    "Escrow of proprietary components",
  );
  await expectAccessible(page);

  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("listitem").filter({ hasText: "Choose the clauses" })).toContainText("Completed");

  await page.getByRole("link", { name: "Choose the clauses" }).click();
  await expect(chosenHeadings.nth(1)).toHaveText("Licence of the deliverables");
  await expect(page.getByTestId("rendered-deliverables-licence")).toContainText("Apache-2.0");
  await expectAccessible(page);
});
