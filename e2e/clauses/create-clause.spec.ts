import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { fillNewClauseForm } from "./clause-form";

test("an OSPO creates a clause with a typed parameter; bad input is refused with precise messages", async ({
  page,
  signInAs,
  visit,
}) => {
  const key = `e2e-response-${Date.now()}`;
  const title = `Response time ${Date.now()}`;
  await signInAs(USERS.ministryOspo);
  await visit("/clauses");
  await page.getByRole("link", { name: "Create a clause" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create a clause");
  await expectAccessible(page);

  // An undeclared parameter in the text and a negative number of days.
  await fillNewClauseForm(page, {
    key,
    title,
    englishBody: "The Contractor answers within {{responseDays}} and reports every {{reportWeeks}}.",
    responseDays: "-3",
  });
  await expect(page.getByTestId("clause-preview")).toContainText(title);
  await page.getByRole("button", { name: "Create the clause" }).click();
  await expect(errorSummary(page)).toContainText("uses a parameter “reportWeeks” that the clause does not declare");
  await expect(errorSummary(page)).toContainText("Parameter 1: responseDays: A number of days cannot be negative.");
  await expectAccessible(page);
  await expect(page.getByLabel("Text (English)")).toHaveAccessibleDescription(/reportWeeks/);

  // Fixed, but under a key another clause has: the server says so.
  await page.getByLabel("Text (English)").fill("The Contractor answers within {{responseDays}}.");
  await page
    .getByRole("group", { name: /^Parameter 1/ })
    .getByLabel("Default value")
    .fill("5");
  await page.getByLabel("Key").fill("escrow");
  await expect(page.getByTestId("clause-preview")).toContainText("The Contractor answers within 5 days.");
  await page.getByRole("button", { name: "Create the clause" }).click();
  await expect(errorSummary(page)).toContainText("Another clause already has this key");
  await expectAccessible(page);

  await page.getByLabel("Key").fill(key);
  await page.getByRole("button", { name: "Create the clause" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("region", { name: "Text with the default values" })).toContainText(
    "The Contractor answers within 5 days.",
  );
  await expect(page.getByRole("row").filter({ hasText: "First version" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "Back to the clause library" }).click();
  await page.getByLabel("Search").fill(key);
  await page.getByRole("button", { name: "Show clauses" }).click();
  await expect(page.getByRole("status")).toHaveText("1 clause");
  await expect(page.getByRole("link", { name: title })).toBeVisible();
  await expectAccessible(page);
});

test("a drafter cannot open the page that creates clauses", async ({ page, signInAs, visit }) => {
  await signInAs(USERS.ministryDrafter);
  await visit("/clauses");
  await expect(page.getByRole("link", { name: "Create a clause" })).toHaveCount(0);
  const response = await page.goto("/clauses/new");
  expect(response?.status()).toBe(403);
  await expectAccessible(page);
});
