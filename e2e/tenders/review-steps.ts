import type { Browser, Page } from "@playwright/test";
import { expect, expectAccessible, signInViaApi } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

/** The steps of a tender's review by the OSPO that the drafting and review specs share. */

/** The Ministry's OSPO, signed in in a browser context of their own (the drafter keeps theirs). */
export async function signInOspo(browser: Browser): Promise<{ ospo: Page; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const ospo = await context.newPage();
  await signInViaApi(ospo, USERS.ministryOspo);
  return { ospo, close: () => context.close() };
}

/** From the review queue (checked with axe), the review page of the tender titled `title`. */
export async function open(ospo: Page, title: string): Promise<void> {
  await ospo.goto("/reviews");
  await expectAccessible(ospo);
  await ospo.getByRole("link", { name: title }).click();
  await expect(ospo.getByRole("heading", { level: 1 })).toHaveText(`Review: ${title}`);
}

/** Comments on one section of the review page; returns the section. */
export async function commentOnSection(ospo: Page, section: string, comment: string) {
  const region = ospo.getByRole("region", { name: section });
  await region.getByLabel(`Comment on “${section}”`).fill(comment);
  await region.getByRole("button", { name: "Add comment" }).click();
  await expect(region.getByText("Your comment has been added.")).toBeVisible();
  return region;
}

export async function requestChanges(ospo: Page, reason: string): Promise<void> {
  await ospo.getByRole("radio", { name: /^Request changes/ }).check();
  await ospo.getByLabel("Reason").fill(reason);
  await ospo.getByRole("button", { name: "Send decision" }).click();
  await expect(ospo.getByText("Changes requested")).toBeVisible();
}

export async function approve(ospo: Page): Promise<void> {
  await ospo.getByRole("radio", { name: /^Approve/ }).check();
  await ospo.getByRole("button", { name: "Send decision" }).click();
  await expect(ospo.getByText("Tender approved")).toBeVisible();
  await expectAccessible(ospo);
}

/** The drafter, on a section's page, marks the review's comment there as resolved. */
export async function resolveComment(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Mark as resolved" }).click();
  await expect(page.getByText("Comment marked as resolved")).toBeVisible();
}

/** The drafter, on the task list, submits the tender for review. */
export async function submitForReview(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("This tender is being reviewed")).toBeVisible();
}
