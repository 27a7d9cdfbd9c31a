import type { Page } from "@playwright/test";
import { createUser, DEMO_PASSWORD, expect, test } from "./fixtures";

/** Submits the form and waits for the server action's answer, so attempts are counted one by one. */
async function submitAndWait(page: Page, button: string) {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/signin"),
    page.getByRole("button", { name: button }).click(),
  ]);
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
    for (let i = 0; i < 5; i++) {
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
    await other.close();
    expect(learner.email).toContain("@");
  });

  test("change name and password on the account page", async ({ page, learner }) => {
    await page.goto("/account");
    await page.getByRole("textbox", { name: "Name" }).fill("Renamed Learner");
    await page.getByRole("button", { name: "Save name" }).click();
    await expect(page.getByText("Your name was saved.")).toBeVisible();
    await page.getByLabel("Current password").fill(learner.password);
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
