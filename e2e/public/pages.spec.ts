import { expect, test } from "../fixtures";

test("visitors see the landing page, the template catalogue and the accessibility statement", async ({
  page,
  visit,
}) => {
  await visit("/");
  await expect(page.getByRole("link", { name: "Skip to main content" })).toBeAttached();
  await page.getByRole("link", { name: "Browse tender templates" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Template catalogue");
  await visit("/catalogue");
  await visit("/accessibility");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Accessibility statement");
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to main content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("#main-content")).toBeFocused();
});

test("an unknown page answers 404 with a clear page", async ({ page, visit }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await visit("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("the health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ status: "ok", database: "reachable" });
});
