import { expect, expectAccessible, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";
import { importBid, PDF } from "./reception-helpers";

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
