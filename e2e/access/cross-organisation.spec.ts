// Pins the bug class formbricks documents: a page that authorises the organisation but loads the
// record by its id alone would show another organisation's member to anyone who guesses the id.
import { expect, expectAccessible, signInViaApi as signIn, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

test("a user of one organisation gets 'not found' for another organisation's pages", async ({ browser }) => {
  const municipality = await browser.newContext();
  const municipalityPage = await municipality.newPage();
  await signIn(municipalityPage, USERS.municipalityAdmin);
  await municipalityPage.goto("/admin/members");
  await municipalityPage.getByRole("link", { name: /Change Eva Drafter/ }).click();
  await expect(municipalityPage.getByRole("heading", { level: 1 })).toHaveText("Change Eva Drafter");
  const memberUrl = new URL(municipalityPage.url()).pathname;
  await municipality.close();

  const ministry = await browser.newContext();
  const ministryPage = await ministry.newPage();
  await signIn(ministryPage, USERS.ministryAdmin);
  const response = await ministryPage.goto(memberUrl);
  expect(response?.status()).toBe(404);
  await expect(ministryPage.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(ministryPage.getByText("Eva Drafter")).toHaveCount(0);
  await expectAccessible(ministryPage);
  await ministry.close();
});

test("a role without the permission sees 'no access', not the page", async ({ page, signInAs, visit }) => {
  await signInAs(USERS.ministryDrafter);
  const response = await page.goto("/admin/members");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
  await visit("/admin/audit");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("You do not have access to this page");
});
