import { expect, expectAccessible, test } from "../fixtures";

test("the language switch changes the page language and is remembered", async ({ page, visit }) => {
  await visit("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Buy software the open way");

  await page.getByRole("navigation", { name: "Language" }).getByRole("link", { name: "Français" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acheter du logiciel de façon ouverte");
  await expectAccessible(page);

  await page.getByRole("link", { name: "Se connecter" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Se connecter");
  await expect(page.getByLabel("Adresse électronique")).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("navigation", { name: "Langue" }).getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anmelden");
  await expectAccessible(page);
});

test("the browser's preferred language is used until the user chooses one", async ({ browser }) => {
  const context = await browser.newContext({ locale: "de-DE" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Software offen beschaffen");
  await context.close();
});

test("the language switch refuses to send the user to another site", async ({ request, baseURL }) => {
  const response = await request.get("/api/language?locale=fr&returnTo=//evil.example/", { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  // The app's own host, whatever port the tests run on (E2E_PORT).
  expect(new URL(response.headers().location!).host).toBe(new URL(baseURL!).host);
  const bad = await request.get("/api/language?locale=xx");
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error.code).toBe("VALIDATION");
});
