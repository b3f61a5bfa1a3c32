import { expect, expectAccessible, test } from "../fixtures";

// The demo templates (prisma/demo-templates.ts) are read, never changed; other tests may add
// templates to the same database, so results are checked for what must be there (and what must
// not), not counted exactly.
const CUSTOM_SOFTWARE = "Development of custom software released under EUPL-1.2";
const CUSTOM_SOFTWARE_DE = "Entwicklung von Individualsoftware unter der EUPL-1.2";
const SUITE_FR = "Suite collaborative open source (hébergée ou sur site)";
const HOSTED_MAIL = "Hosted mail and calendar service";
const SUITE = "Open-source collaboration suite (hosted or on premises)";

test("a visitor searches the catalogue, filters, opens a template, reads its history and what changed", async ({
  page,
  visit,
}) => {
  await visit("/catalogue");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Template catalogue");
  const results = page.getByRole("list", { name: "Templates" });

  // French stemming: "logiciels" finds the French template, which says "logiciels libres".
  await page.getByLabel("Search templates").fill("logiciels");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/[?&]q=logiciels/);
  await expect(page.getByRole("status")).toContainText(/match(es)? “logiciels”/);
  await expect(results.getByRole("link", { name: SUITE_FR })).toBeVisible();
  await expectAccessible(page);

  // Words in English, then two filters: the German translation (City of Lindenau) drops out.
  await page.getByLabel("Search templates").fill("custom software");
  await page.getByLabel("Category").selectOption({ label: "Custom software development" });
  await page.getByLabel("Country of the publisher").selectOption({ label: "Belgium" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/country=BE/);
  await expect(results.getByRole("link", { name: CUSTOM_SOFTWARE })).toBeVisible();
  await expect(results.getByRole("link", { name: CUSTOM_SOFTWARE_DE })).toHaveCount(0);
  await expect(page.getByLabel("Category")).toHaveValue("CUSTOM_DEVELOPMENT");
  await expectAccessible(page);

  await results.getByRole("link", { name: CUSTOM_SOFTWARE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CUSTOM_SOFTWARE);
  await expectAccessible(page);
  await expect(page.getByText("Ministry of Digital Affairs (Belgium)")).toBeVisible();
  await expect(page.getByRole("link", { name: "Read the text of EUPL-1.2" })).toHaveAttribute(
    "href",
    "https://eur-lex.europa.eu/eli/dec_impl/2017/863/oj",
  );
  await expect(page.getByRole("link", { name: "Start a tender from this template" })).toHaveAttribute(
    "href",
    "/catalogue/custom-software-eupl/start",
  );
  await expect(page.getByRole("link", { name: CUSTOM_SOFTWARE_DE })).toBeVisible();
  // A clause rendered with the template's default: source code within 10 days of each release.
  await page.getByText("Delivery of the source code").click();
  await expect(page.getByText(/at the latest 10 days after it/)).toBeVisible();
  await expect(page.getByRole("table", { name: "Award criteria and weights" })).toContainText("Openness");
  await expect(page.getByText("S = Smax × (Pmax − P) / (Pmax − Pmin)")).toBeVisible();

  await page.getByRole("link", { name: "Version history (2 versions)" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Version history: ${CUSTOM_SOFTWARE}`);
  await expectAccessible(page);
  await expect(
    page.getByText(/A software bill of materials \(SPDX 2.3 or CycloneDX 1.6\) is now mandatory/),
  ).toBeVisible();

  await page.getByRole("link", { name: "Compare version 2 with version 1" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`What changed: ${CUSTOM_SOFTWARE}`);
  await expectAccessible(page);
  await expect(page.getByRole("heading", { name: "Requirements", level: 2 })).toBeVisible();
  await expect(page.getByText("Added: REQ-16")).toBeVisible();
  await expect(page.getByText(/Builds are reproducible/)).toBeVisible();
  const openness = page.getByRole("listitem").filter({ hasText: "Changed: Openness" });
  await expect(openness).toContainText("15 → 20");
  // Codes in words: the clause by its title, its status by its label.
  await expect(
    page.getByRole("listitem").filter({ hasText: "Changed: Software bill of materials (SBOM)" }),
  ).toContainText("Recommended → Mandatory");
  await expect(page.getByRole("listitem").filter({ hasText: "Added: REQ-16" })).toContainText(
    /Level\s*\(none\) → Should/,
  );
  await expect(page.locator("ins").first()).toBeVisible();

  await page.getByRole("link", { name: "Back to the version history" }).click();
  await page.getByRole("link", { name: "Read version 1" }).click();
  await expect(page.getByText("You are reading version 1, an earlier version")).toBeVisible();
  await expectAccessible(page);
});

test("withdrawn templates show only when asked, pointing to their successor", async ({ page, visit }) => {
  await visit("/catalogue?q=calendar");
  const results = page.getByRole("list", { name: "Templates" });
  await expect(results.getByRole("link", { name: SUITE, exact: true })).toBeVisible();
  await expect(results.getByRole("link", { name: HOSTED_MAIL })).toHaveCount(0);

  await page.getByLabel("Include withdrawn templates").check();
  await page.getByRole("button", { name: "Apply filters" }).click();
  const withdrawn = results.getByRole("article", { name: HOSTED_MAIL });
  await expect(withdrawn).toContainText("Withdrawn");
  await expect(withdrawn.getByRole("link", { name: SUITE })).toBeVisible();
  await expectAccessible(page);

  await withdrawn.getByRole("link", { name: HOSTED_MAIL }).click();
  await expect(page.getByText("This template has been withdrawn by its publisher")).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: SUITE }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(SUITE);
});

test("a CPV code that is not one, and a search that finds nothing, are explained", async ({ page, visit }) => {
  await visit("/catalogue?cpv=software");
  await expect(page.getByText("That is not a CPV code")).toBeVisible();
  await visit("/catalogue?q=zzqqxxnothing");
  await expect(page.getByRole("status")).toHaveText("No templates match “zzqqxxnothing”");
  await expect(page.getByRole("heading", { name: "No template matches your search" })).toBeVisible();
});

test("reading the catalogue works with JavaScript turned off", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/catalogue");
  // The plain GET form submits without JavaScript.
  await page.getByLabel("Search templates").fill("Fachverfahren");
  await page.getByLabel("Search templates").press("Enter");
  await expect(page).toHaveURL(/q=Fachverfahren/);
  await page.getByRole("list", { name: "Templates" }).getByRole("link", { name: CUSTOM_SOFTWARE_DE }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(CUSTOM_SOFTWARE_DE);
  // Clauses open natively (details/summary), in the template's language.
  await page.getByText("Übergabe des Quellcodes").click();
  await expect(page.getByText(/spätestens jedoch 10 Tage danach/)).toBeVisible();
  await page.goto("/catalogue/custom-software-eupl/compare");
  await page.getByLabel("Earlier version").selectOption("2");
  await page.getByLabel("Later version").selectOption("1");
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(/from=2&to=1/);
  await expect(page.getByRole("listitem").filter({ hasText: "Changed: Openness" })).toContainText("20 → 15");
  await context.close();
});

test("search engines and link previews get a canonical address, a description and the sitemap", async ({
  page,
  request,
}) => {
  await page.goto("/catalogue/custom-software-eupl/versions/1");
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/catalogue\/custom-software-eupl$/);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", `${CUSTOM_SOFTWARE}, version 1`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /^Agile development of software/);
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/catalogue/open-source-collaboration-suite</loc>");
  expect(sitemap).toContain("/catalogue/individualsoftware-eupl/versions</loc>");
  expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: http.*\/sitemap\.xml/);
});
