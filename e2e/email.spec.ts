import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { linkIn, resetLinkIn, startSmtpInbox, type SmtpInbox } from "../tests/integration/smtp-inbox";
import crypto from "node:crypto";
import { isoDayFromNow, pageFor } from "./classes-helpers";
import { createUser, expect, pool, signInAs, test } from "./fixtures";

/**
 * The email flows through the real UI: forgot password, confirming an address
 * after sign-up, and changing it. The app mails through SMTP to a real
 * SMTP server this file runs on E2E_SMTP_PORT (scripts/test.ts gives the app
 * the same port), so the tests read exactly what was sent.
 */
const smtpPort = Number(process.env.E2E_SMTP_PORT);
const serverLog = process.env.SERVER_LOG;
const SENT = /^If an account uses that address, a link to choose a new password is on its way\./;

// One SMTP server on one port: this file's tests run in one worker, in order.
test.describe.configure({ mode: "default" });

let inbox: SmtpInbox;
test.beforeAll(async () => {
  if (!smtpPort) throw new Error("run the browser tests with `npm test` (E2E_SMTP_PORT is unset)");
  inbox = await startSmtpInbox(smtpPort);
});
test.afterAll(async () => inbox?.close());
test.afterEach(() => {
  inbox.holdMs = 0;
});

/** Submits the forgot-password form for `email`; returns the server action's HTTP status and how long it took. */
async function askForReset(page: Page, email: string): Promise<{ status: number; ms: number }> {
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  const started = Date.now();
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && new URL(r.url()).pathname === "/forgot-password"),
    page.getByRole("button", { name: "Send reset link" }).click(),
  ]);
  await expect(page.getByText(SENT)).toBeVisible();
  return { status: response.status(), ms: Date.now() - started };
}

test("forgot password, the email, a new password, and signing in with it", async ({ page, browser, baseURL }) => {
  const user = await createUser();
  // The same account signed in elsewhere: the reset must end that session too.
  const elsewhere = await browser.newContext();
  const otherPage = await elsewhere.newPage();
  await signInAs(otherPage, user);
  await otherPage.goto("/account");
  await expect(otherPage.getByRole("heading", { name: "Your account", exact: true })).toBeVisible();

  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  await page.getByLabel("Email").fill(user.email);
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByText(SENT)).toBeVisible();

  const mail = await inbox.waitFor(user.email, 15_000);
  expect(mail.subject).toBe("Reset your Case Studies password");
  const link = resetLinkIn(mail);
  expect(link.origin).toBe(new URL(baseURL!).origin);
  expect(mail.html).toContain(link.toString());

  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(page.getByText(user.email)).toBeVisible();
  await page.getByLabel("New password").fill("password");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText(/one of the most common/)).toBeVisible();
  await page.getByLabel("New password").fill("a fresh phrase from the email");
  await page.getByRole("button", { name: "Set new password" }).click();

  await expect(page).toHaveURL(/\/signin\?changed=password$/);
  await expect(page.getByText("Your password was changed and every session was signed out.")).toBeVisible();
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Incorrect email or password.")).toBeVisible();
  await page.getByLabel("Password").fill("a fresh phrase from the email");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // The other browser was signed out; the link does not work a second time.
  await otherPage.goto("/account");
  await expect(otherPage).toHaveURL(/\/signin\?next=%2Faccount/);
  await elsewhere.close();
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole("heading", { name: "This reset link does not work" })).toBeVisible();
  await expect(page.getByLabel("New password")).toHaveCount(0);

  // The server's log has the security events, and never the token or the address.
  const log = fs.readFileSync(serverLog!, "utf8");
  expect(log).toContain('"event":"password_reset_requested"');
  expect(log).toContain('"event":"password_reset_used"');
  expect(log).not.toContain(link.searchParams.get("token")!);
  expect(log).not.toContain(user.email);
});

test("an unknown email gets the same answer and status, and the answer does not wait for the mail", async ({ page }) => {
  const user = await createUser();
  const unknown = `nobody-${Date.now()}@example.test`;
  // A relay that takes 3 s per message: the answer must not wait for it.
  inbox.holdMs = 3_000;
  const known = await askForReset(page, user.email);
  const stranger = await askForReset(page, unknown);
  expect(known.status).toBe(200);
  expect(stranger.status).toBe(known.status);
  expect(known.ms).toBeLessThan(2_000);
  await inbox.waitFor(user.email, 15_000);
  expect(inbox.messages.some((m) => m.to.includes(unknown))).toBe(false);
});

test("a broken or made-up reset link explains itself, shows no form, and offers a new one", async ({ page }) => {
  for (const query of ["", "?token=nonsense", `?token=${"A".repeat(43)}`, "?token=a&token=b"]) {
    const response = await page.goto(`/reset-password${query}`);
    expect(response?.status(), query).toBeLessThan(500);
    await expect(page.getByRole("heading", { name: "This reset link does not work" })).toBeVisible();
    await expect(page.getByLabel("New password")).toHaveCount(0);
    await expect(page.getByRole("alert").filter({ hasText: "This reset link is not valid" })).toContainText(
      "it may have expired (links work for 30 minutes) or have been used already",
    );
  }
  await page.getByRole("link", { name: "Ask for a new reset link" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
});

test("sign up, the confirmation email, confirming it, and the account page says so", async ({ page }) => {
  const email = `e2e-signup-${Date.now()}@example.test`;
  await page.goto("/signup");
  await page.getByLabel("Name").fill("Confirming Learner");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("a phrase nobody guesses");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();

  // The account works before the link is followed; the account page says it is not confirmed.
  await page.goto("/account");
  const emailSection = page.getByRole("region", { name: "Email" });
  await expect(emailSection.getByText("Not confirmed yet")).toBeVisible();

  const mail = await inbox.waitFor(email, 15_000);
  expect(mail.subject).toBe("Confirm your Case Studies email address");
  const link = linkIn(mail, "/verify-email");
  // Opened in a browser with no session: the link is the proof.
  const other = await page.context().browser()!.newContext();
  const visitor = await other.newPage();
  await visitor.goto(`${link.pathname}${link.search}`);
  await expect(visitor.getByRole("heading", { name: "Confirm your address" })).toBeVisible();
  await visitor.getByRole("button", { name: "Confirm my address" }).click();
  await expect(visitor.getByRole("status")).toHaveText(`${email} is confirmed. Thank you.`);
  await other.close();

  await page.reload();
  await expect(emailSection.getByText("Confirmed", { exact: true })).toBeVisible();
  await expect(emailSection.getByRole("button", { name: "Send the confirmation link again" })).toHaveCount(0);
  // A second use explains itself.
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole("heading", { name: "This link does not work" })).toBeVisible();
});

test("changing the address: nothing moves until the new address confirms", async ({ page }) => {
  const user = await createUser();
  await signInAs(page, user);
  await page.goto("/account");
  const emailSection = page.getByRole("region", { name: "Email" });
  const newAddress = `e2e-moved-${Date.now()}@example.test`;
  await emailSection.getByLabel("New email").fill(newAddress);
  await emailSection.getByLabel("Current password").fill("not my password");
  await emailSection.getByRole("button", { name: "Send a confirmation link" }).click();
  await expect(emailSection.getByRole("alert").filter({ hasText: "Your password is not correct" })).toBeVisible();
  await emailSection.getByLabel("Current password").fill(user.password);
  await emailSection.getByRole("button", { name: "Send a confirmation link" }).click();
  await expect(emailSection.getByRole("status").filter({ hasText: `We sent a link to ${newAddress}.` })).toBeVisible();
  await page.reload();
  await expect(emailSection.getByText(`A link to move your account to ${newAddress} is waiting to be followed`)).toBeVisible();
  await expect(page.getByText(`Signed in as ${user.email}`)).toBeVisible();

  const notice = await inbox.waitFor(user.email, 15_000);
  expect(notice.subject).toBe("Your Case Studies email address is changing");
  const link = linkIn(await inbox.waitFor(newAddress, 15_000), "/verify-email");
  await page.goto(`${link.pathname}${link.search}`);
  await expect(page.getByRole("heading", { name: "Confirm your new address" })).toBeVisible();
  await page.getByRole("button", { name: "Move my account to this address" }).click();
  await expect(page.getByRole("status")).toHaveText(`Your account's address is now ${newAddress}.`);
  await page.getByRole("link", { name: "Go to your account" }).click();
  await expect(page.getByText(`Signed in as ${newAddress}`)).toBeVisible();
  await expect(emailSection.getByText("Confirmed", { exact: true })).toBeVisible();
});

test("an assigned path is emailed to the class, and one click unsubscribes without signing in", async ({ browser, page }) => {
  test.slow(); // waits for the job's timer (every 2 s under npm test)
  const instructor = await createUser(["learner", "instructor"], "Ines Instructor");
  const learner = await createUser(["learner"], "Noor Notified");
  const classId = crypto.randomUUID();
  const className = `Notified ${classId.slice(0, 6)}`;
  await pool.query(`INSERT INTO "Class" (id, name, "joinCode", "createdById") VALUES ($1, $2, $3, $4)`, [classId, className, classId.slice(0, 8).toUpperCase(), instructor.id]);
  await pool.query(`INSERT INTO "ClassInstructor" ("classId", "userId") VALUES ($1, $2)`, [classId, instructor.id]);
  await pool.query(`INSERT INTO "ClassMembership" ("classId", "userId", "joinedAt") VALUES ($1, $2, now() - interval '1 hour')`, [classId, learner.id]);

  const teach = await pageFor(browser, instructor);
  await teach.goto(`/instructor/classes/${classId}`);
  await teach.getByLabel("Path").selectOption("foundation-track");
  await teach.getByLabel("Due date").fill(isoDayFromNow(14));
  await teach.getByRole("button", { name: "Assign" }).click();
  await expect(teach.getByText("The path was assigned.")).toBeVisible();

  const mail = await inbox.waitForSubject(learner.email, `New in ${className}: Foundation Track`, 30_000);
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  // Through nginx two app processes run the job: still exactly one email.
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  expect(inbox.messages.filter((m) => m.to.includes(learner.email) && m.subject === mail.subject)).toHaveLength(1);

  // The link in the email's footer, opened with no session.
  const footer = new URL(mail.text.match(/https?:\/\/\S+\/unsubscribe\?\S+/)![0]);
  await page.goto(`${footer.pathname}${footer.search}`);
  await expect(page.getByRole("heading", { name: "Unsubscribe" })).toBeVisible();
  await page.getByRole("button", { name: "Stop emails about new assignments" }).click();
  await expect(page.getByRole("status")).toHaveText("You will get no more emails about new assignments.");

  // The learner's account page shows the setting off, and can turn it back on.
  await signInAs(page, learner);
  await page.goto("/account");
  const settings = page.getByRole("region", { name: "Email from your classes" });
  const assignments = settings.getByLabel("Email me when a class I am in assigns a path");
  await expect(assignments).not.toBeChecked();
  await expect(settings.getByLabel("Email me 3 days before an assignment is due, if I have not finished it")).toBeChecked();
  await assignments.check();
  await settings.getByRole("button", { name: "Save email settings" }).click();
  await expect(settings.getByRole("status").filter({ hasText: "Your email settings were saved." })).toBeVisible();
  await page.reload();
  await expect(assignments).toBeChecked();
});

for (const dark of [false, true]) {
  test(`the email pages have no axe violations in ${dark ? "dark" : "light"} mode`, async ({ page }) => {
    test.slow(); // six pages through axe, two emails: over 30 s on a loaded runner (seen through nginx)
    if (dark) await page.addInitScript(() => localStorage.setItem("theme", "dark"));
    const user = await createUser();
    await askForReset(page, user.email);
    const link = resetLinkIn(await inbox.waitFor(user.email, 15_000));
    await signInAs(page, user);
    await page.goto("/account");
    await page.getByRole("button", { name: "Send the confirmation link again" }).click();
    await expect(page.getByRole("status").filter({ hasText: "We sent a new link" })).toBeVisible();
    const confirmLink = linkIn(await inbox.waitForSubject(user.email, "Confirm your Case Studies email address", 15_000), "/verify-email");
    for (const path of ["/forgot-password", `${link.pathname}${link.search}`, "/reset-password?token=nonsense", "/account", `${confirmLink.pathname}${confirmLink.search}`, "/verify-email?token=nonsense", "/unsubscribe?u=x&k=assignments&s=nonsense"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.locator("html")).toHaveClass(dark ? /dark/ : /^(?!.*dark)/);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${path}: ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    }
  });
}

