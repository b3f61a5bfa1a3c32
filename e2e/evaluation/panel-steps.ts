import type { Page } from "@playwright/test";
import { expect, expectAccessible } from "../fixtures";

/**
 * Steps of the evaluation panel shared by the journeys: the procurement lead sets up a panel, and
 * a member signs the declaration and confirms it against the bidders' names (Art. 24), which an
 * evaluator must do before reading any bid.
 */

/** On the panel page (`…/evaluation/panel`): the chair and the evaluators, default settings. */
export async function setUpPanel(page: Page, people: { chair: string; evaluators: string[] }) {
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evaluation panel");
  await page
    .getByRole("group", { name: "Chair" })
    .getByRole("radio", { name: new RegExp(`^${people.chair}`) })
    .check();
  const evaluators = page.getByRole("group", { name: "Evaluators" });
  for (const name of people.evaluators) {
    await evaluators.getByRole("checkbox", { name: new RegExp(`^${name}`) }).check();
  }
  await expect(page.getByRole("radio", { name: /Yes, hide prices/ })).toBeChecked();
  await page.getByRole("button", { name: "Set up the panel" }).click();
  await expect(page.getByText("The panel has been saved.")).toBeVisible();
}

/** From the evaluation's overview: signs the declaration and confirms it against `bidders`. */
export async function declare(page: Page, bidders: readonly string[]) {
  await page.getByRole("link", { name: "Read and sign the declaration" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "Declaration of absence of conflict of interest and of confidentiality",
  );
  await expect(page.getByText("Article 24 of Directive 2014/24/EU", { exact: false })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("I have read this declaration and I make it.").check();
  await page.getByRole("button", { name: "Sign the declaration" }).click();
  await expect(page.getByRole("heading", { name: "The bidders" })).toBeVisible();
  for (const bidder of bidders) {
    await expect(page.getByRole("listitem").filter({ hasText: bidder })).toBeVisible();
  }
  await expectAccessible(page);
  await page.getByLabel("I have no conflict of interest with any of these bidders.").check();
  await page.getByRole("button", { name: "Confirm my declaration" }).click();
  await expect(page.getByText(/You confirmed it against the bidders' names on/)).toBeVisible();
}
