import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

// The spec edits a shipped clause few other tests read (escrow), and reads its version number
// from the page rather than assuming it, so a retried run still passes.
const KEY = "escrow";

test("an OSPO searches the library, previews a clause in three languages and saves a new version", async ({
  page,
  signInAs,
  visit,
}) => {
  await signInAs(USERS.ministryOspo);
  await visit("/home");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Clause library" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Clause library");
  await expectAccessible(page);

  await page.getByLabel("Search").fill("escrow");
  await page.getByLabel("Category").selectOption({ label: "Exit and reversibility" });
  await page.getByRole("button", { name: "Show clauses" }).click();
  await expect(page.getByRole("status")).toHaveText("1 clause");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Escrow of proprietary components" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Escrow of proprietary components");
  await expectAccessible(page);
  const caption = await page
    .getByText(/Version \d+$/)
    .first()
    .textContent();
  const version = Number(/Version (\d+)/.exec(caption ?? "")?.[1]);

  const languages = page.getByRole("navigation", { name: "Preview language" });
  await languages.getByRole("link", { name: "French" }).click();
  await expect(page.getByRole("heading", { level: 1 })).not.toHaveText("Escrow of proprietary components");
  await expect(languages.getByRole("link", { name: "French" })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);
  await languages.getByRole("link", { name: "German" }).click();
  await expect(languages.getByRole("link", { name: "German" })).toHaveAttribute("aria-current", "page");
  await expectAccessible(page);
  await languages.getByRole("link", { name: "English" }).click();

  await page.getByRole("link", { name: "Edit this clause" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Edit");
  await expectAccessible(page);
  // An unknown placeholder and a missing change note are refused with precise messages.
  const body = page.getByLabel("Text (English)");
  const original = await body.inputValue();
  await body.fill(`${original}\n\nThe deposit is checked every {{checkMonths}}.`);
  await page.getByRole("button", { name: `Save as version ${version + 1}` }).click();
  await expect(errorSummary(page)).toContainText("“checkMonths”");
  await expect(errorSummary(page)).toContainText("Say what changed in this version");
  await expectAccessible(page);

  await body.fill(`${original}\n\nThe Contracting Authority may ask for a verification of the deposit once a year.`);
  await page.getByLabel("Change note").fill("Yearly verification of the deposit");
  await page.getByRole("button", { name: `Save as version ${version + 1}` }).click();

  await expect(page.getByRole("heading", { name: `What changed in version ${version + 1}` })).toBeVisible();
  await expect(page.getByText(`Version ${version + 1}`, { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: "Yearly verification of the deposit" })).toBeVisible();
  await expect(page.locator("ins")).toContainText("verification of the deposit once a year");
  await expectAccessible(page);
});

test("a drafter reads the library but cannot edit it", async ({ page, signInAs, visit }) => {
  await signInAs(USERS.ministryDrafter);
  await visit(`/clauses/${KEY}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Escrow of proprietary components");
  await expect(page.getByRole("link", { name: "Edit this clause" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Retire the clause" })).toHaveCount(0);

  const response = await page.goto(`/clauses/${KEY}/edit`);
  expect(response?.status()).toBe(403);
  await expectAccessible(page);
});
