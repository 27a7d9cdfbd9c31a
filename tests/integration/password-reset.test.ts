/**
 * Forgot password and reset, against the real Postgres and a real SMTP server
 * in this process (docs/decisions/014). The server actions run as Next would
 * run them, except that the work Next runs after the response (`after()`) is
 * collected here and run when the test says so.
 */
import crypto from "node:crypto";
import fc from "fast-check";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { beyondRateLimits, countQueries } from "./query-count";
import { resetLinkIn, startSmtpInbox } from "./smtp-inbox";

const inbox = await startSmtpInbox();
const savedEnv = { ...process.env };
Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(inbox.port), MAIL_FROM: "Case Studies <no-reply@example.test>" });

const background = vi.hoisted(() => ({ tasks: [] as (() => Promise<void>)[] }));
vi.mock("@/lib/background", () => ({ afterResponse: (_name: string, task: () => Promise<void>) => void background.tasks.push(task) }));
const request = vi.hoisted(() => ({ address: "203.0.113.1" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "127.0.0.1:3000", "x-forwarded-for": request.address }) }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => null }));

const { db } = await import("@/lib/db");
const { createAccount, loadViewer, verifyCredentials } = await import("@/lib/data/users");
const { findPasswordReset } = await import("@/lib/data/password-resets");
const { hashResetToken } = await import("@/lib/auth/reset-token");
const { LIMITS } = await import("@/lib/auth/rate-limit");
const { INVALID_RESET_LINK, RESET_LINK_SENT } = await import("@/lib/validation/password-reset");
const { forgotPasswordAction } = await import("@/app/forgot-password/actions");
const { resetPasswordAction } = await import("@/app/reset-password/actions");

afterAll(async () => {
  await inbox.close();
  process.env = savedEnv;
});

/** Limits live in process memory: each test uses its own addresses and accounts. */
const newAddress = () => `198.51.100.${crypto.randomInt(1, 255)}-${crypto.randomBytes(3).toString("hex")}`;
const newEmail = (tag: string) => `${tag}-${crypto.randomBytes(4).toString("hex")}@example.test`;
const OLD_PASSWORD = "the password I forgot";

beforeEach(() => {
  background.tasks.length = 0;
  request.address = newAddress();
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

const askForReset = (email: string) => forgotPasswordAction({}, form({ email }));

/** Runs what Next would run after the responses so far. */
async function runBackground() {
  const tasks = background.tasks.splice(0);
  for (const task of tasks) await task();
}

async function account(tag: string, name = "Reset Tester") {
  return createAccount({ name, email: newEmail(tag), password: OLD_PASSWORD });
}

/** Asks for a reset link for the account and returns the token that arrived by email. */
async function tokenByEmail(email: string): Promise<string> {
  const before = inbox.messages.length;
  expect((await askForReset(email)).ok).toBe(true);
  await runBackground();
  const mail = inbox.messages.slice(before).find((m) => m.to.includes(email));
  if (!mail) throw new Error(`no email to ${email}`);
  return resetLinkIn(mail).searchParams.get("token")!;
}

/** Submits the new-password form; "redirected" is the success (Next's redirect to sign-in). */
async function submitReset(token: string, newPassword: string): Promise<"redirected" | { message?: string; fieldErrors?: unknown }> {
  try {
    return await resetPasswordAction({}, form({ token, newPassword }));
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT") && digest.includes("/signin?changed=password")) return "redirected";
    throw error;
  }
}

describe("forgot password", () => {
  it("answers an unknown and a known email identically, before any account lookup, and only the known one gets mail", async () => {
    const known = await account("known");
    const unknown = newEmail("unknown");

    const knownAnswer = await countQueries(() => askForReset(known.email));
    const unknownAnswer = await countQueries(() => askForReset(unknown));
    expect(knownAnswer.result).toEqual({ ok: true, message: RESET_LINK_SENT, values: { email: known.email } });
    expect(unknownAnswer.result).toEqual({ ok: true, message: RESET_LINK_SENT, values: { email: unknown } });
    // The same work in both before the answer (the rate-limit counters, nothing about the account), one task queued for after it.
    expect(knownAnswer.statements).toEqual(unknownAnswer.statements);
    expect(beyondRateLimits(knownAnswer.statements)).toEqual([]);
    expect(knownAnswer.queries).toBeGreaterThan(0);
    expect(background.tasks).toHaveLength(2);
    expect(await db.passwordResetToken.count({ where: { userId: known.id } })).toBe(0);

    await runBackground();
    const mail = await inbox.waitFor(known.email);
    expect(mail.from).toBe('"Case Studies" <no-reply@example.test>');
    expect(mail.subject).toBe("Reset your Case Studies password");
    expect(inbox.messages.some((m) => m.to.includes(unknown))).toBe(false);
    expect(await db.passwordResetToken.count({ where: { userId: known.id } })).toBe(1);
  });

  it("emails one link in both bodies, to this site, with the name escaped in the HTML", async () => {
    const user = await account("bodies", "Ada <b>Lovelace</b>");
    const token = await tokenByEmail(user.email);
    const mail = await inbox.waitFor(user.email);
    const link = resetLinkIn(mail);
    expect(link.origin).toBe("http://127.0.0.1:3000");
    expect(link.pathname).toBe("/reset-password");
    expect(mail.text).toContain("Hello Ada <b>Lovelace</b>,");
    expect(mail.html).toContain(`href="${link.toString()}"`);
    expect(mail.html).toContain("Ada &lt;b&gt;Lovelace&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>Lovelace");
    expect(mail.text).toContain("30 minutes");
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it("sends no link when the request's Host is another site and AUTH_URL is unset (no reset poisoning)", async () => {
    const { deliverPasswordReset } = await import("@/lib/auth/password-reset");
    const user = await account("poison");
    await deliverPasswordReset({ email: user.email, address: request.address, origin: null });
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
    expect(inbox.messages.some((m) => m.to.includes(user.email))).toBe(false);
  });

  it("stores only the token's SHA-256, and expires it 30 minutes after issuing it", async () => {
    const user = await account("hashed");
    const token = await tokenByEmail(user.email);
    const row = await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } });
    expect(row.tokenHash).toBe(hashResetToken(token));
    expect(row.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
    const stored = await db.$queryRaw<{ r: string }[]>`SELECT row_to_json(t)::text AS r FROM "PasswordResetToken" t WHERE "userId" = ${user.id}`;
    expect(stored[0]!.r).not.toContain(token);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeGreaterThanOrEqual(30 * 60 * 1000 - 1000);
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeLessThanOrEqual(30 * 60 * 1000 + 1000);
    expect(row.usedAt).toBeNull();
  });

  it("applies the per-email limit to known and unknown addresses alike, from any address, before any work", async () => {
    for (const email of [(await account("limit")).email, newEmail("limit-unknown")]) {
      for (let i = 0; i < LIMITS.passwordResetEmail.points; i++) {
        request.address = newAddress();
        expect((await askForReset(email)).ok, `request ${i}`).toBe(true);
      }
      request.address = newAddress();
      const { result, statements } = await countQueries(() => askForReset(email));
      expect(result).toEqual({ message: expect.stringMatching(/^Too many reset requests for now\. Try again in \d+ minutes\.$/), values: { email } });
      // Only the limiter's own counters are read: no account lookup, no token.
      expect(statements.length).toBeGreaterThan(0);
      expect(beyondRateLimits(statements)).toEqual([]);
    }
    expect(background.tasks).toHaveLength(2 * LIMITS.passwordResetEmail.points);
  });

  it("applies the per-address limit across emails", async () => {
    for (let i = 0; i < LIMITS.passwordResetAddress.points; i++) expect((await askForReset(newEmail(`lab${i}`))).ok).toBe(true);
    expect((await askForReset(newEmail("one-too-many"))).message).toMatch(/^Too many reset requests/);
    expect(background.tasks).toHaveLength(LIMITS.passwordResetAddress.points);
  });

  it("explains a malformed email without sending anything", async () => {
    expect(await askForReset("not-an-email")).toEqual({
      fieldErrors: { email: ["Enter an email address like name@example.com"] },
      values: { email: "not-an-email" },
    });
    expect(background.tasks).toHaveLength(0);
  });
});

describe("reset password", () => {
  it("sets the new password, ends every session, and the user signs in with it", async () => {
    const user = await account("reset");
    const before = (await loadViewer(user.id))!.sessionVersion;
    const token = await tokenByEmail(user.email);
    expect(await findPasswordReset(token)).toEqual({ email: user.email });

    expect(await submitReset(token, "a brand new phrase")).toBe("redirected");
    expect((await loadViewer(user.id))!.sessionVersion).toBe(before + 1);
    expect(await verifyCredentials(user.email, OLD_PASSWORD)).toBeNull();
    expect(await verifyCredentials(user.email, "a brand new phrase")).toMatchObject({ id: user.id });
    expect((await db.passwordResetToken.findFirstOrThrow({ where: { userId: user.id } })).usedAt).toBeInstanceOf(Date);
  });

  it("works once: a second use, and two parallel uses, set the password only once", async () => {
    const user = await account("once");
    const token = await tokenByEmail(user.email);
    expect(await submitReset(token, "the first new phrase")).toBe("redirected");
    expect(await submitReset(token, "a second new phrase")).toEqual({ message: INVALID_RESET_LINK, values: undefined });
    expect(await findPasswordReset(token)).toBeNull();

    for (let round = 0; round < 5; round++) {
      const racer = await account(`race${round}`);
      const raced = await tokenByEmail(racer.email);
      const versionBefore = (await loadViewer(racer.id))!.sessionVersion;
      const outcomes = await Promise.all(["left racing phrase", "right racing phrase"].map((p) => submitReset(raced, p)));
      expect(outcomes.filter((o) => o === "redirected"), `round ${round}`).toHaveLength(1);
      expect(outcomes.filter((o) => o !== "redirected")).toEqual([{ message: INVALID_RESET_LINK, values: undefined }]);
      const winner = outcomes[0] === "redirected" ? "left racing phrase" : "right racing phrase";
      const loser = winner.startsWith("left") ? "right racing phrase" : "left racing phrase";
      expect(await verifyCredentials(racer.email, winner)).not.toBeNull();
      expect(await verifyCredentials(racer.email, loser)).toBeNull();
      expect((await loadViewer(racer.id))!.sessionVersion).toBe(versionBefore + 1);
    }
  });

  it("using one link invalidates the account's other links", async () => {
    const user = await account("others");
    const first = await tokenByEmail(user.email);
    const second = await tokenByEmail(user.email);
    expect(await submitReset(second, "the phrase from link two")).toBe("redirected");
    expect(await findPasswordReset(first)).toBeNull();
    expect(await submitReset(first, "the phrase from link one")).toEqual({ message: INVALID_RESET_LINK, values: undefined });
    expect(await verifyCredentials(user.email, "the phrase from link two")).not.toBeNull();
  });

  it("a link stops working 30 minutes after it was sent", async () => {
    const user = await account("expiry");
    const token = await tokenByEmail(user.email);
    const issuedAt = Date.now();
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(issuedAt + 29 * 60 * 1000);
      expect(await findPasswordReset(token)).toEqual({ email: user.email });
      vi.setSystemTime(issuedAt + 30 * 60 * 1000 + 1000);
      expect(await findPasswordReset(token)).toBeNull();
      expect(await submitReset(token, "too late for this phrase")).toEqual({ message: INVALID_RESET_LINK, values: undefined });
    } finally {
      vi.useRealTimers();
    }
    expect(await verifyCredentials(user.email, OLD_PASSWORD)).not.toBeNull();
  });

  it("refuses malformed, unknown and missing tokens with the same clear message, and weak passwords with the usual one", async () => {
    for (const token of ["", "short", "x".repeat(43), crypto.randomBytes(32).toString("base64url"), "a".repeat(5000)]) {
      expect(await submitReset(token, "a perfectly fine phrase")).toEqual({ message: INVALID_RESET_LINK, values: undefined });
      expect(await findPasswordReset(token)).toBeNull();
    }
    const user = await account("weak");
    const token = await tokenByEmail(user.email);
    expect(await submitReset(token, "password")).toEqual({ fieldErrors: { newPassword: [expect.stringMatching(/most common/)] }, values: undefined });
    expect(await findPasswordReset(token)).toEqual({ email: user.email });
  });

  it("tokens go with the account when it is deleted", async () => {
    const user = await account("cascade");
    const token = await tokenByEmail(user.email);
    await db.user.delete({ where: { id: user.id } });
    expect(await db.passwordResetToken.count({ where: { userId: user.id } })).toBe(0);
    expect(await findPasswordReset(token)).toBeNull();
  });

  it("both actions answer any form data without throwing", async () => {
    const value = fc.oneof(fc.string(), fc.constantFrom("", "\u0000", "x".repeat(5000), "a@b.co", crypto.randomBytes(32).toString("base64url")));
    const fields = fc.array(fc.tuple(fc.constantFrom("email", "token", "newPassword", "other"), value), { maxLength: 5 });
    for (const action of [forgotPasswordAction, resetPasswordAction]) {
      await fc.assert(
        fc.asyncProperty(fields, async (entries) => {
          const data = new FormData();
          for (const [k, v] of entries) data.append(k, v);
          const result = await action({}, data);
          expect(typeof result).toBe("object");
        }),
        { numRuns: 100 },
      );
    }
  });
});
