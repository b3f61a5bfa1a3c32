import {
  addMemberThroughForm,
  errorSummary,
  expect,
  expectAccessible,
  signInViaApi,
  signInWithForm,
  test,
} from "../fixtures";
import { USERS } from "../fixtures/demo-users";

test("a member changes their password and signs in with the new one", async ({ browser }) => {
  const email = `pat.${Date.now()}@ministry.example`;
  const admin = await browser.newContext();
  const adminPage = await admin.newPage();
  await signInViaApi(adminPage, USERS.ministryAdmin);
  await addMemberThroughForm(adminPage, {
    name: "Pat Password",
    email,
    role: "Evaluator",
    password: "initial-password-1",
  });
  await admin.close();

  const member = await browser.newContext();
  const page = await member.newPage();
  await signInViaApi(page, email, "initial-password-1");
  await page.goto("/home");
  await page.getByRole("link", { name: "Your account" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  await expect(page.locator("main")).toContainText("Ministry of Digital Affairs");
  await expectAccessible(page);

  await page.getByLabel("Current password").fill("not-my-password");
  await page.getByLabel("New password", { exact: true }).fill("a brand new passphrase");
  await page.getByLabel("New password again").fill("a different passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(errorSummary(page)).toContainText("The two new passwords are not the same");

  await page.getByLabel("New password again").fill("a brand new passphrase");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(errorSummary(page)).toContainText("Your current password is not correct");
  await expectAccessible(page);

  await page.getByLabel("Current password").fill("initial-password-1");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByRole("status")).toContainText("Your password has been changed");

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/sign-in");
  await signInWithForm(page, email, "a brand new passphrase");
  await expect(page).toHaveURL(/\/home$/);
  await member.close();
});
