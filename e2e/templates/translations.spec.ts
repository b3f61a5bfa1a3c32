import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { createPublishedTemplate } from "../template-reuse/template-fixture";

test("an OSPO starts a translation, publishes it, and the catalogue links the two pages both ways", async ({
  page,
  signInAs,
  visit,
}) => {
  test.slow(); // six pages, each checked with axe
  const stamp = Date.now();
  const original = createPublishedTemplate(USERS.ministryOspo, `Collaboration suite ${stamp}`);
  const french = `Suite collaborative ${stamp}`;
  await signInAs(USERS.ministryOspo);
  await visit(`/templates/${original.id}`);
  await expect(page.getByTestId("translation-status")).toContainText("not linked to any translation");
  await page.getByRole("link", { name: "Manage translations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Translations");
  await expectAccessible(page);

  await page.getByRole("button", { name: "Start the translation" }).click();
  await expect(errorSummary(page)).toContainText("Choose the language of the translation");
  await page.getByLabel("Language of the translation").selectOption({ label: "French" });
  await page.getByLabel("Name of the translation").fill(french);
  await page.getByRole("button", { name: "Start the translation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(french);
  await expect(page.getByRole("status")).toContainText(`Translation of “Collaboration suite ${stamp}” started`);
  await expect(page.getByTestId("translation-status")).toContainText("This template is the French translation of");
  await expectAccessible(page);

  // The copy is complete: it can be published as it is (a real OSPO would translate it first).
  await page.getByRole("link", { name: "Check and publish version 1" }).click();
  await page.getByLabel("What changed in this version").fill("Première version, traduction de la version 1.");
  await page.getByRole("button", { name: "Publish version 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(french);

  // The public pages point to each other, each language named in its own language.
  await visit(`/catalogue/${original.slug}`);
  const alsoAvailable = page.getByTestId("also-available-in");
  await expect(alsoAvailable).toHaveText("Also available in: Français");
  await alsoAvailable.getByRole("link", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(french);
  await expect(page.getByTestId("also-available-in")).toHaveText("Also available in: English");
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute(
    "href",
    new RegExp(`/catalogue/${original.slug}$`),
  );
  await expectAccessible(page);
});

test("an OSPO declares a template a translation of another, then removes the link", async ({
  page,
  signInAs,
  visit,
}) => {
  const stamp = Date.now();
  const original = createPublishedTemplate(USERS.ministryOspo, `Hosting services ${stamp}`);
  const german = `Hosting-Dienste ${stamp}`;
  await signInAs(USERS.ministryOspo);
  await visit("/templates/new");
  await page.getByLabel("Name", { exact: true }).fill(german);
  await page.getByRole("radio", { name: "German" }).check();
  await page.getByLabel("Shelf in the catalogue").selectOption({ label: "Hosting and cloud services" });
  await page.getByRole("button", { name: "Create the template" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(german);

  await page.getByRole("link", { name: "Manage translations" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Translations");
  await page.getByRole("button", { name: "Save the link" }).click();
  await expect(errorSummary(page)).toContainText("Choose the template this one translates");
  await expectAccessible(page);
  await page.getByLabel("Original template").selectOption({ label: `Hosting services ${stamp} (English)` });
  await page.getByRole("button", { name: "Save the link" }).click();
  await expect(page.getByRole("status")).toHaveText("The link to the original was saved.");
  await expect(page.getByTestId("translation-status")).toContainText(
    `This template is the German translation of Hosting services ${stamp} (English)`,
  );
  await expectAccessible(page);

  // The original knows its translation.
  await page.getByRole("link", { name: `Hosting services ${stamp}` }).click();
  await expect(page.getByTestId("translation-status")).toContainText(german);
  await page.goBack();

  await page.getByRole("button", { name: "Remove the link" }).click();
  await expect(page.getByRole("status")).toHaveText("The link to the original was removed.");
  await expect(page.getByTestId("translation-status")).toContainText("not linked to any translation");
  await visit(`/catalogue/${original.slug}`);
  await expect(page.getByTestId("also-available-in")).toHaveCount(0);
});
