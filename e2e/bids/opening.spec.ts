import { errorSummary, expect, expectAccessible, signInViaApi, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { declare, setUpPanel } from "../evaluation/panel-steps";

// The demo tender whose deadline has passed, with three sealed bids (prisma/demo-grants-tender.ts).
// This spec is the only one that opens its bids and sets up its evaluation panel.
const TITLE = "Grants management platform for research and innovation funding";

test("two people open the sealed bids; an evaluator, once on the panel and declared, lowers a claimed sovereignty level", async ({
  page,
  browser,
  signInAs,
  visit,
}) => {
  // Three people, about fifteen pages, each checked with axe.
  test.setTimeout(200_000);

  // Before the opening, the evaluator has nothing to read.
  const evaluatorContext = await browser.newContext();
  const evaluator = await evaluatorContext.newPage();
  await signInViaApi(evaluator, USERS.ministryEvaluator);
  await evaluator.goto("/evaluations");
  // (Another demo tender, already under evaluation, has bids from the same suppliers.)
  await expect(evaluator.getByRole("region", { name: TITLE })).toHaveCount(0);

  // The drafter finds the tender and asks for the opening.
  await signInAs(USERS.ministryDrafter);
  await visit(`/tenders?q=${encodeURIComponent("grants management")}`);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const tenderPath = new URL(page.url()).pathname;

  // The authority's internal costs, entered before the opening.
  await visit(`${tenderPath}/bids/internal-costs`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("The authority's internal costs");
  await expect(page.getByRole("table", { name: /internal costs by category and year/ })).toContainText(
    "Internal staff",
  );
  await page.getByLabel("Amount in EUR").first().fill("");
  await page.getByRole("button", { name: "Save the internal costs" }).click();
  await expect(errorSummary(page)).toContainText("Line 1: Internal staff: Enter the amount");
  await expectAccessible(page);
  await page.getByLabel("Amount in EUR").first().fill("62 000");
  await page.getByRole("button", { name: "Save the internal costs" }).click();
  await expect(page.getByText("The internal costs have been saved.")).toBeVisible();
  await expect(page.getByRole("table", { name: /internal costs by category and year/ })).toContainText("€62,000");

  await visit(`${tenderPath}/bids/opening`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open the bids");
  await expect(page.getByText("3 bids", { exact: true })).toBeVisible();
  await expect(page.getByText("The bids can be opened")).toBeVisible();
  await page.getByRole("button", { name: "Request the opening" }).click();
  await expect(page.getByText("The opening has been requested")).toBeVisible();
  await expect(page.getByText(/Amélie Drafter requested the opening on/)).toBeVisible();
  // The requester can withdraw, never confirm.
  await expect(page.getByRole("button", { name: "Withdraw the request" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm the opening" })).toHaveCount(0);
  await expectAccessible(page);

  // A second person with the right to open bids confirms.
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInViaApi(admin, USERS.ministryAdmin);
  await admin.goto(`${tenderPath}/bids/opening`);
  await expect(admin.getByText(/Amélie Drafter requested the opening on/)).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Confirm the opening" }).click();
  await expect(admin.getByText("The bids are open")).toBeVisible();
  await expect(admin.getByText(/requested by Amélie Drafter, confirmed by Dirk Admin/)).toBeVisible();
  await expectAccessible(admin);

  // The bid can now be read: prices by category and year, internal costs apart, components.
  await admin.getByRole("link", { name: "Bid 2: Atlantis Digital Solutions S.A." }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Bid 2: Atlantis Digital Solutions S.A.");
  const prices = admin.getByRole("table", { name: /bidder's prices by category and year/ });
  await expect(prices.getByRole("rowheader", { name: "Licences or subscriptions" })).toBeVisible();
  await expect(prices.getByRole("row", { name: /Exit and reversibility/ })).toContainText("€120,000");
  await expect(admin.getByRole("table", { name: /internal costs for this bid/ })).toContainText("€62,000");
  await expect(admin.getByRole("table", { name: "Components of the bid" })).toContainText("BUSL-1.1");
  await expectAccessible(admin);

  const bidPath = new URL(admin.url()).pathname;

  // Without a panel, the evaluator reads no bid (Art. 24: nobody has signed a declaration yet).
  await evaluator.goto("/evaluations");
  const listed = evaluator.getByRole("region", { name: TITLE });
  await expect(listed).toContainText("You are not on the panel of this tender.");
  await expect(listed.getByRole("link")).toHaveCount(0);
  await expectAccessible(evaluator);
  await evaluator.goto(bidPath);
  await expect(evaluator.getByText(/You are not on the panel of this tender: its evaluation panel is not set up yet/)).toBeVisible(); // prettier-ignore
  await expect(evaluator.getByText("Atlantis Digital Solutions S.A.")).toHaveCount(0);
  await expectAccessible(evaluator);

  // The procurement lead sets up the panel; the evaluator declares, then reads the bid.
  await visit(`${tenderPath}/evaluation/panel`);
  await setUpPanel(page, { chair: "Jonas Chair", evaluators: ["Bruno Evaluator", "Katrin Evaluator"] });
  await evaluator.goto(`${tenderPath}/evaluation`);
  await expect(evaluator.getByText("Next: sign your declaration")).toBeVisible();
  await declare(evaluator, ["Codeworks Cooperative SCE", "Atlantis Digital Solutions S.A.", "Nimbus Soft Ltd"]);
  await evaluator.goto(`${tenderPath}/evaluation/scoring`);
  await evaluator.getByRole("link", { name: "Read Bid 2: Atlantis Digital Solutions S.A." }).click();
  await expect(evaluator.getByRole("heading", { level: 1 })).toHaveText("Bid 2: Atlantis Digital Solutions S.A.");
  // The panel hides prices until the evaluator has submitted their scores.
  await expect(evaluator.getByText("Prices are hidden for now")).toBeVisible();
  await expectAccessible(evaluator);
  const certificate = evaluator.getByRole("link", { name: "iso27001-certificate.txt" });
  const download = await evaluator.request.get((await certificate.getAttribute("href"))!);
  expect(await download.text()).toContain("Delaware, USA");

  const sov2 = evaluator.getByRole("region", { name: "SOV-2 · Legal and jurisdictional sovereignty" });
  await expect(sov2).toContainText("Claimed by the bidder");
  await expect(sov2).toContainText("SEAL-3 · Digital resilience");
  await sov2.getByText("Review the claim on SOV-2").click();
  await sov2.getByLabel("Level after your review").selectOption({ label: "SEAL-1 · Jurisdictional sovereignty" });
  await sov2.getByRole("button", { name: "Save the review" }).click();
  await expect(errorSummary(evaluator)).toContainText("Explain why you confirm or lower the claimed level");
  await expectAccessible(evaluator);
  await sov2
    .getByLabel("Justification")
    .fill("The ISO certificate names a parent company in Delaware: US law can reach the bidder.");
  await sov2.getByRole("button", { name: "Save the review" }).click();
  await expect(sov2.getByText("Your review has been saved.")).toBeVisible();
  await expect(sov2).toContainText("Reviewed by Bruno Evaluator");
  await expect(sov2).toContainText("SEAL-1 · Jurisdictional sovereignty");
  // The claim stays beside the reviewed level.
  await expect(sov2).toContainText("SEAL-3 · Digital resilience");
  await expectAccessible(evaluator);

  await adminContext.close();
  await evaluatorContext.close();
});

test("the opening page is not found for another organisation, and no access for the OSPO", async ({
  page,
  browser,
  signInAs,
}) => {
  await signInAs(USERS.ministryDrafter);
  await page.goto(`/tenders?q=${encodeURIComponent("grants management")}`);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  const openingPath = `${new URL(page.url()).pathname}/bids/opening`;

  const ospoContext = await browser.newContext();
  const ospo = await ospoContext.newPage();
  await signInViaApi(ospo, USERS.ministryOspo);
  expect((await ospo.goto(openingPath))?.status()).toBe(403);
  await ospoContext.close();

  const municipalityContext = await browser.newContext();
  const municipality = await municipalityContext.newPage();
  await signInViaApi(municipality, USERS.municipalityAdmin);
  expect((await municipality.goto(openingPath))?.status()).toBe(404);
  await expect(municipality.getByText(TITLE)).toHaveCount(0);
  await expectAccessible(municipality);
  await municipalityContext.close();
});
