import type { Page } from "@playwright/test";
import { CSV_COLUMNS } from "../../lib/domain/bids/import/csv-format";
import { expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

// The published demo tender (prisma/demo-published-tender.ts), as in reception.spec.ts: each test
// imports a bid of its own, with a registration number of its own, and reads its receipt number.
const TITLE = "Development of a case management system released under EUPL-1.2";
const today = () => new Date().toISOString().slice(0, 10);
const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

const csvFile = (bidder: string, registrationId: string) =>
  Buffer.from(
    [CSV_COLUMNS.join(","), `${bidder},FR,${registrationId},no,,,,${today()} 09:00,,yes,IMPLEMENTATION,0,1000,`].join(
      "\n",
    ),
  );

async function importBid(page: Page, bidder: string, registrationId: string) {
  await page.goto(`/tenders?q=${encodeURIComponent("case management")}`);
  await page.getByRole("link", { name: TITLE }).click();
  await page.getByRole("link", { name: "Go to the bids register" }).click();
  await page.getByRole("link", { name: "Import bids from a file" }).click();
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "bids.csv",
    mimeType: "text/csv",
    buffer: csvFile(bidder, registrationId),
  });
  await page.getByRole("button", { name: "Import and seal the bids" }).click();
}

test("evidence for SOV-2 joins a sealed bid: checked by its content, nothing of the bid shown", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  await signInAs(USERS.ministryDrafter);
  await importBid(page, `Evidence Bidder ${stamp}`, `FRE${stamp}`);
  const registered = page.getByRole("status").filter({ hasText: "1 bid registered" });
  const receipt = /Receipt number (\d+)\./.exec((await registered.textContent()) ?? "")![1]!;
  await registered.getByRole("link", { name: "Back to the bids register" }).click();

  await page.getByRole("link", { name: `Add evidence to bid ${receipt}`, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Add evidence to bid ${receipt}`);
  await expect(page.getByText(`Evidence Bidder ${stamp}`)).toHaveCount(0);
  await expectAccessible(page);

  // Nothing chosen: both fields say what is missing.
  await page.getByRole("button", { name: `Add to bid ${receipt}` }).click();
  await expect(page.getByText("Choose what the evidence supports")).toBeVisible();
  await expect(page.getByText("Choose at least one file")).toBeVisible();
  await expectAccessible(page);

  // A PDF named as an image, and an empty file: the content decides, every problem is listed.
  await page
    .getByLabel("What does this evidence support?")
    .selectOption({ label: "SOV-2 · Legal and jurisdictional sovereignty" });
  await page.getByLabel("Evidence files").setInputFiles([
    { name: "scan.png", mimeType: "image/png", buffer: PDF },
    { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
  ]);
  await page.getByRole("button", { name: `Add to bid ${receipt}` }).click();
  await expect(page.getByText("“scan.png” contains a PDF file, but its name does not end in .pdf")).toBeVisible();
  await expect(page.getByText("“empty.txt” is empty")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Evidence files").setInputFiles({
    name: "Statement on jurisdiction.pdf",
    mimeType: "application/pdf",
    buffer: PDF,
  });
  await page.getByRole("button", { name: `Add to bid ${receipt}` }).click();
  const added = page.getByRole("status").filter({ hasText: `1 file added to bid ${receipt}` });
  await expect(added).toContainText("As evidence for: SOV-2 · Legal and jurisdictional sovereignty.");
  await expect(added).toContainText("The bid stays sealed.");
  await expectAccessible(page);

  await added.getByRole("link", { name: "Back to the bids register" }).click();
  await expect(page.getByRole("row", { name: new RegExp(`^Bid ${receipt} `) })).toContainText("Sealed");
  await expect(page.getByText(`Evidence Bidder ${stamp}`)).toHaveCount(0);
});

test("importing a bidder that already has a bid warns first, and imports once confirmed", async ({
  page,
  signInAs,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  await signInAs(USERS.ministryDrafter);
  await importBid(page, `Twice ${stamp}`, `FRT${stamp}`);
  const first = page.getByRole("status").filter({ hasText: "1 bid registered" });
  const receipt = /Receipt number (\d+)\./.exec((await first.textContent()) ?? "")![1]!;

  // The same bidder again, its number written otherwise: a warning, nothing registered yet.
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "bids.csv",
    mimeType: "text/csv",
    buffer: csvFile(`Twice ${stamp} (corrected)`, `frt-${stamp}`),
  });
  await page.getByRole("button", { name: "Import and seal the bids" }).click();
  const warning = page.getByRole("heading", { name: "Check this bidder before importing" });
  await expect(warning).toBeVisible();
  await expect(page.getByText(`frt-${stamp}: already registered as bid ${receipt}`)).toBeVisible();
  await expect(page.getByText("Nothing has been registered yet.")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Import the file anyway" }).click();
  await expect(page.getByRole("status").filter({ hasText: "1 bid registered" })).toContainText(
    /Receipt number \d+\. It is sealed now\./,
  );
  await expectAccessible(page);
});
