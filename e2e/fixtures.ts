import crypto from "node:crypto";
import { test as base, expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";

/** The e2e database (npm test creates it from the migrated template and seeds the demo accounts). */
const databaseUrl = process.env.E2E_DATABASE_URL;
const secret = process.env.AUTH_SECRET;
if (!databaseUrl || !secret) throw new Error("run the browser tests with `npm test` (E2E_DATABASE_URL and AUTH_SECRET are unset)");

export const pool = new pg.Pool({ connectionString: databaseUrl, max: 4 });
export const DEMO_PASSWORD = "demo-password-123";

export type TestUser = { id: string; email: string; name: string; password: string };

/** A fresh account with the given roles, created in the database directly. */
export async function createUser(roles: string[] = ["learner"], name = "Test Learner"): Promise<TestUser> {
  const id = crypto.randomUUID();
  const email = `e2e-${crypto.randomBytes(5).toString("hex")}@example.test`;
  const password = `pass-${crypto.randomBytes(6).toString("hex")}`;
  await pool.query(
    `INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`,
    [id, email, name, await hashPassword(password)],
  );
  for (const role of roles) await pool.query(`INSERT INTO "_RoleToUser" ("A", "B") VALUES ($1, $2)`, [`role_${role}`, id]);
  return { id, email, name, password };
}

/** Signs in by writing a session cookie, as Auth.js would after a real sign-in (Epic Stack's approach). */
export async function signInAs(page: Page, user: TestUser, { authTime = Math.floor(Date.now() / 1000) } = {}): Promise<void> {
  const salt = "authjs.session-token";
  const token = await encode({ token: { sub: user.id, sv: 0, name: user.name, email: user.email, authTime }, secret: secret!, salt });
  const url = new URL(process.env.BASE_URL ?? "http://127.0.0.1:3000");
  await page.context().addCookies([{ name: salt, value: token, domain: url.hostname, path: "/", httpOnly: true, sameSite: "Lax" }]);
}

/**
 * Clicks and waits for a server action to answer. Any action counts, so wait
 * for actions the page sends by itself (opening a study) before calling this.
 */
export async function clickAndWaitForAction(page: Page, locator: ReturnType<Page["getByRole"]>): Promise<void> {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"])),
    locator.click(),
  ]);
}

/**
 * Reads the open study like a learner: once its controls are there, scrolls,
 * which is what records the study as in progress (a bare visit does not).
 */
export async function startReading(page: Page): Promise<void> {
  await expect(page.getByRole("button", { name: /^Mark as (not )?complete$/ })).toBeVisible();
  await page.mouse.wheel(0, 400);
  await expect(page.getByText(/^(In progress|Completed)$/)).toBeVisible();
}

/** How many progress rows a user has, read from the database. */
export async function progressRowCount(userId: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM "StudyProgress" WHERE "userId" = $1`, [userId]);
  return rows[0]!.n;
}

/** A learner's progress on one study as the database holds it: "IN_PROGRESS", "COMPLETED", or null without a row. */
export async function progressStatus(userId: string, studyId: string): Promise<string | null> {
  const { rows } = await pool.query<{ status: string }>(`SELECT status::text FROM "StudyProgress" WHERE "userId" = $1 AND "studyId" = $2`, [userId, studyId]);
  return rows[0]?.status ?? null;
}

/** A learner's bookmark of one study, with its note, or null when there is none. */
export async function bookmarkRow(userId: string, studyId: string): Promise<{ note: string } | null> {
  const { rows } = await pool.query<{ note: string }>(`SELECT note FROM "Bookmark" WHERE "userId" = $1 AND "studyId" = $2`, [userId, studyId]);
  return rows[0] ?? null;
}

export const test = base.extend<{ learner: TestUser }>({
  learner: async ({ page }, use) => {
    const user = await createUser(["learner"]);
    await signInAs(page, user);
    await use(user);
  },
});

export { expect };
