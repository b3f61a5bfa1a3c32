import { CSV_COLUMNS } from "../../lib/domain/bids/import/csv-format";
import { OPEN_DATA_TITLE } from "../../prisma/demo-open-data-tender";
import { pastDeadlineTimeline } from "../../prisma/demo-timelines";
import { expect, expectAccessible, signInViaApi, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

// The City's open data tender in two lots (prisma/demo-open-data-tender.ts): published, its
// deadline passed, no bid yet. This spec is the only one that changes it: it imports the bids,
// adds a bill of materials to one, opens them with two people and reads the assessment.

/** The deadline day the seed gave the tender (it runs on the same day as this test). */
const deadline = () => pastDeadlineTimeline(new Date().toISOString().slice(0, 10)).tenderDeadline!;

type CsvBid = { name: string; country: string; id: string; lot: string; openSource: boolean; lines: string[][] };

/** One row per price line, the bidder's columns repeated (docs/bids-import.md). */
function csvFile(bids: CsvBid[]): Buffer {
  const rows = bids.flatMap((bid) =>
    bid.lines.map(
      ([category, year, amount]) =>
      [bid.name, bid.country, bid.id, "yes", "", "", bid.lot, `${deadline()} 09:00`, "", bid.openSource ? "yes" : "no", category, year, amount, ""].join(","), // prettier-ignore
    ),
  );
  return Buffer.from([CSV_COLUMNS.join(","), ...rows].join("\n"));
}

const everyYear = (category: string, amount: string) => ["1", "2", "3"].map((year) => [category, year, amount]);

const BIDS: CsvBid[] = [
  {
    name: "Datenwerk eG",
    country: "DE",
    id: "DE811111111",
    lot: "LOT-1",
    openSource: true,
    lines: [["IMPLEMENTATION", "0", "60000"], ...everyYear("HOSTING", "8000"), ...everyYear("SUPPORT_MAINTENANCE", "12000"), ["EXIT", "4", "5000"]], // prettier-ignore
  },
  {
    // No exit line; its bill of materials delivers a source-available core: open-washing.
    name: "Portalis GmbH",
    country: "DE",
    id: "DE822222222",
    lot: "LOT-1",
    openSource: true,
    lines: [["IMPLEMENTATION", "0", "40000"], ...everyYear("LICENCES", "15000"), ...everyYear("SUPPORT_MAINTENANCE", "10000")], // prettier-ignore
  },
  {
    // About EUR 29,000 discounted: far below the other two and below half of the lot's EUR 180,000.
    name: "Budget Data Ltd",
    country: "IE",
    id: "IE9333333A",
    lot: "LOT-1",
    openSource: false,
    lines: [["IMPLEMENTATION", "0", "20000"], ...everyYear("SUPPORT_MAINTENANCE", "3000"), ["EXIT", "4", "1000"]],
  },
  {
    name: "Kartenwerk GmbH",
    country: "DE",
    id: "DE844444444",
    lot: "LOT-2",
    openSource: true,
    lines: [["IMPLEMENTATION", "0", "50000"], ...everyYear("SUPPORT_MAINTENANCE", "9000"), ["EXIT", "4", "4000"]],
  },
  {
    name: "GeoOpen SRL",
    country: "IT",
    id: "IT05555555555",
    lot: "LOT-2",
    openSource: true,
    lines: [["IMPLEMENTATION", "0", "45000"], ...everyYear("HOSTING", "6000"), ...everyYear("SUPPORT_MAINTENANCE", "8000"), ["EXIT", "4", "3000"]], // prettier-ignore
  },
];

/** A CycloneDX 1.5 bill of materials: the delivered core under BUSL-1.1, two open dependencies. */
const SBOM = Buffer.from(
  JSON.stringify({
    bomFormat: "CycloneDX",
    specVersion: "1.5",
    version: 1,
    metadata: {
      component: {
        type: "application",
        name: "portalis-core",
        version: "4.2.0",
        supplier: { name: "Portalis GmbH" },
        licenses: [{ license: { id: "BUSL-1.1" } }],
      },
    },
    components: [
      { type: "library", name: "react", version: "19.1.0", licenses: [{ license: { id: "MIT" } }] },
      { type: "library", name: "postgresql", version: "17.2", licenses: [{ expression: "PostgreSQL" }] },
    ],
  }),
);

test("bids imported from a CSV file and a bill of materials, opened by two people, compared and assessed", async ({
  page,
  browser,
  signInAs,
  visit,
}) => {
  // Three people, about a dozen pages, each checked with axe.
  test.setTimeout(180_000);

  await signInAs(USERS.municipalityDrafter);
  await visit(`/tenders?q=${encodeURIComponent("open data portal")}`);
  await page.getByRole("link", { name: OPEN_DATA_TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(OPEN_DATA_TITLE);
  await page.getByRole("link", { name: "Go to the bids register" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bids received");
  const registerPath = new URL(page.url()).pathname;

  // The bids arrived on paper and by e-mail before the deadline: one CSV file brings them in.
  await page.getByRole("link", { name: "Import bids from a file" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import bids from a file");
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "bids.csv", mimeType: "text/csv", buffer: csvFile(BIDS) }); // prettier-ignore
  await page.getByRole("button", { name: "Import and seal the bids" }).click();
  const registered = page.getByRole("status").filter({ hasText: "5 bids registered" });
  await expect(registered).toContainText("Receipt numbers 1, 2, 3, 4, 5. They are sealed now.");
  await expectAccessible(page);

  // Portalis's bill of materials joins its sealed bid (receipt 2).
  await visit(registerPath);
  await page.getByRole("link", { name: "Add a software bill of materials to bid 2", exact: true }).click();
  await page.getByLabel("Software bill of materials").setInputFiles({ name: "portalis.cdx.json", mimeType: "application/json", buffer: SBOM }); // prettier-ignore
  await page.getByRole("button", { name: "Add to bid 2" }).click();
  await expect(page.getByRole("status")).toContainText("3 components added to bid 2");
  await expectAccessible(page);

  // Sealed: the comparison says so, and shows nothing of the bids.
  const comparisonPath = registerPath.replace(/\/bids$/, "/bids/comparison");
  await visit(comparisonPath);
  await expect(page.getByText("The bids are sealed")).toBeVisible();
  await expect(page.getByText("Portalis GmbH")).toHaveCount(0);

  // Four eyes: the drafter requests the opening, the administrator confirms it.
  await visit(registerPath.replace(/\/bids$/, "/bids/opening"));
  await page.getByRole("button", { name: "Request the opening" }).click();
  await expect(page.getByText("The opening has been requested")).toBeVisible();
  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await signInViaApi(admin, USERS.municipalityAdmin);
  await admin.goto(registerPath.replace(/\/bids$/, "/bids/opening"));
  await admin.getByRole("button", { name: "Confirm the opening" }).click();
  await expect(admin.getByText("The bids are open")).toBeVisible();
  await expectAccessible(admin);
  await adminContext.close();

  // No panel yet: an evaluator is told they are not on it, and reads nothing of the bids.
  const evaluatorContext = await browser.newContext();
  const evaluator = await evaluatorContext.newPage();
  await signInViaApi(evaluator, USERS.municipalityEvaluator);
  await evaluator.goto("/evaluations");
  const listed = evaluator.getByRole("region", { name: OPEN_DATA_TITLE });
  await expect(listed).toContainText("You are not on the panel of this tender.");
  await expect(listed.getByRole("link", { name: "Compare the bids" })).toHaveCount(0);
  await expectAccessible(evaluator);
  await evaluator.goto(comparisonPath);
  await expect(evaluator.getByText(/You are not on the panel of this tender: its evaluation panel is not set up yet/)).toBeVisible(); // prettier-ignore
  await expect(evaluator.getByText("Portalis GmbH")).toHaveCount(0);
  await expectAccessible(evaluator);
  await evaluatorContext.close();

  // The procurement lead compares the bids: lot 1 first.
  await visit(comparisonPath);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparison of the bids for lot LOT-1");
  const table = page.getByRole("table", { name: "The bids side by side" });
  await expect(table.getByRole("columnheader")).toHaveText(["Figure", "Bid 1: Datenwerk eG", "Bid 2: Portalis GmbH", "Bid 3: Budget Data Ltd"]); // prettier-ignore
  await expect(table.getByRole("row", { name: /^Exit cost line/ })).toHaveText(/Exit cost line\s*Stated\s*⚠ Missing\s*Stated/); // prettier-ignore
  await expect(table.getByRole("row", { name: /^Open source claim/ })).toContainText("Open-washing");
  await expect(table.getByRole("row", { name: /^Flag/ })).toContainText("Possibly abnormally low: ask for an explanation"); // prettier-ignore
  // The charts are images with a name, their figures in tables under them.
  await expect(page.getByRole("img", { name: "Discounted cost of each bid, by category" })).toBeVisible();
  await expect(page.getByRole("img", { name: "Cumulative discounted cost over the years" })).toBeVisible();
  const costTable = page.getByRole("table", { name: "Discounted cost by category, in EUR" });
  // Budget Data's implementation is in year 0, so its discounted figure is its price.
  await expect(costTable.getByRole("row", { name: /^Bid 3: Budget Data Ltd/ })).toContainText("€20,000");
  await expect(page.getByRole("table", { name: "Cumulative discounted cost by year, in EUR" })).toContainText("Year 4 (exit)"); // prettier-ignore

  // The other lot, through a plain link.
  await page.getByRole("link", { name: "Lot LOT-2: City map services" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparison of the bids for lot LOT-2");
  await expect(page.getByRole("table", { name: "The bids side by side" }).getByRole("columnheader")).toHaveText([
    "Figure",
    "Bid 4: Kartenwerk GmbH",
    "Bid 5: GeoOpen SRL",
  ]);
  await expectAccessible(page);

  // One bid's assessment, from the comparison of lot 1.
  await page.getByRole("link", { name: "Lot LOT-1: Open data portal" }).click();
  await page.getByRole("link", { name: "Bid 2: Portalis GmbH" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Assessment of bid 2: Portalis GmbH");
  await expect(page.getByText("Missing exit line")).toBeVisible();
  await expect(page.getByText("Discount rate 3 % a year, over 3 contract years.", { exact: false })).toBeVisible();
  const totals = page.getByRole("table", { name: "Total cost of ownership, in EUR" });
  await expect(totals.getByRole("row", { name: /^The bidder's prices/ })).toContainText("€115,000");
  await expect(totals.getByRole("row", { name: /^The authority's internal costs/ })).toContainText("€40,000");
  await expect(page.getByText("Open-washing", { exact: true })).toBeVisible();
  const licences = page.getByRole("table", { name: "Each component's licence" });
  await expect(licences.getByRole("row", { name: /portalis-core/ })).toContainText("Not open");
  await expect(licences.getByRole("row", { name: /portalis-core/ })).toContainText("BUSL-1.1");
  await expect(licences.getByRole("row", { name: /^react/ })).toContainText("A dependency: not delivered");
  await expect(page.getByText("Sovereignty gate passed")).toBeVisible();
  await expect(page.getByText("Coverage: 0 %")).toBeVisible();
  await expect(page.getByText("The price is not flagged as abnormally low.")).toBeVisible();
  await expectAccessible(page);

  // The bid that asks for an explanation.
  await page.goBack();
  await page.getByRole("link", { name: "Bid 3: Budget Data Ltd" }).click();
  await expect(page.getByText("The price may be abnormally low")).toBeVisible();
  await expect(page.getByText("It is below half of the estimated value.")).toBeVisible();
  await expect(page.getByText(/never excludes the bid by itself/)).toBeVisible();
  await expectAccessible(page);
});
