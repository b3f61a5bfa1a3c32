import { expect, test } from "../fixtures";
import { releasePackageProblems } from "../../scripts/testing/ocds-validator";

test("a visitor finds the open data from the home page and fetches a valid OCDS release package", async ({
  page,
  visit,
}) => {
  await visit("/");
  await page.getByRole("main").getByRole("link", { name: "Open data (OCDS)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data (OCDS)");
  await visit("/open-data");
  await expect(page.getByText("identified by an ocid that starts with ocds-tc0000.")).toBeVisible();
  const download = page.getByRole("link", { name: "Open the first page of releases (JSON)" });
  await expect(download).toHaveAttribute("href", "/api/ocds/releases");

  // Not signed in: the visitor's own request context, without any session cookie.
  expect(await page.context().cookies()).not.toContainEqual(
    expect.objectContaining({ name: expect.stringContaining("session-token") }),
  );
  const response = await page.request.get("/api/ocds/releases");
  expect(response.status()).toBe(200);
  const releasePackage = (await response.json()) as { releases: { ocid: string; tender: { title?: string } }[] };
  expect(releasePackageProblems(releasePackage)).toEqual([]);
  expect(releasePackage.releases.length).toBeGreaterThan(0);
  expect(releasePackage.releases.every((release) => release.ocid.startsWith("ocds-tc0000-"))).toBe(true);
});

test("a wrong page number gets a 400 that says what is expected", async ({ request }) => {
  const response = await request.get("/api/ocds/releases?page=0");
  expect(response.status()).toBe(400);
  expect(await response.json()).toEqual({
    error: {
      code: "VALIDATION",
      message: "Invalid query parameter(s): page: page must be a whole number from 1 to 1000000",
    },
  });
});

test("the footer links to the open data page, in German too", async ({ page, visit }) => {
  await visit("/accessibility");
  await page.getByRole("contentinfo").getByRole("link", { name: "Open data (OCDS)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open data (OCDS)");
  await page.context().addCookies([{ name: "NEXT_LOCALE", value: "de", url: page.url() }]);
  await visit("/open-data");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Offene Daten (OCDS)");
});
