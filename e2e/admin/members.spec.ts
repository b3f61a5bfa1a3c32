import { addMemberThroughForm, errorSummary, expect, expectAccessible, signInViaApi, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

const unique = () => Math.random().toString(36).slice(2, 8);

test("an administrator adds a member, changes their roles, and sees both in the audit log", async ({
  page,
  signInAs,
  visit,
}) => {
  const email = `new.colleague.${unique()}@ministry.example`;
  await signInAs(USERS.ministryAdmin);
  await visit("/admin/members");

  const form = page.locator("form", { has: page.getByRole("button", { name: "Add member" }) });
  await form.getByLabel("Full name").fill("Nora Newcomer");
  await form.getByLabel("Email address").fill(email);
  await form.getByLabel("Drafter").check();
  await form.getByLabel(/Initial password/).fill("a-long-initial-password");
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(page.getByRole("status")).toContainText(`${email} has been added`);
  const row = page.getByRole("row", { name: new RegExp(email.replaceAll(".", "\\.")) });
  await expect(row).toContainText("Drafter");
  await expectAccessible(page);

  await row.getByRole("link", { name: /Change/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change Nora Newcomer");
  await expectAccessible(page);
  await page.getByLabel("Evaluator").check();
  await page.getByRole("button", { name: "Save roles" }).click();
  await expect(page.getByRole("status")).toContainText("The roles have been saved");

  await visit("/admin/audit");
  const eventsFor = (action: string) => page.getByRole("row").filter({ hasText: action }).filter({ hasText: email });
  await expect(eventsFor("Roles changed")).toHaveCount(1);
  await expect(eventsFor("Member added")).toHaveCount(1);
});

test("bad input gets a clear message and changes nothing", async ({ page, signInAs }) => {
  await signInAs(USERS.ministryAdmin);
  await page.goto("/admin/members");
  const form = page.locator("form", { has: page.getByRole("button", { name: "Add member" }) });

  await form.getByLabel("Full name").fill("x".repeat(121));
  await form.getByLabel("Email address").fill("not an email");
  await form.getByRole("button", { name: "Add member" }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary).toContainText("This must be 120 characters or fewer");
  await expect(summary).toContainText("Enter an email address in the correct format");
  await expect(summary).toContainText("Choose at least one role");
  await expectAccessible(page);

  // Only the server knows this person has no account yet, so only it can ask for a password.
  const olga = `olga.${unique()}@ministry.example`;
  await form.getByLabel("Full name").fill("Olga Nopassword");
  await form.getByLabel("Email address").fill(olga);
  await form.getByLabel("Evaluator").check();
  await form.getByRole("button", { name: "Add member" }).click();
  await expect(errorSummary(page)).toContainText("This person has no account yet: enter an initial password for them");

  await page.reload();
  await expect(page.getByText(olga)).toHaveCount(0);
  await expect(page.getByText("x".repeat(121))).toHaveCount(0);
});

test("two administrators editing the same member: the second is told, not overwritten", async ({ browser }) => {
  const context = await browser.newContext();
  const first = await context.newPage();
  await signInViaApi(first, USERS.ministryAdmin);
  const id = unique();
  const name = `Member ${id}`;
  await addMemberThroughForm(first, { name, email: `member.${id}@ministry.example`, role: "Evaluator" });
  await first.getByRole("link", { name: `Change ${name}` }).click();
  await expect(first.getByRole("heading", { level: 1 })).toHaveText(`Change ${name}`);
  const second = await context.newPage();
  await second.goto(first.url());

  await first.getByLabel("Drafter").check();
  await first.getByRole("button", { name: "Save roles" }).click();
  await expect(first.getByRole("status")).toContainText("The roles have been saved");

  await second.getByLabel(/Open source programme office/).check();
  await second.getByRole("button", { name: "Save roles" }).click();
  await expect(errorSummary(second)).toContainText("Someone else changed this member in the meantime");

  await second.reload();
  await expect(second.getByLabel("Drafter")).toBeChecked();
  await expect(second.getByLabel(/Open source programme office/)).not.toBeChecked();
  await context.close();
});

test("the last administrator cannot remove their own administrator role", async ({ page, signInAs }) => {
  await signInAs(USERS.municipalityAdmin);
  await page.goto("/admin/members");
  await page.getByRole("link", { name: /Change Hugo Admin/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change Hugo Admin");
  await page.getByLabel("Administrator").uncheck();
  await page.getByLabel("Drafter").check();
  await page.getByRole("button", { name: "Save roles" }).click();
  await expect(errorSummary(page)).toContainText("must keep at least one administrator");
  await page.reload();
  await expect(page.getByLabel("Administrator")).toBeChecked();
});
