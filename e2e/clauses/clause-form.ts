import type { Page } from "@playwright/test";
import { expect } from "../fixtures";

/**
 * Fills "Create a clause" for a clause of maintenance and support with one parameter, a number of
 * days: the English text says "{{responseDays}}", and so do the French and German ones.
 */
export type ClauseFormInput = {
  key: string;
  title: string;
  /** The English text; must use {{responseDays}} to be valid. */
  englishBody: string;
  responseDays: string;
};

const LANGUAGES = [
  { name: "English", suffix: "" },
  { name: "French", suffix: " (fr)" },
  { name: "German", suffix: " (de)" },
] as const;

export async function fillNewClauseForm(page: Page, input: ClauseFormInput): Promise<void> {
  await page.getByLabel("Key").fill(input.key);
  await page.getByLabel("Category").selectOption({ label: "Maintenance and support" });
  await page.getByRole("radio", { name: /^Optional/ }).check();
  await page.getByRole("checkbox", { name: "Maintenance and support", exact: true }).check();
  for (const { name, suffix } of LANGUAGES) {
    await page.getByLabel(`Title (${name})`).fill(`${input.title}${suffix}`);
    await page
      .getByLabel(`Text (${name})`)
      .fill(name === "English" ? input.englishBody : `Réponse sous {{responseDays}}${suffix}.`);
    await page.getByLabel(`Why use it (${name})`).fill(`Drafters know what to expect${suffix}.`);
    await page.getByLabel(`When to use it (${name})`).fill(`For any support contract${suffix}.`);
    await page.getByLabel(`Pitfalls (${name})`).fill(`Too short a time raises prices${suffix}.`);
  }
  await page.getByRole("button", { name: "Add a parameter" }).click();
  const parameter = page.getByRole("group", { name: /^Parameter 1/ });
  await expect(page.getByLabel("Name", { exact: true })).toBeFocused();
  await page.getByLabel("Name", { exact: true }).fill("responseDays");
  await parameter.getByLabel("Kind of value").selectOption({ label: "Number of days" });
  await parameter.getByLabel("Largest value allowed").fill("30");
  await parameter.getByLabel("Default value").fill(input.responseDays);
  for (const { name } of LANGUAGES) {
    await parameter.getByLabel(`Label (${name})`).fill(`Response time (${name})`);
  }
  await page.getByLabel("Citation").fill("European Interoperability Framework");
  await page.getByLabel("Web address").fill("https://ec.europa.eu/isa2/eif_en");
}
