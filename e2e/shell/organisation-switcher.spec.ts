import { expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

test("a member of two organisations switches between them and sees each one's roles", async ({
  page,
  signInAs,
  visit,
}) => {
  await signInAs(USERS.consultant);
  // With no choice made yet, the first organisation in alphabetical order is the current one.
  await visit("/home");
  const navigation = page.getByRole("navigation", { name: "Main" });
  await expect(page.locator("main")).toContainText("City of Lindenau");
  await expect(navigation.getByRole("link")).toHaveText(["Home", "Clause library", "Evaluations"]);
  expect((await page.goto("/tenders"))?.status()).toBe(403);

  await page.goto("/home");
  await page.getByLabel("Working for").selectOption({ label: "Ministry of Digital Affairs" });
  await page.getByRole("button", { name: "Switch organisation" }).click();
  await expect(page.locator("main")).toContainText("Ministry of Digital Affairs");
  await expect(navigation.getByRole("link")).toHaveText(["Home", "Tenders", "Clause library", "Evaluations"]);
  await expectAccessible(page);

  // The choice is remembered on the next visit.
  await visit("/tenders");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tenders");
});
