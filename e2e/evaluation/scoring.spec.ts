import type { Page } from "@playwright/test";
import { errorSummary, expect, expectAccessible, signInViaApi, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { declare as declareAgainst, setUpPanel } from "./panel-steps";

// The demo tender under evaluation, its bids opened, no panel yet (prisma/demo-heritage-tender.ts).
// This spec is the only one that evaluates it.
const TITLE = "Grants platform for the Cultural Heritage Fund";
const BIDS = ["Bid 1: Codeworks Cooperative SCE", "Bid 2: Atlantis Digital Solutions S.A.", "Bid 3: Nimbus Soft Ltd"];

const BIDDERS = BIDS.map((bid) => bid.replace(/^Bid \d+: /, ""));
const declare = (page: Page) => declareAgainst(page, BIDDERS);

/**
 * Every scored criterion of every bid gets `scoreOf(bid, criterion)` with a justification, saved one
 * by one: the two quality sub-criteria. The third, openness, is computed automatically from the
 * bid's licences and open standards (prisma/demo-heritage-tender.ts): shown, not scored.
 */
async function scoreEverything(page: Page, scoreOf: (bid: number, criterion: number) => number, who: string) {
  for (const [bidIndex, bid] of BIDS.entries()) {
    const criteria = page.getByRole("region", { name: bid, exact: true }).getByRole("region");
    await expect(criteria).toHaveCount(3);
    await expect(criteria.nth(2)).toContainText("the panel does not score this criterion");
    await expect(criteria.nth(2).getByRole("radio")).toHaveCount(0);
    for (let index = 0; index < 2; index++) {
      const criterion = criteria.nth(index);
      const score = scoreOf(bidIndex, index);
      await criterion.getByRole("radio", { name: new RegExp(`^${score} out of 5`) }).check();
      await criterion.getByLabel("Justification").fill(`${who}: ${score} for criterion ${index + 1} of ${bid}.`);
      await criterion.getByRole("button", { name: "Save this score" }).click();
      await expect(criterion.getByText("Your score has been saved.")).toBeVisible();
    }
  }
}

async function evaluatorScores(
  page: Page,
  email: string,
  scoreOf: (bid: number, criterion: number) => number,
  declared: boolean,
) {
  await signInViaApi(page, email);
  await page.goto("/evaluations");
  await expect(page.getByRole("heading", { name: "Your evaluation panels" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: TITLE }).click();
  if (!declared) {
    await expect(page.getByText("Next: sign your declaration")).toBeVisible();
    await expectAccessible(page);
    await declare(page);
    await page.getByRole("link", { name: "Back to the evaluation" }).click();
  }
  await page.getByRole("link", { name: "Go to your scoring" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Your scores");
  await expect(page.getByText("You have scored 0 of 6.")).toBeVisible();
  await expectAccessible(page);
  await scoreEverything(page, scoreOf, email);
  await expect(page.getByText("You have scored 6 of 6.")).toBeVisible();
  await page.getByLabel(/I have checked my scores and justifications/).check();
  await page.getByRole("button", { name: "Submit my scores" }).click();
  await expect(page.getByText("Your scores are submitted")).toBeVisible();
  await expect(page.getByRole("button", { name: "Save this score" })).toHaveCount(0);
  await expectAccessible(page);
}

test("the lead sets up the panel, three evaluators declare, score and submit, the chair records the consensus", async ({
  page,
  browser,
  signInAs,
  visit,
}) => {
  // Five people, about thirty pages, forty forms, each page checked with axe.
  test.setTimeout(360_000);

  // The procurement lead finds the tender under evaluation and sets up its panel.
  await signInAs(USERS.ministryDrafter);
  await visit(`/tenders?q=${encodeURIComponent("cultural heritage")}`);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByText("The bids are open: this tender is under evaluation")).toBeVisible();
  await page.getByRole("link", { name: "Go to the evaluation" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evaluation");
  await expect(page.getByText("No evaluation panel yet")).toBeVisible();
  await expectAccessible(page);
  const overviewPath = new URL(page.url()).pathname;
  await page.getByRole("link", { name: "Set up the evaluation panel" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evaluation panel");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Set up the panel" }).click();
  await expect(errorSummary(page)).toContainText("Choose the chair of the panel");
  await expectAccessible(page);
  await setUpPanel(page, {
    chair: "Jonas Chair",
    evaluators: ["Bruno Evaluator", "Katrin Evaluator", "Luca Evaluator"],
  });
  await visit(overviewPath);
  const members = page.getByRole("table", { name: /Members of the panel/ });
  await expect(members.getByRole("row", { name: /Jonas Chair/ })).toContainText("Not signed yet");
  await expect(members.getByRole("row", { name: /Katrin Evaluator/ })).toContainText("Not submitted yet");

  // The chair signs, and finds nothing to moderate until every evaluator has submitted.
  const chairContext = await browser.newContext();
  const chair = await chairContext.newPage();
  await signInViaApi(chair, USERS.ministryChair);
  await chair.goto(overviewPath);
  await declare(chair);
  await chair.getByRole("link", { name: "Back to the evaluation" }).click();
  await chair.getByRole("link", { name: "Go to the consensus" }).click();
  await expect(chair.getByText("Waiting for 3 evaluators")).toBeVisible();
  await expectAccessible(chair);

  // The first evaluator: a score needs a justification, and prices stay hidden until submission.
  const firstContext = await browser.newContext();
  const first = await firstContext.newPage();
  await signInViaApi(first, USERS.ministryEvaluator);
  await first.goto(overviewPath);
  await declare(first);
  await first.goto(`${overviewPath}/scoring`);
  const firstCriterion = first.getByRole("region", { name: BIDS[0], exact: true }).getByRole("region").first();
  await firstCriterion.getByRole("radio", { name: /^3 out of 5/ }).check();
  await firstCriterion.getByRole("button", { name: "Save this score" }).click();
  await expect(errorSummary(first)).toContainText("Explain your score: a justification is required");
  await expectAccessible(first);
  await first.getByRole("link", { name: `Read ${BIDS[1]}` }).click();
  await expect(first.getByText("Prices are hidden for now")).toBeVisible();
  await expect(first.getByRole("table", { name: /bidder's prices/ })).toHaveCount(0);
  await expectAccessible(first);
  // The automatic assessment of the bid leaves the costs out too, and keeps the rest.
  await first.getByRole("link", { name: "See the automatic assessment of this bid" }).click();
  await expect(first.getByText("Prices are hidden for now")).toBeVisible();
  await expect(first.getByRole("heading", { name: "Licences", exact: true, level: 2 })).toBeVisible();
  await expectAccessible(first);
  // The openness points the tender computes from the licences: 0 for a bid found open-washing.
  await expect(first.getByRole("heading", { name: "Openness points", level: 2 })).toBeVisible();
  await expect(first.getByText(/^Licences: 0 %, the bid calls itself open source/)).toBeVisible();
  await expect(first.getByText("Points: 3.75 of 15.00.")).toBeVisible();
  await firstContext.close();

  // Three evaluators score on their own: the first disagrees on one criterion of the first bid.
  const scores: [string, (bid: number, criterion: number) => number, boolean][] = [
    [USERS.ministryEvaluator, (bid, criterion) => (bid === 0 && criterion === 0 ? 1 : 3), true],
    [USERS.ministryEvaluator2, () => 4, false],
    [USERS.ministryEvaluator3, () => 3, false],
  ];
  for (const [email, scoreOf, declared] of scores) {
    const context = await browser.newContext();
    await evaluatorScores(await context.newPage(), email, scoreOf, declared);
    await context.close();
  }

  // The chair sees every score, the spread and the disagreement in words, and records the consensus.
  await chair.reload();
  await expect(chair.getByText(/Waiting for/)).toHaveCount(0);
  await expect(chair.getByRole("heading", { name: "One disagreement to discuss" })).toBeVisible();
  await expect(
    chair.getByRole("link", { name: `${BIDS[0]} · Quality · Fit to applicants' and officers' needs, accessibility` }),
  ).toBeVisible();
  const firstCell = chair.getByRole("region", { name: BIDS[0], exact: true }).getByRole("region").first();
  await expect(firstCell.getByRole("table")).toContainText("Bruno Evaluator");
  await expect(firstCell).toContainText("Disagreement: the scores spread by 3 (from 1 to 4)");
  await expect(firstCell).toContainText("Mean of the evaluators' scores: 2.67");
  await expectAccessible(chair);
  await firstCell.getByRole("radio", { name: /^3 out of 5/ }).check();
  await firstCell.getByRole("button", { name: "Record the consensus score" }).click();
  await expect(errorSummary(chair)).toContainText("Explain the consensus score: a rationale is required");
  // The openness criterion is computed, not moderated: 15 × (1 + 3.5/6) / 2 = 11.88 for the cooperative.
  const automaticCell = chair.getByRole("region", { name: BIDS[0], exact: true }).getByRole("region").nth(2);
  await expect(automaticCell).toContainText("Points: 11.88 of 15.00.");
  await expect(automaticCell.getByRole("button")).toHaveCount(0);
  for (const bid of BIDS) {
    const cells = chair.getByRole("region", { name: bid, exact: true }).getByRole("region");
    for (let index = 0; index < 2; index++) {
      const cell = cells.nth(index);
      await cell.getByRole("radio", { name: /^3 out of 5/ }).check();
      await cell.getByLabel("Rationale").fill(`The panel agreed on 3 for ${bid}, criterion ${index + 1}.`);
      await cell.getByRole("button", { name: "Record the consensus score" }).click();
      await expect(cell.getByText("Consensus score: 3 out of 5")).toBeVisible();
    }
  }
  await expectAccessible(chair);
  await chair.getByRole("button", { name: "Complete the consensus" }).click();
  await expect(chair.getByText("The consensus is complete")).toBeVisible();
  await expectAccessible(chair);
  await chairContext.close();

  // The procurement lead sees where everyone stands, never a score.
  await visit(overviewPath);
  await expect(page.getByText(/Complete since/)).toBeVisible();
  for (const name of ["Bruno Evaluator", "Katrin Evaluator", "Luca Evaluator"]) {
    await expect(members.getByRole("row", { name: new RegExp(name) })).toContainText("Submitted on");
  }
  await expect(page.getByText(/criterion 1 of/)).toHaveCount(0);

  // Then the ranking, its sensitivity and the award report appear (docs/award.md).
  await page.getByRole("link", { name: "See the ranking, its sensitivity and the award" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ranking and sensitivity");
  for (const heading of ["Gates", "Ranking", "Openness computed automatically", "Sensitivity to the weights"]) {
    await expect(page.getByRole("heading", { name: heading, exact: true })).toBeVisible();
  }
  // The computed openness points with their inputs, as they count in the ranking.
  const openness = page.getByRole("region", { name: /^Openness points of each bid/ });
  await expect(openness.getByRole("row", { name: /Codeworks Cooperative SCE/ })).toContainText("4 of 4 components open or free: 100.00 %"); // prettier-ignore
  await expect(openness.getByRole("row", { name: /Codeworks Cooperative SCE/ })).toContainText("11.88");
  await expect(openness.getByRole("row", { name: /Atlantis Digital Solutions/ })).toContainText("0 %: open-washing");
  await expect(openness.getByRole("row", { name: /Atlantis Digital Solutions/ })).toContainText("3.75");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Award recommendation report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Award recommendation report");
  await expect(page.getByText("Draft: the award is not decided yet.")).toBeVisible();
  await expect(page.getByRole("table", { name: /Members of the panel, their declarations/ })).toContainText("Jonas Chair"); // prettier-ignore
  await expectAccessible(page);
});

test("the evaluation is out of reach of the OSPO and of another organisation", async ({ page, browser, signInAs }) => {
  await signInAs(USERS.ministryDrafter);
  await page.goto(`/tenders?q=${encodeURIComponent("cultural heritage")}`);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const overviewPath = `${new URL(page.url()).pathname}/evaluation`;

  const ospoContext = await browser.newContext();
  const ospo = await ospoContext.newPage();
  await signInViaApi(ospo, USERS.ministryOspo);
  expect((await ospo.goto(overviewPath))?.status()).toBe(403);
  expect((await ospo.goto(`${overviewPath}/panel`))?.status()).toBe(403);
  await ospoContext.close();

  const municipalityContext = await browser.newContext();
  const municipality = await municipalityContext.newPage();
  await signInViaApi(municipality, USERS.municipalityAdmin);
  expect((await municipality.goto(overviewPath))?.status()).toBe(404);
  await expectAccessible(municipality);
  await municipalityContext.close();
});
