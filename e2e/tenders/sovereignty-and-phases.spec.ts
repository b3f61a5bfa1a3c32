import type { Page } from "@playwright/test";
import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

/** A tender of its own (the demo tenders are shared with other specs); ends on its task list. */
async function createTender(page: Page, title: string) {
  await page.goto("/tenders/new");
  await page.getByLabel("Title of the tender").fill(title);
  await page.getByRole("button", { name: "Create tender" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

/** The answer of a question that starts with this label (each answer's hint follows it). */
const answer = (page: Page, question: string, label: string) =>
  page.getByRole("group", { name: question }).getByRole("radio", { name: new RegExp(`^${label} `) });
const objective = (page: Page, id: string) =>
  page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: new RegExp(`^${id} ·`) }) });

test("a drafter sets the sovereignty profile: the assessment proposes the minimums, changes are justified, weights sum to 100", async ({
  page,
  signInAs,
}) => {
  test.slow(); // a long journey through one page, checked with axe at each stage
  await signInAs(USERS.ministryDrafter);
  await createTender(page, `Case management cloud ${Date.now()}`);
  await page.getByRole("link", { name: "Set the sovereignty profile" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set the sovereignty profile");
  await expectAccessible(page);

  // Step 1: personal data, an essential service, regulated, moderate lock-in.
  await answer(
    page,
    "How sensitive is the data the service will hold or process?",
    "Personal or confidential data",
  ).check();
  await answer(page, "What happens if the service stops?", "Essential").check();
  await answer(page, "What would it mean if a non-EU authority reached the data or the service?", "Regulated").check();
  await answer(page, "How hard would it be to move to another supplier?", "Moderate").check();

  // Step 2: SOV-1 = max(dependence 1, criticality 2 − 1) = SEAL-1; SOV-2 = max(legal 2, data 2) = SEAL-2.
  await expect(objective(page, "SOV-1")).toContainText("Proposed: SEAL-1 · Jurisdictional sovereignty");
  await expect(page.getByLabel("Minimum required for SOV-1")).toHaveValue("1");
  await expect(objective(page, "SOV-2")).toContainText("Proposed: SEAL-2 · Data sovereignty");
  await expect(objective(page, "SOV-2")).toContainText("Legal exposure: Regulated");
  await expect(page.getByLabel("Minimum required for SOV-6")).toHaveValue("1");
  await page.getByText("What do the SEAL levels mean?").click();
  await expect(page.getByText("Complete EU control, subject only to EU law")).toBeVisible();
  await expectAccessible(page);

  // Harder to leave the supplier: the proposals driven by dependence rise, and the minimums follow.
  await answer(page, "How hard would it be to move to another supplier?", "High").check();
  await expect(page.getByRole("status").filter({ hasText: "Your answer changed the proposal" })).toContainText(
    /SOV-1, SOV-5,? and SOV-6/,
  );
  await expect(objective(page, "SOV-1")).toContainText("Proposed: SEAL-2 · Data sovereignty");
  await expect(page.getByLabel("Minimum required for SOV-1")).toHaveValue("2");
  await expect(page.getByLabel("Minimum required for SOV-6")).toHaveValue("2");

  // The drafter requires more on technology sovereignty: a justification is asked for.
  await page.getByLabel("Minimum required for SOV-6").selectOption({ label: "SEAL-3 · Digital resilience" });
  const justification = page.getByLabel("Why does SOV-6 need a level other than the proposed SEAL-2?");
  await expect(justification).toBeVisible();

  // Step 3: a weight changed without balancing the others.
  await page.getByLabel("SOV-8 · Environmental sustainability").fill("10");
  await expect(page.getByRole("status").filter({ hasText: "Total:" })).toHaveText("Total: 105 %, 5 % over 100 %");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText("Explain why SOV-6 needs a level other than the proposed SEAL-2");
  await expect(errorSummary(page)).toContainText("The weights must sum to 100; they now sum to 105");
  await expect(page.getByRole("group", { name: "Step 3 of 3: weigh the objectives" })).toContainText(
    "The weights must sum to 100; they now sum to 105",
  );
  await expectAccessible(page);

  await justification.fill("The source code must be auditable by the authority's own security team.");
  await page.getByRole("button", { name: "Use the framework's weights" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Total:" })).toHaveText("Total: 100 %");
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Set the sovereignty profile" })).toContainText(
    "Completed",
  );

  // What was saved comes back.
  await page.getByRole("link", { name: "Set the sovereignty profile" }).click();
  await expect(page.getByLabel("Minimum required for SOV-6")).toHaveValue("3");
  await expect(justification).toHaveValue("The source code must be auditable by the authority's own security team.");
  await expect(page.getByLabel("Minimum required for SOV-1")).toHaveValue("2");
  await expectAccessible(page);
});

test("an innovation partnership gets the phases task; two phases are planned, the second with the keyboard only", async ({
  page,
  signInAs,
  visit,
}) => {
  test.slow(); // two sections, checked with axe at each stage
  await signInAs(USERS.ministryDrafter);
  const title = `Case file search ${Date.now()}`;
  await createTender(page, title);
  const taskList = page.url();
  await expect(page.getByRole("link", { name: "Plan the innovation phases" })).toHaveCount(0);

  // Before the procedure is an innovation partnership, the page says why there is nothing to plan.
  await visit(`${new URL(taskList).pathname}/phases`);
  await expect(page.getByText("Phases are planned only for an innovation partnership")).toBeVisible();
  await page.getByRole("link", { name: "Go to “Choose the procedure”" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose the procedure");
  await page.getByLabel("Innovation partnership").check();
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);

  await page.getByRole("link", { name: "Plan the innovation phases" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Plan the innovation phases");
  await expectAccessible(page);

  // The usual skeleton, then back to one phase: focus follows each removal.
  await page.getByRole("button", { name: "Start with the four usual phases" }).click();
  await expect(page.getByRole("heading", { name: "Phase 1: Research and development" })).toBeFocused();
  await expect(page.getByRole("heading", { name: /^Phase \d:/ })).toHaveCount(4);
  await expectAccessible(page);
  await page.getByRole("button", { name: "Remove phase 4: Maintenance" }).click();
  await expect(page.getByRole("heading", { name: "Phase 3: Pilot" })).toBeFocused();
  await page.getByRole("button", { name: "Remove phase 3: Pilot" }).click();
  await page.getByRole("button", { name: "Remove phase 2: Prototype" }).click();
  await expect(page.getByRole("heading", { name: "Phase 1: Research and development" })).toBeFocused();

  // Phase 1, with the mouse: saving too early names what is missing.
  const first = page.getByRole("group", { name: "Phase 1: Research and development" });
  await page.getByRole("button", { name: "Save and continue" }).click();
  await expect(errorSummary(page)).toContainText("Phase 1: enter at least one objective");
  await expect(errorSummary(page)).toContainText("Phase 1: enter the maximum cost in figures");
  await expectAccessible(page);
  await first
    .getByLabel("Objectives")
    .fill("Find case files across the three agencies\nKeep the search under 2 seconds");
  await first.getByLabel("Maximum cost, excluding VAT").fill("300,000");
  await expect(first.getByLabel("Licence of the results")).toHaveValue("EUPL-1.2");

  // Phase 2, with the keyboard only.
  await page.getByRole("button", { name: "Add the next phase: Prototype" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Phase 2: Prototype" })).toBeFocused();
  await page.keyboard.press("Tab"); // kind of phase: Prototype already
  await page.keyboard.press("Tab");
  await page.keyboard.type("Show the search on real case files");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Working prototype");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Source code");
  await page.keyboard.press("Tab"); // go/no-go criteria: not needed for the last phase
  await page.keyboard.press("Tab");
  await page.keyboard.type("9");
  await page.keyboard.press("Tab");
  await page.keyboard.type("450 000");
  const second = page.getByRole("group", { name: "Phase 2: Prototype" });
  await expect(second.getByLabel("Deliverables")).toHaveValue("Working prototype\nSource code");

  // 6 + 9 months; EUR 300,000 + 450,000.
  const totals = page.getByRole("status").filter({ hasText: "Total duration" });
  await expect(totals).toContainText("Total duration: 15 months");
  await expect(totals).toContainText("Total of the cost ceilings: €750,000.00");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Save and continue" }).focus();
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(page.getByRole("listitem").filter({ hasText: "Plan the innovation phases" })).toContainText("Completed");
  await page.getByRole("link", { name: "Plan the innovation phases" }).click();
  await expect(
    page.getByRole("group", { name: "Phase 2: Prototype" }).getByLabel("Maximum cost, excluding VAT"),
  ).toHaveValue("450000");
  await expectAccessible(page);
});
