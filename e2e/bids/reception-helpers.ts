import type { Page } from "@playwright/test";
import { CSV_COLUMNS } from "../../lib/domain/bids/import/csv-format";

// The published demo tender (prisma/demo-published-tender.ts), as in reception.spec.ts: each test
// imports a bid of its own, with a registration number of its own, and reads its receipt number.
export const TITLE = "Development of a case management system released under EUPL-1.2";
export const today = () => new Date().toISOString().slice(0, 10);
export const PDF = Buffer.from("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

export const csvFile = (bidder: string, registrationId: string) =>
  Buffer.from(
    [CSV_COLUMNS.join(","), `${bidder},FR,${registrationId},no,,,,${today()} 09:00,,yes,IMPLEMENTATION,0,1000,`].join(
      "\n",
    ),
  );

/** Imports one bid from a CSV file on the tender's import page, and stays there. */
export async function importBid(page: Page, bidder: string, registrationId: string) {
  await page.goto(`/tenders?q=${encodeURIComponent("case management")}`);
  await page.getByRole("link", { name: TITLE }).click();
  await page.getByRole("link", { name: "Go to the bids register" }).click();
  await page.getByRole("link", { name: "Import bids from a file" }).click();
  await submitBidsCsv(page, csvFile(bidder, registrationId));
}

/** On the import page: chooses a CSV file of bids and imports it. */
export async function submitBidsCsv(page: Page, csv: Buffer) {
  await page.getByLabel("File", { exact: true }).setInputFiles({ name: "bids.csv", mimeType: "text/csv", buffer: csv });
  await page.getByRole("button", { name: "Import and seal the bids" }).click();
}
