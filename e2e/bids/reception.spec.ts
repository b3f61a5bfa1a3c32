import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "@playwright/test";
import { CSV_COLUMNS } from "../../lib/domain/bids/import/csv-format";
import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { submitBidsCsv, TITLE, today } from "./reception-helpers";

// The published demo tender (prisma/demo-published-tender.ts): tenders are due weeks after today,
// so a bid received today is on time. Each test registers bids of its own, with names of its own;
// receipt numbers are read from the page, since other tests register bids on the same tender.
const SBOM_FIXTURES = join(__dirname, "../../lib/domain/bids/sbom/fixtures");

async function openRegister(page: Page) {
  await page.goto(`/tenders?q=${encodeURIComponent("case management")}`);
  await page.getByRole("link", { name: TITLE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(TITLE);
  await page.getByRole("link", { name: "Go to the bids register" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bids received");
  await expect(page.getByText("The bids are sealed")).toBeVisible();
  await expectAccessible(page);
}

test("a drafter registers a bid through the form; the register shows its receipt, sealed", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const bidder = `Form Bidder ${Date.now()}`;
  await signInAs(USERS.ministryDrafter);
  await openRegister(page);
  await page.getByRole("link", { name: "Register a bid" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Register a bid");
  await expectAccessible(page);

  // Nothing entered: every problem is listed, and nothing is registered.
  await page.getByRole("button", { name: "Register and seal the bid" }).click();
  await expect(errorSummary(page)).toContainText("Enter a two-letter country code");
  await expect(errorSummary(page)).toContainText("Price line 1: Enter the amount");
  await expectAccessible(page);

  await page.getByLabel("Date received").fill(today());
  await page.getByLabel("Time received").fill("10:15");
  await page.getByLabel("Name of the bidder").fill(bidder);
  await page.getByLabel("Country").fill("BE");
  await page.getByLabel("VAT or company registration number").fill(`BE${Date.now()}`);
  await page
    .getByRole("group", { name: /small or medium-sized enterprise/ })
    .getByLabel("Yes")
    .check();
  await page
    .getByRole("group", { name: /as open source/ })
    .getByLabel("No")
    .check();

  const firstLine = page.getByRole("group", { name: "Price line 1" });
  await firstLine.getByLabel("Category").selectOption({ label: "Implementation and integration" });
  await firstLine.getByLabel("Year").selectOption({ label: "Year 0 (start)" });
  await firstLine.getByLabel(/Amount/).fill("120 000,50");
  await page.getByRole("button", { name: "Add a price line" }).click();
  const secondLine = page.getByRole("group", { name: "Price line 2" });
  await expect(secondLine.getByLabel("Category")).toBeFocused();
  await secondLine.getByLabel("Category").selectOption({ label: "Exit and reversibility" });
  // The last year offered is the exit period, after the tender's contract years.
  const years = secondLine.getByLabel("Year");
  await expect(years.locator("option").last()).toHaveText(/\(exit\)/);
  await years.selectOption({ label: (await years.locator("option").last().textContent())! });
  await secondLine.getByLabel(/Amount/).fill("5000");

  // The components, read from a CycloneDX file in the browser.
  await page.getByLabel("Software bill of materials").setInputFiles(join(SBOM_FIXTURES, "cyclonedx-1.6.json"));
  await page.getByRole("button", { name: "Add the components from this file" }).click();
  await expect(page.getByText("2 components added from the CycloneDX 1.6 file.")).toBeVisible();
  await expect(page.getByRole("group", { name: "keycloak-js" }).getByLabel("Licence")).toHaveValue("Apache-2.0");

  const strategic = page.getByRole("group", { name: /SOV-1/ });
  await strategic.getByLabel("Level claimed").selectOption({ label: "SEAL-3 · Digital resilience" });
  await strategic.getByLabel("Evidence given by the bidder").fill("A cooperative owned by its EU members.");
  // Evidence files travel with the bid; they are checked by their content before anything is sent.
  await strategic.getByLabel("Evidence files").setInputFiles({
    name: "statutes.docx",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await page.getByRole("button", { name: "Register and seal the bid" }).click();
  await expect(errorSummary(page)).toContainText("“statutes.docx” contains a PDF file");
  await strategic.getByLabel("Evidence files").setInputFiles({
    name: "statutes.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n%%EOF\n"),
  });
  await expectAccessible(page);

  await page.getByRole("button", { name: "Register and seal the bid" }).click();
  const confirmation = page.getByRole("status").filter({ hasText: "is registered" });
  await expect(confirmation).toContainText(/Bid \d+ is registered/);
  await expect(confirmation).toContainText("It is sealed now");
  const receipt = /Bid (\d+) is registered/.exec((await confirmation.textContent()) ?? "")![1]!;
  await expectAccessible(page);

  await confirmation.getByRole("link", { name: "Back to the bids register" }).click();
  await expect(page.getByRole("rowheader", { name: `Bid ${receipt}`, exact: true })).toBeVisible();
  const row = page.getByRole("row", { name: new RegExp(`^Bid ${receipt} `) });
  await expect(row).toContainText(`${today()} 10:15`);
  await expect(row).toContainText("Form");
  await expect(row).toContainText("Sealed");
  // Sealed: the register has no bidder column and never shows the name.
  await expect(page.getByRole("columnheader", { name: "Bidder" })).toHaveCount(0);
  await expect(page.getByText(bidder)).toHaveCount(0);
  await expectAccessible(page);
});

test("an import with an error stores nothing; a good one registers every bid; an SBOM joins a sealed bid", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const row = (bidder: string, id: string, category: string, year: string, amount: string) =>
    `${bidder},FR,${id},no,,,,${today()} 09:00,,yes,${category},${year},${amount},`;
  const csv = (...rows: string[]) => Buffer.from([CSV_COLUMNS.join(","), ...rows].join("\n"));

  await signInAs(USERS.ministryDrafter);
  await openRegister(page);
  await page.getByRole("link", { name: "Import bids from a file" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import bids from a file");
  await expect(page.getByRole("link", { name: /CSV template/ })).toBeVisible();
  await expectAccessible(page);

  await submitBidsCsv(
    page,
    csv(
      row(`Alpha ${stamp}`, `FRA${stamp}`, "IMPLEMENTATION", "0", "1000"),
      row(`Beta ${stamp}`, `FRB${stamp}`, "LICENCES", "1", "-20"),
      row(`Beta ${stamp}`, `FRB${stamp}`, "COFFEE", "1", "20"),
    ),
  );
  const refused = page.getByRole("alert").filter({ hasText: "The file has 2 problems" });
  await expect(refused).toContainText("No bid was registered");
  await expect(refused.getByRole("row", { name: /^3 amount The amount cannot be negative/ })).toBeVisible();
  await expect(refused.getByRole("row", { name: /^4 category Unknown category “COFFEE”/ })).toBeVisible();
  await expectAccessible(page);

  await submitBidsCsv(
    page,
    csv(
      row(`Alpha ${stamp}`, `FRA${stamp}`, "IMPLEMENTATION", "0", "1000"),
      row(`Beta ${stamp}`, `FRB${stamp}`, "LICENCES", "1", "20"),
      row(`Beta ${stamp}`, `FRB${stamp}`, "EXIT", "4", "20"),
    ),
  );
  const registered = page.getByRole("status").filter({ hasText: "2 bids registered" });
  await expect(registered).toContainText(/Receipt numbers \d+, \d+\. They are sealed now\./);
  const [first, second] = /Receipt numbers (\d+), (\d+)/.exec((await registered.textContent()) ?? "")!.slice(1);
  await expectAccessible(page);

  await registered.getByRole("link", { name: "Back to the bids register" }).click();
  for (const receipt of [first, second]) {
    await expect(page.getByRole("row", { name: new RegExp(`^Bid ${receipt} `) })).toContainText("CSV file");
  }
  await expect(page.getByText(`Alpha ${stamp}`)).toHaveCount(0);

  // A bill of materials for the sealed bid: write-only, named by its receipt number.
  await page.getByRole("link", { name: `Add a software bill of materials to bid ${second}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Add a software bill of materials to bid ${second}`);
  await expectAccessible(page);
  await page.getByLabel("Software bill of materials").setInputFiles(join(SBOM_FIXTURES, "cyclonedx-1.5.xml"));
  await page.getByRole("button", { name: `Add to bid ${second}` }).click();
  await expect(page.getByText("This is a CycloneDX XML file")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Software bill of materials").setInputFiles({
    name: "sbom.json",
    mimeType: "application/json",
    buffer: readFileSync(join(SBOM_FIXTURES, "cyclonedx-1.5.json")),
  });
  await page.getByRole("button", { name: `Add to bid ${second}` }).click();
  await expect(page.getByRole("status")).toContainText(`3 components added to bid ${second}`);
  await expect(page.getByText("The bid stays sealed.")).toBeVisible();
  await expect(page.getByText(`Beta ${stamp}`)).toHaveCount(0);
  await expectAccessible(page);
});
