import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

test("a drafter sets the award criteria from the recommended set, with live totals, advice and a worked example", async ({
  page,
  signInAs,
  visit,
}) => {
  await signInAs(USERS.ministryDrafter);
  await visit("/tenders/new");
  await page.getByLabel("Title of the tender").fill(`Award criteria ${Date.now()}`);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByText("You have completed 0 of 9 sections.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Set the award criteria" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set the award criteria");
  await expectAccessible(page);

  // An empty tender starts from the recommended set, named in the documents' language (English).
  await page.getByRole("button", { name: "Start from the recommended set" }).click();
  const cost = page.getByRole("group", { name: "Criterion 1", exact: true });
  const quality = page.getByRole("group", { name: "Criterion 2", exact: true });
  await expect(cost).toBeFocused();
  await expect(cost.getByLabel("Name", { exact: true })).toHaveValue("Total cost of ownership");
  await expect(
    quality.getByRole("group", { name: "Sub-criterion 2.1", exact: true }).getByLabel("Name", { exact: true }),
  ).toHaveValue("Fit for the users' needs");
  await expect(page.getByLabel("Score 3")).toHaveValue("Acceptable: every point is covered, with evidence.");
  await expect(page.getByText("Total: 100 %. The weights add up to 100 %.")).toBeVisible();
  await expect(cost.getByLabel("Against a reference price")).toBeChecked();
  await expect(page.getByText(/^The bid with the higher quality score wins/)).toBeVisible();
  await expectAccessible(page);

  // A quality threshold (C-546/16 Montte) on the first sub-criterion, chosen among the scale's levels.
  const fit = quality.getByRole("group", { name: "Sub-criterion 2.1", exact: true });
  await fit
    .getByLabel("Minimum score (optional)")
    .selectOption({ label: "3: Acceptable: every point is covered, with evidence." });
  // Cost weighs 40 %, so a bid can earn at most 60 quality points: 70 is refused on save.
  await expect(page.getByText("With these weights a bid can earn up to 60 quality points.")).toBeVisible();
  await page.getByLabel("Minimum quality points (optional)").fill("70");

  // A wrong sum: said live, then refused on save with the error at the level and in the summary.
  await cost.getByLabel("Weight, in % of the total").fill("50");
  await expect(page.getByText("Total: 110 %. 10 % too many.")).toBeVisible();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText("The weights add up to 110 %: they must add up to 100 %");
  await expect(errorSummary(page)).toContainText(
    "Enter the minimum quality points as a number above 0 and at most 60, with at most two decimals",
  );
  // F5 needs its reference and floor prices.
  await expect(errorSummary(page)).toContainText("Enter the reference price B as an amount");
  await expect(page.locator("#field-criteria-error")).toHaveText(
    "The weights add up to 110 %: they must add up to 100 %",
  );
  await expectAccessible(page);
  await cost.getByLabel("Weight, in % of the total").fill("40");
  await expect(page.getByText("Total: 100 %. The weights add up to 100 %.")).toBeVisible();
  await page.getByLabel("Minimum quality points (optional)").fill("30");

  // Another formula: its worked example, and the advice that a relative formula can reorder bids.
  await cost.getByLabel("Straight line between the lowest and the highest price").check();
  const example = cost.getByRole("table");
  await expect(example.getByRole("columnheader", { name: "Points (out of 40)" })).toBeVisible();
  // 40 × (160,000 − 125,000) ÷ (160,000 − 100,000) = 23.33
  await expect(example.getByRole("row", { name: /^B\s/ })).toContainText("23.33");
  await expect(
    cost.getByText(/Warning: The formula “Straight line between the lowest and the highest price” is relative/),
  ).toBeVisible();
  await expect(cost.getByLabel("Reference price B, excluding VAT")).toHaveCount(0);
  await expectAccessible(page);

  // A third sub-criterion under quality, with the keyboard only.
  await quality.getByRole("button", { name: "Add sub-criterion to Quality" }).focus();
  await page.keyboard.press("Enter");
  const added = quality.getByRole("group", { name: "Sub-criterion 2.3", exact: true });
  await expect(added.getByLabel("Name", { exact: true })).toBeFocused();
  await page.keyboard.type("Accessibility for the public");
  await page.keyboard.press("Tab"); // the kind: quality
  await page.keyboard.press("Tab");
  await expect(added.getByLabel("Weight, in % of its criterion")).toBeFocused();
  await page.keyboard.type("20");
  await expect(page.getByText("Total of the sub-criteria: 120 %. 20 % too many.")).toBeVisible();
  await quality
    .getByRole("group", { name: "Sub-criterion 2.1", exact: true })
    .getByLabel("Weight, in % of its criterion")
    .focus();
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type("40");
  await expect(page.getByText("Total of the sub-criteria: 100 %. The weights add up to 100 %.")).toBeVisible();
  // Move the new sub-criterion up: focus stays on its "Move up" button, now second in the list.
  await added.getByRole("button", { name: "Move up Accessibility for the public" }).focus();
  await page.keyboard.press("Enter");
  await expect(
    quality
      .getByRole("group", { name: "Sub-criterion 2.2", exact: true })
      .getByRole("button", { name: "Move up Accessibility for the public" }),
  ).toBeFocused();
  await expectAccessible(page);

  // Openness computed automatically: the rule bidders will read, with a worked example that
  // follows the mix. 60 % × 80 % + 40 % × 87.5 % = 48 % + 35 % = 83 %.
  const openness = page.getByRole("group", { name: "Criterion 4", exact: true });
  await expect(openness.getByLabel("Scored by the panel")).toBeChecked();
  await openness.getByLabel("Computed automatically from licences and open standards").check();
  await expect(openness.getByLabel("Minimum score (optional)")).toHaveCount(0);
  await expect(openness.getByLabel("Weight of the licences, in % of this criterion")).toHaveValue("50");
  await openness.getByLabel("Weight of the licences, in % of this criterion").fill("60");
  await expect(openness.getByText("The open standards count for the rest: 40 %.")).toBeVisible();
  await expect(openness.getByText(/^Computed automatically, not scored by the panel\. The openness score counts 60 %/)).toBeVisible(); // prettier-ignore
  await expect(openness.getByText(/scores 60 % × 80 % \+ 40 % × 87\.5 % = 83 %/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Save and continue" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("listitem").filter({ hasText: "Set the award criteria" })).toContainText("Completed");
  await expectAccessible(page);

  // Saved as entered: the review shows the formula, the scale and the scoring rules.
  await page.getByRole("link", { name: "Check your answers before submitting" }).click();
  const answers = page.getByRole("region", { name: "Set the award criteria" });
  await expect(answers).toContainText("Cost, weight 40 %, Straight line between the lowest and the highest price");
  await expect(answers).toContainText("– Accessibility for the public");
  // The thresholds, and what evaluators look for, written in Markdown by the drafter.
  await expect(answers).toContainText("Minimum score 3 out of 5: a bid below it is excluded");
  await expect(answers).toContainText("30 of 60 quality points: a bid below it is excluded");
  await expect(answers).toContainText("How fully the solution covers the requirements");
  await expect(answers).toContainText("From 0 to 5");
  await expect(answers).toContainText("Consensus of the evaluation panel");
  await expect(answers).toContainText("3 %");
  // The rule of the openness criterion computed automatically, in full.
  await expect(answers).toContainText("Computed automatically: licences 60 %, open standards 40 %");
  await expect(answers).toContainText("When the tender requires no open standard, the licences count alone.");
  await expectAccessible(page);
});

test("the recommended criteria are written in the language of the tender documents, not of the screen", async ({
  page,
  signInAs,
  visit,
}) => {
  await signInAs(USERS.ministryDrafter);
  await visit("/tenders/new");
  await page.getByLabel("Title of the tender").fill(`Critères ${Date.now()}`);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByText("You have completed 0 of 9 sections.")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "Set the award criteria" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set the award criteria");
  await page.getByRole("link", { name: "Français" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fixer les critères d’attribution");
  await page.getByRole("button", { name: "Partir de l'ensemble recommandé" }).click();
  // The documents are in English (the default): French labels, English criteria.
  const cost = page.getByRole("group", { name: "Critère 1", exact: true });
  await expect(cost.getByLabel("Nom", { exact: true })).toHaveValue("Total cost of ownership");
  await expect(page.getByLabel("Note 0")).toHaveValue("Unacceptable: the answer is missing or gives no evidence.");
  await expectAccessible(page);

  // Removing a criterion moves focus to the one that takes its place, and says so.
  await page.getByRole("button", { name: "Supprimer Quality" }).click();
  await expect(page.getByRole("group", { name: "Critère 2", exact: true })).toBeFocused();
  await expect(
    page.getByRole("group", { name: "Critère 2", exact: true }).getByLabel("Nom", { exact: true }),
  ).toHaveValue("Sovereignty");
  await expect(page.getByText("Quality supprimé.")).toBeAttached();
  await expect(page.getByText("Total : 60 %. Il reste 40 % à attribuer.")).toBeVisible();
});
