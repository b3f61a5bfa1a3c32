import { expect, expectAccessible } from "../fixtures";
import type { Page } from "@playwright/test";

/** "Create a template" from the list, through the real form; lands on the new template's page. */
export async function createTemplate(page: Page, name: string): Promise<void> {
  await page.goto("/templates");
  await page.getByRole("link", { name: "Create a template" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Create a template");
  await expectAccessible(page);
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Shelf in the catalogue").selectOption({ label: "Collaboration and office software" });
  await page.getByRole("button", { name: "Create the template" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

/** Opens a section of the draft from the template's task list. */
export async function openSection(page: Page, section: string): Promise<void> {
  await page.getByRole("link", { name: section, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(section);
  await expectAccessible(page);
}

/** Saves a section and checks the way back to the template's task list. */
export async function saveSection(page: Page, name: string, button = "Save and return to the template"): Promise<void> {
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
}

/** The status the task list shows for a section of the draft. */
export function task(page: Page, section: string) {
  return page.getByRole("listitem").filter({ has: page.getByRole("link", { name: section, exact: true }) });
}
