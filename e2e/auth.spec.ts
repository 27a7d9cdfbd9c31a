import type { Page } from "@playwright/test";
import { createUser, DEMO_PASSWORD, expect, pool, signInAs, test } from "./fixtures";

/**
 * Submits the form and waits until the page has taken in the server action's
 * answer, so attempts are counted one by one. The response alone is not
 * enough: React resets the form when it commits the answer, and a password
 * typed before that commit would be wiped (the next attempt then sends none).
 * The button reads its own name again only in that commit.
 */
async function submitAndWait(page: Page, button: string) {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/signin"),
    page.getByRole("button", { name: button }).click(),
  ]);
  await expect(page.getByRole("button", { name: button })).toBeEnabled();
}

test.describe("accounts", () => {
  test("sign up, see the signed-in header, sign out", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Grace Hopper");
    const email = `grace-${Date.now()}@example.test`;
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("compilers are friends");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Dashboard" })).toBeVisible();
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  });

  test("sign-up explains a common password and an invalid email", async ({ page }) => {
    await page.goto("/signup");
    await page.getByLabel("Name").fill("Al");
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Password").fill("password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Enter an email address like name@example.com")).toBeVisible();
    await expect(page.getByText(/one of the most common/)).toBeVisible();
    await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  });

  test("the demo learner signs in and returns to the page they wanted", async ({ page }) => {
    await page.goto("/account");
    await expect(page).toHaveURL(/\/signin\?next=%2Faccount/);
    await page.getByLabel("Email").fill("learner@example.com");
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/account$/);
    await expect(page.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });

  test("a wrong password and an unknown email get the same message", async ({ page }) => {
    await page.goto("/signin");
    await page.getByLabel("Email").fill("learner@example.com");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Incorrect email or password.")).toBeVisible();
    await page.getByLabel("Email").fill("nobody-here@example.test");
    await page.getByLabel("Password").fill("not-the-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Incorrect email or password.")).toBeVisible();
  });

  test("repeated failures trip the rate limit, in the form and as a 429", async ({ page, request }) => {
    const user = await createUser();
    await page.goto("/signin");
    // 10 failures for one account from one address; the 11th attempt waits, even with the right password.
    for (let i = 0; i < 10; i++) {
      await page.getByLabel("Email").fill(user.email);
      await page.getByLabel("Password").fill(`wrong-${i}-password`);
      await submitAndWait(page, "Sign in");
      await expect(page.getByText("Incorrect email or password.")).toBeVisible();
    }
    await page.getByLabel("Password").fill(user.password);
    await submitAndWait(page, "Sign in");
    await expect(page.getByText(/Too many sign-in attempts/)).toBeVisible();

    const res = await request.post("/api/auth/callback/credentials", { form: { email: user.email, password: user.password } });
    expect(res.status()).toBe(429);
    expect(res.headers()["retry-after"]).toBeTruthy();
  });

  test("a forged X-Forwarded-For per request does not escape the per-address limit", async ({ request }) => {
    const user = await createUser();
    const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const res = await request.post("/api/auth/callback/credentials", {
        form: { email: user.email, password: `forged-${i}-guess`, csrfToken },
        headers: { "X-Forwarded-For": `203.0.113.${i + 1}`, "X-Real-IP": `198.51.100.${i + 1}` },
        maxRedirects: 0,
      });
      statuses.push(res.status());
    }
    // Without the fix each request looked like a new address and none was refused before the 50th.
    expect(statuses.slice(0, 10).every((s) => s !== 429), statuses.join(",")).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });

  test("the auth endpoints refuse oversized bodies with a 413", async ({ request }) => {
    const res = await request.post("/api/auth/callback/credentials", {
      form: { email: "someone@example.test", password: "x".repeat(20_000) },
      maxRedirects: 0,
    });
    expect(res.status()).toBe(413);
  });

  test("next= cannot send a signed-in user to another site, however it is spelled", async ({ request, learner: _signedIn, page }) => {
    for (const next of ["/.//evil.example", "//evil.example", "/\\evil.example", "/a/..//evil.example"]) {
      const res = await page.request.get(`/signin?next=${encodeURIComponent(next)}`, { maxRedirects: 0 });
      expect(res.status(), next).toBe(307);
      expect(res.headers()["location"], next).toBe("/dashboard");
    }
    expect((await request.get("/signin?next=/.//evil.example", { maxRedirects: 0 })).status()).toBe(200);
  });

  test("Auth.js's own sign-out endpoint ends every copy of the session too", async ({ page, browser, learner: _signedIn }) => {
    // Every Auth.js answer sets a CSRF cookie when the request had none, so the page's own
    // /api/me/state call, still in flight, would replace the one fetched below: let it finish.
    await Promise.all([page.waitForResponse((r) => new URL(r.url()).pathname === "/api/me/state"), page.goto("/account")]);
    const cookies = await page.context().cookies();
    const other = await browser.newContext();
    await other.addCookies(cookies);
    const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
    const res = await page.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
    expect(res.status()).toBeLessThan(400);
    expect(res.headers()["location"] ?? "", "a refused CSRF token redirects to the error page").not.toContain("error");
    const state = await (await other.request.get("/api/me/state")).json();
    expect(state.signedIn).toBe(false);
    await other.close();
  });

  test("a session past its absolute lifetime is over, however fresh its cookie", async ({ browser }) => {
    const user = await createUser();
    const context = await browser.newContext();
    const page = await context.newPage();
    await signInAs(page, user, { authTime: Math.floor(Date.now() / 1000) - 31 * 24 * 60 * 60 });
    const state = await (await page.request.get("/api/me/state")).json();
    expect(state.signedIn).toBe(false);
    await signInAs(page, user);
    const fresh = await page.request.get("/api/me/state");
    expect((await fresh.json()).signedIn).toBe(true);
    // Activity renews the cookie (the idle timeout restarts); the sign-in time inside it does not move.
    expect(fresh.headers()["set-cookie"] ?? "").toContain("authjs.session-token=");
    await context.close();
  });

  test("signing out ends the session everywhere, even for a copied cookie", async ({ page, browser, learner }) => {
    await page.goto("/account");
    const cookies = await page.context().cookies();
    const other = await browser.newContext();
    await other.addCookies(cookies);
    const otherPage = await other.newPage();
    await otherPage.goto("/account");
    await expect(otherPage.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
    await otherPage.goto("/account");
    await expect(otherPage).toHaveURL(/\/signin/);
    expect((await (await otherPage.request.get("/api/me/state")).json()).signedIn).toBe(false);
    await other.close();
    // Every copy ends because the account's session version moved on past the one in the cookie.
    const { rows } = await pool.query<{ sessionVersion: number }>(`SELECT "sessionVersion" FROM "User" WHERE id = $1`, [learner.id]);
    expect(rows[0]!.sessionVersion).toBeGreaterThan(0);
  });

  test("change name and password on the account page", async ({ page, learner }) => {
    await page.goto("/account");
    await page.getByRole("textbox", { name: "Name" }).fill("Renamed Learner");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByText("Your name was saved.")).toBeVisible();
    await page.getByRole("region", { name: "Password" }).getByLabel("Current password").fill(learner.password);
    await page.getByLabel("New password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Change password" }).click();
    await expect(page).toHaveURL(/\/signin/);
    await expect(page.getByText(/Your password was changed/)).toBeVisible();
    await page.getByLabel("Email").fill(learner.email);
    await page.getByLabel("Password").fill("a brand new passphrase");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  });
});
