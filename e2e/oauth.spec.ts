import crypto from "node:crypto";
import { startOidcProvider, type TestOidcProvider } from "../tests/integration/oidc-provider";
import { createUser, expect, pool, test } from "./fixtures";

/**
 * Sign-in with a provider through the real UI (docs/decisions/018), against
 * an OpenID Connect provider this file runs on E2E_OIDC_PORT (scripts/test.ts
 * configures the app with it as "School SSO"). GitHub and Google go through
 * the same linking code; only their endpoints differ.
 */
const port = Number(process.env.E2E_OIDC_PORT);
const secret = process.env.E2E_OIDC_SECRET ?? "";
// These tests browse the site as localhost, the name a provider's callback URL is registered with
// on one machine: Next rewrites a loopback IP to localhost in request URLs, so a sign-in begun at
// 127.0.0.1 would be sent back to localhost, where its cookies are not (docs/decisions/018).
const publicUrl = (process.env.BASE_URL ?? "http://127.0.0.1:3000").replace("//127.0.0.1:", "//localhost:");

test.describe.configure({ mode: "default" });

let op: TestOidcProvider;
test.beforeAll(async () => {
  if (!port) throw new Error("run the browser tests with `npm test` (E2E_OIDC_PORT is unset)");
  op = await startOidcProvider({ port, clientId: "case-studies-e2e", clientSecret: secret, redirectUris: [`${publicUrl}/api/auth/callback/oidc`] });
});
test.afterAll(async () => op?.close());

/** Goes to a path of the site as localhost. */
const visit = (page: import("@playwright/test").Page, path: string) => page.goto(new URL(path, publicUrl).toString());

async function signInWithSso(page: import("@playwright/test").Page, login: string) {
  await visit(page, "/signin");
  await page.getByRole("button", { name: "Continue with School SSO" }).click();
  // The provider's own login page.
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill("anything");
  await page.locator('button[type="submit"]').click();
}

const userCount = async (email: string) => Number((await pool.query(`SELECT count(*) FROM "User" WHERE email = $1`, [email])).rows[0].count);

test("a new learner signs in with the provider, and a password account with the same verified address is the same account", async ({ page, browser }) => {
  const login = `sso-${crypto.randomBytes(4).toString("hex")}`;
  const email = `${login}@example.test`;
  op.accounts.set(login, { email, email_verified: true, name: "Sam Single" });
  await signInWithSso(page, login);
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await visit(page, "/account");
  await expect(page.getByText(`Signed in as ${email}`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Email" }).getByText("Confirmed", { exact: true })).toBeVisible();
  await expect(page.getByText("Your account has no password: you sign in with School SSO.").first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Sign-in providers" }).getByText("School SSO")).toBeVisible();
  expect(await userCount(email)).toBe(1);

  // A second browser: the same person again, from scratch: still one account.
  const other = await browser.newContext();
  const again = await other.newPage();
  await signInWithSso(again, login);
  await expect(again.getByRole("button", { name: "Sign out" })).toBeVisible();
  await other.close();
  expect(await userCount(email)).toBe(1);
});

test("an existing confirmed account is linked by its verified address and keeps its data", async ({ page }) => {
  const user = await createUser(["learner"], "Pat Password");
  await pool.query(`UPDATE "User" SET "emailVerifiedAt" = now() WHERE id = $1`, [user.id]);
  const login = `linked-${crypto.randomBytes(4).toString("hex")}`;
  op.accounts.set(login, { email: user.email, email_verified: true, name: "Pat at School" });
  await signInWithSso(page, login);
  await visit(page, "/account");
  await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();
  await expect(page.getByRole("region", { name: "Name" }).getByLabel("Name")).toHaveValue("Pat Password");
  expect(await userCount(user.email)).toBe(1);
  const links = await pool.query(`SELECT provider FROM "OAuthAccount" WHERE "userId" = $1`, [user.id]);
  expect(links.rows).toEqual([{ provider: "oidc" }]);
});

test("an address the provider has not verified is refused with an explanation, and no account is made", async ({ page }) => {
  const login = `unverified-${crypto.randomBytes(4).toString("hex")}`;
  const email = `${login}@example.test`;
  op.accounts.set(login, { email, email_verified: false, name: "Una Verified" });
  await signInWithSso(page, login);
  await expect(page).toHaveURL(/\/signin\?error=OAuthEmailUnverified/);
  await expect(page.getByRole("alert").filter({ hasText: "did not give us a verified email address" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  expect(await userCount(email)).toBe(0);
});
