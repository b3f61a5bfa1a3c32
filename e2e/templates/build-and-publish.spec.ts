import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { createTemplate, openSection, saveSection, task } from "./template-builder";

test("an OSPO builds a template, is stopped by the lock-in linter, publishes version 1, then starts and publishes version 2", async ({
  page,
  signInAs,
  visit,
}) => {
  // A long journey: two versions through every page of the builder, each checked with axe.
  test.setTimeout(240_000);
  const name = `Collaboration suite ${Date.now()}`;
  await signInAs(USERS.ministryOspo);
  await visit("/templates");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your templates");
  await createTemplate(page, name);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { name: "Draft of version 1" })).toBeVisible();

  // An empty template cannot be published, and the page says why.
  await page.getByRole("link", { name: "Check and publish version 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Check and publish version 1");
  await expect(page.locator("main")).toContainText("The template has no summary");
  await expect(page.locator("main")).toContainText("The template is empty");
  await expect(page.getByText("This version cannot be published yet")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: `Back to ${name}` }).click();

  await openSection(page, "Name and summary");
  await page.getByLabel("Summary").fill("Documents, chat and video for a ministry, hosted in the EU or on premises.");
  await saveSection(page, name);
  await expect(task(page, "Name and summary")).toContainText("Completed");

  await openSection(page, "Intended use");
  await page.getByLabel("Services", { exact: true }).check();
  await page.getByLabel("CPV codes (first digits)").fill("48, 722");
  await page.getByLabel("Open procedure").check();
  await page.getByLabel("From").fill("100,000");
  await page.getByLabel("Up to").fill("50,000");
  await page.getByRole("button", { name: "Save and return to the template" }).click();
  await expect(errorSummary(page)).toContainText("The upper bound must not be below the lower bound");
  await expectAccessible(page);
  await page.getByLabel("Up to").fill("5,000,000");
  await saveSection(page, name);

  await openSection(page, "Clauses");
  await page.getByRole("button", { name: "Add to this template Accessibility", exact: true }).click();
  await page.getByRole("button", { name: "Add to this template Licence of the deliverables", exact: true }).click();
  await expect(
    page.getByRole("group", { name: "Status of “Accessibility” in the template" }).getByLabel("Mandatory"),
  ).toBeChecked();
  await page
    .getByRole("group", { name: "Status of “Licence of the deliverables” in the template" })
    .getByLabel("Recommended")
    .check();
  await expectAccessible(page);
  await saveSection(page, name, "Save the clauses");

  await openSection(page, "Requirements");
  await page.getByRole("button", { name: "Add a requirement" }).click();
  const requirement = page.getByRole("group", { name: "Requirement REQ-01" });
  await requirement.getByLabel("Requirement", { exact: true }).fill("Documents open in Microsoft Word.");
  await requirement.getByLabel("Must").check();
  await saveSection(page, name);

  // The other sections open and pass axe; the guidance gets a note.
  for (const section of ["Sovereignty profile", "Award criteria"]) {
    await openSection(page, section);
    await page.getByRole("link", { name: `Back to ${name}` }).click();
  }
  await openSection(page, "Guidance for drafters");
  await page.getByLabel("Requirements", { exact: true }).fill("Describe functions, never products.");
  await saveSection(page, name);

  // The named product in a requirement is a lock-in error: publishing waits until it is fixed.
  await page.getByRole("link", { name: "Check and publish version 1" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Lock-in checks" })).toBeVisible();
  await expect(page.locator("main")).toContainText("names a specific product or vendor");
  await expect(page.getByRole("button", { name: "Publish version 1" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByRole("link", { name: "Fix it in the section “Requirements”" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Requirements");
  await page
    .getByRole("group", { name: "Requirement REQ-01" })
    .getByLabel("Requirement", { exact: true })
    .fill("Documents open in an editor that reads and writes ODF 1.3.");
  await saveSection(page, name);
  await expect(task(page, "Requirements")).toContainText("Completed");

  await page.getByRole("link", { name: "Check and publish version 1" }).click();
  await expect(page.locator("main")).toContainText(
    "No problems in the sections: the template is complete and consistent.",
  );
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(errorSummary(page)).toContainText("Say what changed in this version");
  await page.getByLabel("What changed in this version").fill("First version for collaboration suites.");
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page.locator("main")).toContainText("Published");
  const versions = page.getByRole("table", { name: "Published versions of the template, newest first" });
  await expect(versions.getByRole("row")).toHaveCount(2);
  await expect(versions).toContainText("First version for collaboration suites.");
  await expectAccessible(page);

  // The exchange file of version 1, as anyone may download it.
  const href = await page.getByRole("link", { name: "Download version 1 (JSON)" }).getAttribute("href");
  const file = await (await page.request.get(href!)).json();
  expect(file).toMatchObject({ format: "tender-commons/template", template: { name, version: 1 } });

  // Version 2: a copy of version 1, changed and published with its changelog.
  await page.getByRole("link", { name: "Start version 2" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Start version 2");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Start version 2" }).click();
  await expect(page.getByRole("heading", { name: "Draft of version 2" })).toBeVisible();
  await openSection(page, "Name and summary");
  await expect(page.getByLabel("Summary")).toHaveValue(/^Documents, chat and video/);
  await page.getByLabel("Summary").fill("Documents, chat and video conferencing, hosted in the EU.");
  await saveSection(page, name);
  await page.getByRole("link", { name: "Check and publish version 2" }).click();
  const changes = page.getByRole("region", { name: "What changed since version 1" });
  await expect(changes).toContainText("Changed: Summary");
  await expect(changes.locator("ins")).toContainText("conferencing");
  await expectAccessible(page);
  await page.getByLabel("What changed in this version").fill("Shorter summary.");
  await page.getByRole("button", { name: "Publish version 2" }).click();
  await expect(versions.getByRole("row")).toHaveCount(3);
  await expect(versions.getByRole("row").nth(1)).toContainText("Shorter summary.");
  await expect(page.getByRole("link", { name: "Start version 3" })).toBeVisible();

  // Version 1 was not touched by version 2.
  const first = await (await page.request.get(href!)).json();
  expect(first.content.summary).toBe("Documents, chat and video for a ministry, hosted in the EU or on premises.");
});

test("a drafter cannot open the template builder", async ({ page, signInAs, visit }) => {
  await signInAs(USERS.ministryDrafter);
  await visit("/home");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Templates" })).toHaveCount(0);
  const response = await page.goto("/templates/new");
  expect(response?.status()).toBe(403);
  await expectAccessible(page);
});
