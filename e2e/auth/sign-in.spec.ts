import { errorSummary, expect, expectAccessible, signInWithForm, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

const NAVIGATION_BY_ROLE = [
  { role: "drafter", email: USERS.ministryDrafter, links: ["Home", "Tenders", "Clause library"] },
  { role: "evaluator", email: USERS.ministryEvaluator, links: ["Home", "Clause library", "Evaluations"] },
  { role: "OSPO", email: USERS.ministryOspo, links: ["Home", "Tenders", "Reviews", "Clause library", "Templates"] },
  {
    role: "administrator",
    email: USERS.ministryAdmin,
    links: ["Home", "Tenders", "Reviews", "Clause library", "Templates", "Members", "Audit log"],
  },
];

for (const { role, email, links } of NAVIGATION_BY_ROLE) {
  test(`the ${role} signs in and sees their own navigation`, async ({ page, visit }) => {
    await visit("/sign-in");
    await signInWithForm(page, email);
    await expect(page).toHaveURL(/\/home$/);
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Welcome");
    const navigation = page.getByRole("navigation", { name: "Main" });
    await expect(navigation.getByRole("link")).toHaveText(links);
    await expectAccessible(page);
  });
}

test("a wrong password shows an error that does not say whether the account exists", async ({ page, visit }) => {
  await visit("/sign-in");
  await signInWithForm(page, USERS.ministryDrafter, "not-the-password");
  const summary = errorSummary(page);
  await expect(summary).toContainText("There is a problem");
  await expect(summary).toContainText("The email address or password is not correct");
  await expect(summary).toBeFocused();
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page);

  await signInWithForm(page, "nobody@nowhere.example", "not-the-password");
  await expect(errorSummary(page)).toContainText("The email address or password is not correct");
});

test("a malformed or over-long email is refused with a clear message before anything is sent", async ({
  page,
  visit,
}) => {
  await visit("/sign-in");
  await signInWithForm(page, "not-an-email", "whatever");
  await expect(errorSummary(page)).toContainText("Enter an email address in the correct format");
  await expect(page.getByRole("link", { name: /Enter an email address in the correct format/ })).toHaveAttribute(
    "href",
    "#field-email",
  );
  await expectAccessible(page);

  await signInWithForm(page, `${"a".repeat(250)}@example.org`, "whatever");
  await expect(errorSummary(page)).toContainText("This must be 254 characters or fewer");
});

test("a visitor opening a protected page is sent to sign in and brought back afterwards", async ({ page }) => {
  await page.goto("/admin/members");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fadmin%2Fmembers/);
  await expectAccessible(page);
  await signInWithForm(page, USERS.ministryAdmin);
  await expect(page).toHaveURL(/\/admin\/members$/);
  await expect(page.getByRole("heading", { level: 1, name: "Members" })).toBeVisible();
  await expectAccessible(page);
});

test("signing out ends the session", async ({ page, signInAs }) => {
  await signInAs(USERS.ministryEvaluator);
  await page.goto("/home");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto("/home");
  await expect(page).toHaveURL(/\/sign-in/);
});
