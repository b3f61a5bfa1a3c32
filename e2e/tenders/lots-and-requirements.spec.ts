import type { Page } from "@playwright/test";
import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

/** Creates a tender of its own, so the demo tenders other specs read stay as they are. */
async function createTender(page: Page, title: string) {
  await page.goto("/tenders/new");
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

const task = (page: Page, name: string) => page.getByRole("listitem").filter({ hasText: name });
/** The headings of the lots, or of the requirements, in the order of the list. */
const itemHeadings = (page: Page) => page.getByRole("listitem").getByRole("heading", { level: 3 });
const lot = (page: Page, heading: string) => page.getByRole("group", { name: heading });

test("a drafter divides a tender into two lots, reorders them and saves", async ({ page, signInAs }) => {
  await signInAs(USERS.ministryDrafter);
  await createTender(page, `Office suite in lots ${Date.now()}`);

  // Scope first, so the lots can be compared with the estimated value.
  await page.getByRole("link", { name: "Set the scope and value" }).click();
  await page.getByRole("combobox", { name: "Main CPV code" }).fill("software package");
  await expect(page.getByRole("option").first()).toContainText("48000000");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await page.getByLabel(/Estimated value/).fill("200,000");
  await page.getByLabel(/Duration of the contract/).fill("24");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(task(page, "Set the scope and value")).toContainText("Completed");

  await page.getByRole("link", { name: "Divide into lots" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Divide into lots");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText("Choose whether to divide the contract into lots");

  // Dividing starts with two empty lots; a lot cannot be saved without a title and a value.
  await page.getByLabel("Yes, divide it into lots").check();
  await expect(itemHeadings(page)).toHaveText(["LOT-1", "LOT-2"]);
  await page.getByRole("button", { name: "Save and continue" }).click();
  // Each lot's errors are named after the lot in the summary: the messages are the same for both.
  await expect(errorSummary(page).getByRole("link")).toHaveText([
    "LOT-1: Enter the title of the lot",
    "LOT-1: Enter the estimated value of the lot",
    "LOT-2: Enter the title of the lot",
    "LOT-2: Enter the estimated value of the lot",
  ]);
  await expectAccessible(page);

  await lot(page, "LOT-1").getByLabel("Title of the lot").fill("Suite and hosting");
  await lot(page, "LOT-1: Suite and hosting")
    .getByRole("combobox", { name: /Main CPV code of the lot/ })
    .fill("software package");
  await expect(page.getByRole("option").first()).toContainText("48000000");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await lot(page, "LOT-1: Suite and hosting")
    .getByLabel(/Estimated value of the lot/)
    .fill("150,000");
  await lot(page, "LOT-2").getByLabel("Title of the lot").fill("Migration and training");
  await lot(page, "LOT-2: Migration and training")
    .getByLabel(/Estimated value of the lot/)
    .fill("30,000");

  // The live total against the scope's estimated value (Art. 5(8)).
  const total = page.getByRole("region", { name: "Value of the lots" }).getByRole("status");
  await expect(total).toContainText("The lots add up to €180,000.");
  await expect(total).toContainText("less than the estimated value of the tender, €200,000");

  // A third lot, removed again: the focus follows, and the removal can be undone.
  await page.getByRole("button", { name: "Add a lot" }).click();
  await expect(lot(page, "LOT-3").getByLabel("Title of the lot")).toBeFocused();
  await lot(page, "LOT-3").getByLabel("Title of the lot").fill("Support");
  await page.getByRole("button", { name: "Remove LOT-3: Support" }).click();
  await expect(page.getByRole("status").filter({ hasText: "LOT-3: Support removed" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "LOT-2: Migration and training" })).toBeFocused();
  await page.getByRole("button", { name: "Undo LOT-3: Support" }).click();
  await expect(page.getByRole("heading", { name: "LOT-3: Support" })).toBeFocused();
  await page.getByRole("button", { name: "Remove LOT-3: Support" }).click();
  await expect(itemHeadings(page)).toHaveText(["LOT-1: Suite and hosting", "LOT-2: Migration and training"]);

  // Reorder: the keys stay with their lots.
  await page.getByRole("button", { name: "Move down LOT-1: Suite and hosting" }).click();
  await expect(page.getByRole("button", { name: "Move up LOT-1: Suite and hosting" })).toBeFocused();
  await expect(page.getByText("LOT-1: Suite and hosting moved to position 2 of 2.")).toBeVisible();
  await lot(page, "LOT-1: Suite and hosting")
    .getByLabel(/Estimated value of the lot/)
    .fill("170,000");
  await expect(total).toContainText("The lots add up to €200,000. This is the estimated value of the tender.");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(task(page, "Divide into lots")).toContainText("Completed");

  await page.getByRole("link", { name: "Divide into lots" }).click();
  await expect(itemHeadings(page)).toHaveText(["LOT-2: Migration and training", "LOT-1: Suite and hosting"]);
  await expect(lot(page, "LOT-1: Suite and hosting").getByRole("combobox")).toHaveValue(/^48000000-8 /);
  await page.getByRole("link", { name: "Back to the task list" }).click();
  await page.getByRole("link", { name: "Check your answers before submitting" }).click();
  await expect(page.locator("main")).toContainText("LOT-2 · Migration and training");
  await expectAccessible(page);
});

test("a drafter writes three requirements, one with the keyboard only, and reorders them", async ({
  page,
  signInAs,
}) => {
  await signInAs(USERS.ministryDrafter);
  await createTender(page, `Office suite requirements ${Date.now()}`);

  // Two with the mouse, the third with the keyboard only.
  await page.getByRole("link", { name: "Write the requirements" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Write the requirements");
  await expect(page.getByText("There are no requirements yet.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Add a requirement" }).click();
  const first = page.getByRole("group", { name: "Requirement REQ-01" });
  await expect(first.getByLabel("Identifier")).toBeFocused();
  await expect(first.getByLabel("Identifier")).toHaveValue("REQ-01");
  await first.getByLabel("Requirement", { exact: true }).fill("Documents are stored in **ODF** by default.");
  await first.getByLabel("Must").check();
  await expect(first).toContainText("The tender has no award criteria yet.");
  await page.getByRole("button", { name: "Add a requirement" }).click();
  const second = page.getByRole("group", { name: "Requirement REQ-02" });
  await second.getByLabel("Requirement", { exact: true }).fill("Mail is reachable through IMAP.");
  await second.getByLabel("Should").check();

  await page.getByRole("button", { name: "Add a requirement" }).focus();
  await page.keyboard.press("Enter");
  const third = page.getByRole("group", { name: "Requirement REQ-03" });
  await expect(third.getByLabel("Identifier")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.type("Exports are available in:\n\n- **CSV**\n- JSON");
  await page.keyboard.press("Tab");
  await expect(third.getByRole("button", { name: "Preview Requirement REQ-03" })).toBeFocused();
  await page.keyboard.press("Enter");
  const preview = page.getByRole("region", { name: "Preview: Requirement REQ-03" });
  await expect(preview.getByRole("listitem")).toHaveText(["CSV", "JSON"]);
  await expect(preview.locator("strong")).toHaveText("CSV");
  await expectAccessible(page);
  await page.keyboard.press("Tab");
  await expect(third.getByLabel("Must")).toBeFocused();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(third.getByLabel("May")).toBeChecked();
  await page.keyboard.press("Tab"); // the award criterion
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Move up Requirement REQ-03" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Requirement REQ-03 moved to position 2 of 3.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Move up Requirement REQ-03" })).toBeFocused();
  await expect(itemHeadings(page)).toHaveText(["Requirement REQ-01", "Requirement REQ-03", "Requirement REQ-02"]);

  // An identifier used twice is flagged next to the field at once, and stops the save.
  await second.getByLabel("Identifier").fill("req-01");
  const duplicate = "The identifier req-01 is already used by another requirement";
  await expect(page.getByRole("group", { name: "Requirement req-01", exact: true })).toContainText(duplicate);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText(`Requirement req-01: ${duplicate}`);
  await page.getByRole("group", { name: "Requirement req-01", exact: true }).getByLabel("Identifier").fill("REQ-02");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(task(page, "Write the requirements")).toContainText("Completed");

  await page.getByRole("link", { name: "Check your answers before submitting" }).click();
  await expect(page.locator("main")).toContainText("REQ-03 · May");
  await expectAccessible(page);
});

test("a drafter who does not divide the tender gives the reasons", async ({ page, signInAs }) => {
  await signInAs(USERS.ministryDrafter);
  await createTender(page, `Single contract ${Date.now()}`);
  await page.getByRole("link", { name: "Divide into lots" }).click();
  // Lots typed before changing one's mind are kept on screen, but only the answer chosen is saved.
  await page.getByLabel("Yes, divide it into lots").check();
  await lot(page, "LOT-1").getByLabel("Title of the lot").fill("Platform");
  await page.getByLabel("No, award it as one contract").check();
  await expect(page.getByRole("heading", { name: "Lots", exact: true })).toBeHidden();
  await page.getByLabel("Yes, divide it into lots").check();
  await expect(lot(page, "LOT-1: Platform").getByLabel("Title of the lot")).toHaveValue("Platform");
  await page.getByLabel("No, award it as one contract").check();
  const reasons = page.getByLabel("Main reasons for not dividing the contract into lots");
  // Without a value and a type of contract the threshold is unknown: the reasons are asked for.
  await expect(page.getByText("Required above the EU threshold, advised below.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText("Give the main reasons for not dividing the contract");
  await errorSummary(page).getByRole("link").click();
  await expect(reasons).toBeFocused();
  await reasons.fill("One integrated platform: interfaces between lots would cost more than they save.");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(task(page, "Divide into lots")).toContainText("Completed");

  await page.getByRole("link", { name: "Divide into lots" }).click();
  await expect(page.getByLabel("No, award it as one contract")).toBeChecked();
  await expect(reasons).toHaveValue(/^One integrated platform/);
  await expectAccessible(page);
  await page.getByLabel("Yes, divide it into lots").check();
  await expect(itemHeadings(page)).toHaveText(["LOT-1", "LOT-2"]);
});
