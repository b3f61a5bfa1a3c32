import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

test("the lock-in linter flags a named product as the drafter types; the fix removes it; a warning is set aside", async ({
  page,
  signInAs,
  visit,
}) => {
  // Autosave waits a few seconds of quiet before the findings follow the typing.
  test.setTimeout(120_000);
  const title = `Video meetings ${Date.now()}`;
  const justification = "The licence of the deliverables is set by the framework agreement this contract calls off.";

  // A tender of its own; with no clause yet, nothing requires accessibility: blocked.
  await signInAs(USERS.ministryDrafter);
  await visit("/tenders/new");
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const readiness = page.getByRole("region", { name: "Openness readiness" });
  await expect(readiness).toContainText("Blocked: errors must be fixed before review");
  await expect(page.getByText("This tender cannot be submitted for review yet")).toBeVisible();
  await expect(page.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  await expectAccessible(page);

  // The drafter names a product in a requirement; the section's findings follow after the autosave.
  await page.getByRole("link", { name: "Write the requirements" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Write the requirements");
  const sectionFindings = page.getByRole("region", { name: "Openness findings in this section" });
  await expect(sectionFindings).not.toContainText("Microsoft Teams");
  await page.getByRole("button", { name: "Add a requirement" }).click();
  const requirement = page.getByRole("group", { name: "Requirement REQ-01" });
  await requirement.getByLabel("Requirement", { exact: true }).fill("Staff must use Microsoft Teams for meetings.");
  await requirement.getByLabel("Must").check();
  await expect(sectionFindings).toContainText("“Microsoft Teams” names a specific product or vendor", {
    timeout: 20_000,
  });
  await expect(sectionFindings).toContainText("Error (Requirement 1)");
  await expectAccessible(page);

  // On the openness check: where, the words marked, why, on which legal basis; then the fix.
  await sectionFindings.getByRole("link", { name: "See them in the openness check, with fixes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Openness check");
  const requirements = page.getByRole("region", { name: "Write the requirements" });
  const named = requirements.getByRole("listitem").filter({ hasText: "Named product or vendor" });
  await expect(named).toContainText("Requirement 1");
  await expect(named.locator("mark")).toContainText("Microsoft Teams");
  await expect(named).toContainText("Directive 2014/24/EU Art. 42(4)");
  await expect(named).toContainText("LOCKIN-001");
  await expectAccessible(page);
  await named.getByRole("button", { name: /^Add “or equivalent”/ }).click();
  await expect(page.getByRole("heading", { name: /Named product or vendor/ })).toHaveCount(0);
  await expect(page.locator("mark").filter({ hasText: "Microsoft Teams" })).toHaveCount(0);
  await expectAccessible(page);

  // A warning is set aside only with a written justification, then listed apart with it.
  const clauses = page.getByRole("region", { name: "Choose the clauses" });
  const licence = clauses.getByRole("listitem").filter({ hasText: "No clause sets the licence of the deliverables" });
  await licence.getByText("Set this warning aside").click();
  await licence.getByRole("button", { name: /^Set aside/ }).click();
  await expect(errorSummary(page)).toContainText("Explain why this warning does not apply to this tender");
  await expectAccessible(page);
  await licence.getByLabel("Why does this warning not apply to this tender?").fill(justification);
  await licence.getByRole("button", { name: /^Set aside/ }).click();
  const dismissed = page.getByRole("region", { name: "Warnings set aside" });
  await expect(dismissed).toContainText("No clause sets the licence of the deliverables");
  await expect(dismissed).toContainText(justification);
  await expect(clauses).not.toContainText("No clause sets the licence of the deliverables");
  await expectAccessible(page);

  // The section page no longer shows the product; the requirement reads with the fix.
  await page.getByRole("link", { name: "Go to “Write the requirements”" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Write the requirements");
  await expect(sectionFindings).not.toContainText("Microsoft Teams");
  await expect(
    page.getByRole("group", { name: "Requirement REQ-01" }).getByLabel("Requirement", { exact: true }),
  ).toHaveValue("Staff must use Microsoft Teams or equivalent for meetings.");
  await expectAccessible(page);

  // Back on the task list the set-aside warning is counted apart; accessibility is still missing.
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await expect(readiness).toContainText("1 warning dismissed with a justification");
  await expect(readiness).toContainText("Blocked");
  await expect(page.getByRole("link", { name: "Fix them in the openness check" })).toBeVisible();
  await expectAccessible(page);
});
