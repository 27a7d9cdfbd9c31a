/**
 * Email verification and address changes (docs/decisions/016), against the
 * real Postgres and a real SMTP server in this process. Server actions run as
 * Next runs them; the work Next runs after the response is collected and run
 * when the test says so.
 */
import crypto from "node:crypto";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { linkIn, startSmtpInbox } from "./smtp-inbox";
import type { Viewer } from "@/lib/data/viewer";

const inbox = await startSmtpInbox();
const savedEnv = { ...process.env };
Object.assign(process.env, { SMTP_HOST: "127.0.0.1", SMTP_PORT: String(inbox.port), MAIL_FROM: "Case Studies <no-reply@example.test>" });

const background = vi.hoisted(() => ({ tasks: [] as (() => Promise<void>)[] }));
vi.mock("@/lib/background", () => ({ afterResponse: (_name: string, task: () => Promise<void>) => void background.tasks.push(task) }));
const request = vi.hoisted(() => ({ address: "203.0.113.7", host: "127.0.0.1:3000" }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: request.host, "x-forwarded-for": request.address }) }));
const session = vi.hoisted(() => ({ viewer: null as Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
vi.mock("@/lib/auth/auth", () => ({ signIn: async () => {}, signOut: async () => {} }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { db } = await import("@/lib/db");
const { createAccount, loadViewer, verifyCredentials } = await import("@/lib/data/users");
const { emailStatus, findEmailVerification } = await import("@/lib/data/email-verification");
const { listClassRoster } = await import("@/lib/data/class-roster");
const { createClass } = await import("@/lib/data/classes");
const { LIMITS } = await import("@/lib/auth/rate-limit");
const { INVALID_VERIFY_LINK } = await import("@/lib/validation/email-verification");
const { signUpAction } = await import("@/app/signup/actions");
const { changeEmailAction, resendVerificationAction } = await import("@/app/account/actions");
const { confirmEmailAction } = await import("@/app/verify-email/actions");
const { forgotPasswordAction } = await import("@/app/forgot-password/actions");
const { resetPasswordAction } = await import("@/app/reset-password/actions");

afterAll(async () => {
  await inbox.close();
  process.env = savedEnv;
});

const newEmail = (tag: string) => `${tag}-${crypto.randomBytes(4).toString("hex")}@example.test`;
const PASSWORD = "a long enough password";

beforeEach(() => {
  background.tasks.length = 0;
  request.address = `198.51.100.${crypto.randomInt(1, 255)}-${crypto.randomBytes(3).toString("hex")}`;
  request.host = "127.0.0.1:3000";
  session.viewer = null;
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.append(key, value);
  return data;
}

async function runBackground() {
  for (const task of background.tasks.splice(0)) await task();
}

/** The newest confirmation token emailed to `email` since `since` messages had arrived. */
function tokenIn(email: string, since: number): string {
  const mail = inbox.messages.slice(since).findLast((m) => m.to.includes(email) && m.text.includes("/verify-email?token="));
  if (!mail) throw new Error(`no confirmation email to ${email}`);
  return linkIn(mail, "/verify-email").searchParams.get("token")!;
}

async function signUp(name: string, email: string): Promise<{ userId: string; token: string }> {
  const before = inbox.messages.length;
  const result = await signUpAction({}, form({ name, email, password: PASSWORD }));
  expect(result).toEqual({});
  await runBackground();
  const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
  return { userId: user.id, token: tokenIn(email, before) };
}

async function signedIn(userId: string): Promise<Viewer> {
  const viewer = (await loadViewer(userId))!;
  session.viewer = viewer;
  return viewer;
}

const confirm = (token: string) => confirmEmailAction({}, form({ token }));

describe("email verification after sign-up", () => {
  it("sends a link; the account works before it is followed; opening the page changes nothing; the button confirms once", async () => {
    const email = newEmail("new");
    const { userId, token } = await signUp("Grace Hopper", email);
    const mail = inbox.messages.findLast((m) => m.to.includes(email))!;
    expect(mail.subject).toBe("Confirm your Case Studies email address");
    expect(mail.html).toContain(`href="${linkIn(mail, "/verify-email").toString()}"`);
    expect(linkIn(mail, "/verify-email").origin).toBe("http://127.0.0.1:3000");
    expect(mail.text).toContain("24 hours");

    // Unverified, and working: the password signs in.
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt).toBeNull();
    expect(await verifyCredentials(email, PASSWORD)).toMatchObject({ id: userId });

    // Looking the link up (what the page does on GET, and what a mail scanner triggers) confirms nothing.
    expect(await findEmailVerification(token)).toEqual({ email, currentEmail: email, name: "Grace Hopper", change: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt).toBeNull();

    expect(await confirm(token)).toEqual({ ok: true, message: `${email} is confirmed. Thank you.` });
    const verifiedAt = (await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt;
    expect(verifiedAt).toBeInstanceOf(Date);

    // Once only.
    expect(await confirm(token)).toMatchObject({ message: INVALID_VERIFY_LINK });
    expect(await findEmailVerification(token)).toBeNull();
    const row = await db.emailVerificationToken.findFirstOrThrow({ where: { userId } });
    expect(row.tokenHash).toBe(crypto.createHash("sha256").update(token).digest("hex"));
  });

  it("of two parallel clicks on one link, exactly one confirms", async () => {
    const { token } = await signUp("Twice", newEmail("race"));
    const results = await Promise.all([confirm(token), confirm(token)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([expect.objectContaining({ message: INVALID_VERIFY_LINK })]);
  });

  it("refuses an expired link, a made-up one and garbage with the same message", async () => {
    const { userId, token } = await signUp("Late", newEmail("late"));
    await db.emailVerificationToken.updateMany({ where: { userId }, data: { expiresAt: new Date(Date.now() - 1) } });
    expect(await confirm(token)).toMatchObject({ message: INVALID_VERIFY_LINK });
    expect(await confirm(crypto.randomBytes(32).toString("base64url"))).toMatchObject({ message: INVALID_VERIFY_LINK });
    expect(await confirm("not a token")).toMatchObject({ message: INVALID_VERIFY_LINK });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).emailVerifiedAt).toBeNull();
  });

  it("sends a fresh link on request, which replaces the old one, up to the hourly limit", async () => {
    const email = newEmail("resend");
    const { userId, token: first } = await signUp("Resender", email);
    await signedIn(userId);
    const before = inbox.messages.length;
    expect(await resendVerificationAction({}, form({}))).toMatchObject({ ok: true });
    await runBackground();
    const second = tokenIn(email, before);
    expect(second).not.toBe(first);
    expect(await findEmailVerification(first)).toBeNull();
    for (let i = 1; i < LIMITS.verificationEmail.points; i++) expect(await resendVerificationAction({}, form({}))).toMatchObject({ ok: true });
    expect((await resendVerificationAction({}, form({}))).message).toMatch(/^Too many confirmation emails\. Try again in /);
    await runBackground();
    expect(await confirm(second)).toMatchObject({ message: INVALID_VERIFY_LINK }); // replaced by the later ones
  });

  it("refuses to resend for a confirmed address", async () => {
    const { userId, token } = await signUp("Done", newEmail("done"));
    await confirm(token);
    await signedIn(userId);
    expect(await resendVerificationAction({}, form({}))).toMatchObject({ message: "Your address is already confirmed." });
  });

  it("sends no link when the request's Host is another site and AUTH_URL is unset", async () => {
    request.host = "evil.example";
    const email = newEmail("poison");
    const before = inbox.messages.length;
    expect(await signUpAction({}, form({ name: "Poisoned", email, password: PASSWORD }))).toEqual({});
    await runBackground();
    expect(inbox.messages.slice(before).some((m) => m.to.includes(email))).toBe(false);
    expect(await db.emailVerificationToken.count({ where: { user: { email } } })).toBe(0);
  });

  it("shows instructors who confirmed their address", async () => {
    const instructor = await createAccount({ name: "Teacher", email: newEmail("teacher"), password: PASSWORD });
    await db.user.update({ where: { id: instructor.id }, data: { roles: { connect: { name: "instructor" } } } });
    const teacher = (await loadViewer(instructor.id))!;
    const { id: classId } = await createClass(teacher, "Verification class");
    const confirmed = await signUp("Confirmed Learner", newEmail("c"));
    const unconfirmed = await signUp("Unconfirmed Learner", newEmail("u"));
    await confirm(confirmed.token);
    await db.classMembership.createMany({ data: [confirmed, unconfirmed].map((l) => ({ classId, userId: l.userId })) });
    const roster = await listClassRoster(teacher, classId);
    const flags = Object.fromEntries(roster!.rows.map((r) => [r.name, r.emailVerified]));
    expect(flags).toEqual({ "Confirmed Learner": true, "Unconfirmed Learner": false });
  });
});

describe("changing the address", () => {
  async function confirmedAccount(tag: string) {
    const email = newEmail(tag);
    const { userId, token } = await signUp(`${tag} user`, email);
    await confirm(token);
    return { userId, email, viewer: await signedIn(userId) };
  }

  it("moves the account only when the link sent to the new address is followed, and tells the old one", async () => {
    const { userId, email: oldEmail } = await confirmedAccount("mover");
    const newAddress = newEmail("moved");
    const before = inbox.messages.length;
    expect(await changeEmailAction({}, form({ email: newAddress, password: PASSWORD }))).toMatchObject({ ok: true });
    await runBackground();
    // Nothing moved yet: the old address signs in, the page shows the change as pending.
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(oldEmail);
    expect((await emailStatus(session.viewer!)).pending).toMatchObject({ email: newAddress });
    const notice = inbox.messages.slice(before).find((m) => m.to.includes(oldEmail))!;
    expect(notice.subject).toBe("Your Case Studies email address is changing");
    expect(notice.text).toContain(newAddress);
    const token = tokenIn(newAddress, before);
    expect(inbox.messages.slice(before).find((m) => m.to.includes(newAddress))!.subject).toBe("Confirm your new Case Studies email address");

    // A reset link sent to the old address before the move must stop working after it.
    await forgotPasswordAction({}, form({ email: oldEmail }));
    await runBackground();
    expect(await db.passwordResetToken.count({ where: { userId, usedAt: null } })).toBe(1);

    expect(await findEmailVerification(token)).toMatchObject({ change: true, email: newAddress, currentEmail: oldEmail });
    expect(await confirm(token)).toEqual({ ok: true, message: `Your account's address is now ${newAddress}.` });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.email).toBe(newAddress);
    expect(user.emailVerifiedAt!.getTime()).toBeGreaterThan(Date.now() - 60_000);
    expect(await db.passwordResetToken.count({ where: { userId, usedAt: null } })).toBe(0);
    expect(await verifyCredentials(newAddress, PASSWORD)).toMatchObject({ id: userId });
    expect(await verifyCredentials(oldEmail, PASSWORD)).toBeNull();
  });

  it("refuses a wrong password, the same address and an address another account has, changing nothing", async () => {
    const { userId, email } = await confirmedAccount("guarded");
    const other = await createAccount({ name: "Other", email: newEmail("taken"), password: PASSWORD });
    const before = inbox.messages.length;
    expect(await changeEmailAction({}, form({ email: newEmail("x"), password: "wrong password" }))).toMatchObject({ message: "Your password is not correct" });
    expect(await changeEmailAction({}, form({ email, password: PASSWORD }))).toMatchObject({ message: "That is already your address." });
    expect(await changeEmailAction({}, form({ email: other.email, password: PASSWORD }))).toMatchObject({ message: "Another account uses this address." });
    expect(await changeEmailAction({}, form({ email: "not an email", password: PASSWORD }))).toMatchObject({ fieldErrors: { email: [expect.any(String)] } });
    await runBackground();
    expect(inbox.messages.length).toBe(before);
    expect(await db.emailVerificationToken.count({ where: { userId, usedAt: null } })).toBe(0);
  });

  it("keeps the account where it is when someone takes the new address before the link is followed", async () => {
    const { userId, email } = await confirmedAccount("raced");
    const wanted = newEmail("wanted");
    const before = inbox.messages.length;
    await changeEmailAction({}, form({ email: wanted, password: PASSWORD }));
    await runBackground();
    const token = tokenIn(wanted, before);
    await createAccount({ name: "Faster", email: wanted, password: PASSWORD });
    expect(await confirm(token)).toMatchObject({ message: "Another account uses this address now, so your address was not changed." });
    expect((await db.user.findUniqueOrThrow({ where: { id: userId } })).email).toBe(email);
  });

  it("asks to sign in when signed out", async () => {
    expect(await changeEmailAction({}, form({ email: newEmail("anon"), password: PASSWORD }))).toMatchObject({ message: expect.stringMatching(/sign in/i) });
  });
});

describe("claiming an address someone else signed up with", () => {
  it("the owner resets the password by email: the address is confirmed and the other person's sessions end", async () => {
    const victim = newEmail("victim");
    const { userId } = await signUp("Not The Owner", victim);
    const squatter = (await db.user.findUniqueOrThrow({ where: { id: userId } })).sessionVersion;
    const before = inbox.messages.length;
    await forgotPasswordAction({}, form({ email: victim }));
    await runBackground();
    const mail = inbox.messages.slice(before).find((m) => m.to.includes(victim))!;
    const token = linkIn(mail, "/reset-password").searchParams.get("token")!;
    await expect(resetPasswordAction({}, form({ token, newPassword: "the owner's own passphrase" }))).rejects.toMatchObject({
      digest: expect.stringContaining("/signin?changed=password"),
    });
    const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(user.sessionVersion).toBe(squatter + 1);
    expect(await verifyCredentials(victim, PASSWORD)).toBeNull();
    expect(await verifyCredentials(victim, "the owner's own passphrase")).toMatchObject({ id: userId });
  });
});
