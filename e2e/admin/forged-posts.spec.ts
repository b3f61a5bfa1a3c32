// A server action is an HTTP endpoint anyone can post to, whatever the page shows. These tests
// replay a real "add member" post with another user's session and with forged data.
import type { Page } from "@playwright/test";
import { addMemberThroughForm, expect, signInViaApi, test } from "../fixtures";
import { USERS } from "../fixtures/demo-users";

/** Adds a member as the administrator, keeping the action's HTTP request to replay later. */
async function captureAddMemberPost(
  page: Page,
): Promise<{ url: string; headers: Record<string, string>; body: string; email: string }> {
  const email = `captured.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@ministry.example`;
  await signInViaApi(page, USERS.ministryAdmin);
  const posted = page.waitForRequest((r) => r.method() === "POST" && Boolean(r.headers()["next-action"]));
  await addMemberThroughForm(page, { name: "Captured Person", email, role: "Drafter" });
  const request = await posted;
  return { url: request.url(), headers: await request.allHeaders(), body: request.postData() ?? "", email };
}

function replay(page: Page, captured: Awaited<ReturnType<typeof captureAddMemberPost>>, body: string) {
  return page.request.post(captured.url, {
    headers: {
      "next-action": captured.headers["next-action"]!,
      "content-type": captured.headers["content-type"]!,
      accept: "text/x-component",
    },
    data: body,
  });
}

test("a post forged by a user without the permission is refused and changes nothing", async ({ browser }) => {
  const adminContext = await browser.newContext();
  const captured = await captureAddMemberPost(await adminContext.newPage());
  await adminContext.close();

  const drafterContext = await browser.newContext();
  const drafter = await drafterContext.newPage();
  await signInViaApi(drafter, USERS.ministryDrafter);
  const forgedEmail = `forged.${Date.now()}@ministry.example`;
  const response = await replay(drafter, captured, captured.body.replace(captured.email, forgedEmail));
  expect(await response.text()).toContain("FORBIDDEN");
  await drafterContext.close();

  const checkContext = await browser.newContext();
  const admin = await checkContext.newPage();
  await signInViaApi(admin, USERS.ministryAdmin);
  await admin.goto("/admin/members");
  await expect(admin.getByText(forgedEmail)).toHaveCount(0);
  await checkContext.close();
});

test("a post with forged data is refused with a validation error and changes nothing", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const captured = await captureAddMemberPost(page);
  const forgedEmail = `superuser.${Date.now()}@ministry.example`;
  const response = await replay(
    page,
    captured,
    captured.body.replace(captured.email, forgedEmail).replace('"DRAFTER"', '"SUPERUSER"'),
  );
  const text = await response.text();
  expect(text).toContain("VALIDATION");
  expect(text).toContain("validation.roleUnknown");
  await page.goto("/admin/members");
  await expect(page.getByText(forgedEmail)).toHaveCount(0);
  await context.close();
});
