import { errorSummary, expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { csvFile, importBid, today } from "./reception-helpers";

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

test("registering a bidder that already has a bid through the form asks to confirm", async ({ page, signInAs }) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  await signInAs(USERS.ministryDrafter);
  await importBid(page, `Again ${stamp}`, `FRA${stamp}`);
  const first = page.getByRole("status").filter({ hasText: "1 bid registered" });
  const receipt = /Receipt number (\d+)\./.exec((await first.textContent()) ?? "")![1]!;
  await first.getByRole("link", { name: "Back to the bids register" }).click();

  await page.getByRole("link", { name: "Register a bid" }).click();
  await page.getByLabel("Date received").fill(today());
  await page.getByLabel("Time received").fill("11:00");
  await page.getByLabel("Name of the bidder").fill(`Again ${stamp}, corrected`);
  await page.getByLabel("Country").fill("FR");
  await page.getByLabel("VAT or company registration number").fill(`FR A ${stamp}`);
  await page
    .getByRole("group", { name: /small or medium-sized enterprise/ })
    .getByLabel("No")
    .check();
  await page
    .getByRole("group", { name: /as open source/ })
    .getByLabel("Yes")
    .check();
  const line = page.getByRole("group", { name: "Price line 1" });
  await line.getByLabel("Category").selectOption({ label: "Implementation and integration" });
  await line.getByLabel("Year").selectOption({ label: "Year 0 (start)" });
  await line.getByLabel(/Amount/).fill("900");
  await page.getByRole("button", { name: "Register and seal the bid" }).click();

  // A warning with the receipt number the bidder already has; nothing registered yet.
  await expect(errorSummary(page)).toContainText(`already has bid ${receipt} registered for this tender`);
  await expect(page.getByRole("status").filter({ hasText: "is registered" })).toHaveCount(0);
  await expectAccessible(page);
  await page.getByLabel("Register this bid as well").check();
  await page.getByRole("button", { name: "Register and seal the bid" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is registered" })).toContainText(/Bid \d+ is registered/);
  await expectAccessible(page);
});
