import { errorSummary, expect, expectAccessible, signInViaApi, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

// The demo tender already evaluated (prisma/demo-evaluated-tender.ts): consensus complete, waiting
// for the award. This spec is the only one that records its award.
const TITLE = "Grants platform for the regional development fund";

test("the procurement lead reads the ranking and its sensitivity, records the award and opens the report", async ({
  page,
  browser,
  signInAs,
  visit,
}) => {
  test.setTimeout(150_000);
  await signInAs(USERS.ministryDrafter);
  await visit(`/tenders?q=${encodeURIComponent("regional development fund")}`);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const tenderPath = new URL(page.url()).pathname;
  await expect(page.getByText("The bids are open: this tender is under evaluation")).toBeVisible();

  // The ranking: gates first, then the totals, the charts, the sensitivity and the rank-reversal check.
  await page.getByRole("link", { name: "Ranking and sensitivity" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ranking and sensitivity");
  await expectAccessible(page);
  const gates = page.getByRole("table", { name: "Gates: the result for each bid" });
  await expect(gates.getByRole("row", { name: /Nimbus Soft Ltd/ })).toContainText("Excluded");
  await expect(gates.getByRole("row", { name: /Nimbus Soft Ltd/ })).toContainText("SOV-6");
  const ranking = page.getByRole("table", { name: "Ranking of the admissible bids" });
  await expect(ranking.getByRole("row").nth(1)).toContainText("Codeworks Cooperative SCE (bid 1)");
  await expect(ranking.getByRole("row").nth(1)).toContainText("90.00");
  await expect(page.getByText("Codeworks Cooperative SCE (bid 1) ranks first (the highest total).")).toBeVisible();
  for (const chart of ["Points by criterion", "Cost against quality", /Tornado chart/]) {
    await expect(page.getByRole("img", { name: chart })).toBeVisible();
  }
  await expect(page.getByText(/^The result is robust\. The smallest change that alters it is raising “Quality”/)).toBeVisible(); // prettier-ignore
  await expect(page.getByRole("table", { name: "Smallest change of each weight that changes the winner" })).toContainText("None, up to 100 %"); // prettier-ignore
  await expect(page.getByRole("heading", { name: "Rank-reversal check" })).toBeVisible();
  await expect(page.getByText("No two bids change order when any one bid is removed.")).toBeVisible();

  // An evaluator of the panel reads the ranking too, but neither the report nor the file.
  const evaluatorContext = await browser.newContext();
  const evaluator = await evaluatorContext.newPage();
  await signInViaApi(evaluator, "evaluator2@ministry.example");
  await evaluator.goto(`${tenderPath}/evaluation/ranking`);
  await expect(evaluator.getByRole("heading", { level: 1 })).toHaveText("Ranking and sensitivity");
  await expect(evaluator.getByRole("link", { name: "Award recommendation report" })).toHaveCount(0);
  const forbiddenReport = await evaluator.goto(`${tenderPath}/evaluation/report`);
  expect(forbiddenReport?.status()).toBe(403);
  expect((await evaluator.request.get(`/api/evaluation-file?tender=${tenderPath.split("/")[2]}`)).status()).toBe(403);
  await evaluatorContext.close();

  // The award: the top-ranked bid is proposed; another needs a reason.
  await page.getByRole("link", { name: "Record the award decision" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Award decision");
  await expect(page.getByText(/The standstill period ends 10 calendar days after the decision date/)).toBeVisible();
  await expectAccessible(page);
  await expect(page.getByLabel("Codeworks Cooperative SCE (bid 1)")).toBeChecked();
  await page.getByLabel("Nordlicht Förderdienste GmbH (bid 4)").check();
  await page.getByRole("button", { name: "Record the award decision" }).click();
  await expect(errorSummary(page)).toContainText("Give the reason for awarding a bid other than the top-ranked one");
  await expectAccessible(page);
  await page.getByLabel("Codeworks Cooperative SCE (bid 1)").check();
  await page.getByRole("button", { name: "Record the award decision" }).click();
  // The page then shows the decision as recorded, with the end of the standstill.
  await expect(page.getByText("Award decided")).toBeVisible();
  await expect(page.getByText(/^Awarded to Codeworks Cooperative SCE \(bid 1\) on /)).toBeVisible();
  await expect(page.getByText(/^The standstill period ends on .+: the contract may be signed from the day after\.$/)).toBeVisible(); // prettier-ignore
  await expectAccessible(page);

  // The report, final now, with every part a reviewer needs.
  await page.getByRole("link", { name: "Open the award recommendation report" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Award recommendation report");
  await expect(page.getByText("Final: the award is decided.")).toBeVisible();
  await expectAccessible(page);
  for (const heading of [
    "Recommendation and decision",
    "Award criteria and method, as published",
    "Scores and justifications",
    "Evaluation panel and declarations",
    "Audit trail",
  ]) {
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
  }
  await expect(page.getByRole("table", { name: /Members of the panel/ })).toContainText("Jonas Chair");
  await expect(page.getByRole("table", { name: /Scores of Atlantis Digital Solutions S\.A\. \(bid 2\) on “Openness/ })).toContainText("The panel disagreed"); // prettier-ignore
  await expect(page.getByRole("table", { name: "Key events" })).toContainText("award.decided");

  // The tender's page says it is awarded; the evaluation file downloads as JSON.
  await visit(tenderPath);
  await expect(page.getByText("This tender has been awarded")).toBeVisible();
  const file = await page.request.get(`/api/evaluation-file?tender=${tenderPath.split("/")[2]}`);
  expect(file.status()).toBe(200);
  expect(((await file.json()) as { format: string }).format).toBe("tender-commons/evaluation");
});
