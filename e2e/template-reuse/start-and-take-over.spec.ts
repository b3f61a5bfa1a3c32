import { expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { createPublishedTemplate, publishRevisedVersion } from "./template-fixture";

/** A template published by the City of Lindenau (the municipality), written straight into the database. */
function municipalityTemplate(name: string) {
  const template = createPublishedTemplate("ospo@municipality.example", name);
  return {
    template,
    publishVersion2: () =>
      publishRevisedVersion(template.id, "REQ-02 reworded; REQ-07 added; the exit plan is due within 3 months."),
  };
}

test("a drafter of another organisation starts a tender from a template and takes over a newer version's section", async ({
  page,
  signInAs,
  visit,
}) => {
  const name = `Custom case software ${Date.now()}`;
  const { template, publishVersion2 } = municipalityTemplate(name);
  await signInAs(USERS.ministryDrafter);

  // The start page names the template and its version, and asks for the title.
  await visit(`/catalogue/${template.slug}/start`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Start a tender from “${name}”`);
  await expect(page.locator("dl")).toContainText("Version 1");
  await expect(page.getByLabel("Title of the tender")).toHaveValue(name);
  const title = `Inspectorate case management ${Date.now()}`;
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();

  // The tender is the drafter's own, prefilled, and says where it came from.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByText(`Started from the template “${name}”, version 1`)).toBeVisible();
  await expect(page.getByText("Version 2 is available.")).toHaveCount(0);
  await expectAccessible(page);
  const taskList = page.url();

  // The requirements came from the template, with its guidance beside them.
  await page.getByRole("link", { name: "Write the requirements" }).click();
  await expect(page.getByRole("region", { name: `Guidance from the template “${name}”` })).toContainText(
    "Write each requirement so that a bid can be checked against it.",
  );
  await expectAccessible(page);

  // The publisher publishes version 2: the task list says so and links to the differences.
  publishVersion2();
  await page.goto(taskList);
  await expect(page.getByText("Version 2 is available.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "See the differences and take over version 2" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Template updates");
  await expect(page.getByText("REQ-02 reworded; REQ-07 added")).toBeVisible();
  const requirements = page.getByTestId("template-section-requirements");
  await expect(requirements).toContainText("with a complete audit trail");
  await expect(requirements.getByRole("columnheader", { name: "After taking over version 2" })).toBeVisible();
  await expect(page.getByTestId("template-section-clauses")).toBeVisible();
  await expectAccessible(page);

  // Taking over the requirements leaves the clauses to take over later.
  await page.getByRole("button", { name: /^Take over this section ?: Write the requirements$/ }).click();
  await expect(page.getByText("Write the requirements: taken over from version 2.")).toBeVisible();
  await expect(page.getByTestId("template-section-requirements")).toHaveCount(0);
  await expect(page.getByTestId("template-section-clauses")).toBeVisible();
  await expectAccessible(page);

  // "Check your answers" lists the requirement version 2 added.
  await page.goto(`${taskList}/check`);
  await expect(page.getByRole("main")).toContainText("REQ-07");
  await expectAccessible(page);
});

test("a visitor who is not signed in is asked to sign in, then comes back to the start page", async ({ page }) => {
  const { template } = municipalityTemplate(`Signed-out start ${Date.now()}`);
  await page.goto(`/catalogue/${template.slug}/start`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  expect(decodeURIComponent(new URL(page.url()).searchParams.get("callbackUrl") ?? "")).toBe(
    `/catalogue/${template.slug}/start`,
  );
  await expectAccessible(page);
});
