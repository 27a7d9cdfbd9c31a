import crypto from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { LIMITS, createRateLimits, signInWait, takeSignInAttempt, takeSignUpAttempt } from "@/lib/auth/rate-limit";
import { checkSignIn } from "@/lib/auth/sign-in";
import { changePassword, createAccount, deleteAccount, loadViewer } from "@/lib/data/users";

/** Limits live in this file's database for an hour or more: every test uses addresses and accounts of its own. */
const address = () => `198.51.100.${crypto.randomInt(1, 255)}-${crypto.randomBytes(3).toString("hex")}`;
const email = (tag: string) => `${tag}-${crypto.randomBytes(4).toString("hex")}@example.test`;
const PASSWORD = "the right phrase for this";

async function account(tag: string) {
  const user = await createAccount({ name: tag, email: email(tag), password: PASSWORD });
  return user.email;
}

describe("sign-in limits", () => {
  it("200 parallel guesses from one address reach the password check at most 10 times", async () => {
    const who = await account("race");
    const from = address();
    const results = await Promise.all(Array.from({ length: 200 }, (_, i) => checkSignIn(from, who, `wrong guess ${i}`)));
    const verified = results.filter((r) => !r.ok && r.limited === null).length;
    const refused = results.filter((r) => !r.ok && r.limited !== null).length;
    expect(verified).toBe(LIMITS.signInPair.points);
    expect(refused).toBe(200 - LIMITS.signInPair.points);
  });

  it("an attacker's failures do not lock the owner out: the owner signs in from their own address", async () => {
    const who = await account("owner");
    const attacker = address();
    for (let i = 0; i < 30; i++) await checkSignIn(attacker, who, `guess ${i}`);
    expect((await checkSignIn(attacker, who, PASSWORD)).ok).toBe(false); // the attacker's address stays blocked
    expect((await checkSignIn(address(), who, PASSWORD)).ok).toBe(true);
  });

  it("failures from many addresses only slow the account to one attempt per few seconds", async () => {
    const who = await account("botnet");
    const bots = Array.from({ length: LIMITS.signInAccount.points + 10 }, address);
    for (const bot of bots) await checkSignIn(bot, who, "botnet guess");
    const owner = address();
    const started = Date.now();
    let result = await checkSignIn(owner, who, PASSWORD);
    while (!result.ok && result.limited && Date.now() - started < 10_000) {
      expect(result.limited.retryAfterSeconds).toBeLessThanOrEqual(LIMITS.signInAccountSlow.duration);
      await new Promise((r) => setTimeout(r, result.ok || !result.limited ? 0 : result.limited.retryAfterSeconds * 1000));
      result = await checkSignIn(owner, who, PASSWORD);
    }
    expect(result.ok).toBe(true);
    expect(Date.now() - started).toBeLessThanOrEqual((LIMITS.signInAccountSlow.duration + 1) * 1000);
  });

  it("a class of 60 behind one school address signs up and signs in, typos included", async () => {
    const school = address();
    const learners: string[] = [];
    for (let i = 0; i < 60; i++) {
      const who = email(`pupil${i}`);
      expect(await takeSignUpAttempt(school, who), `sign-up ${i}`).toBeNull();
      learners.push((await createAccount({ name: `Pupil ${i}`, email: who, password: PASSWORD })).email);
    }
    for (const who of learners) {
      // Two typos each, then the right password.
      expect((await checkSignIn(school, who, "typo one")).ok).toBe(false);
      expect((await checkSignIn(school, who, "typo two")).ok).toBe(false);
      expect((await checkSignIn(school, who, PASSWORD)).ok, who).toBe(true);
    }
  });

  it("still stops a script: one address cannot create more than the hourly sign-up budget", async () => {
    const script = address();
    const outcomes = [];
    for (let i = 0; i < LIMITS.signUpAddress.points + 5; i++) outcomes.push(await takeSignUpAttempt(script, email(`bot${i}`)));
    expect(outcomes.filter((o) => o === null)).toHaveLength(LIMITS.signUpAddress.points);
    expect(outcomes.at(-1)?.retryAfterSeconds).toBeGreaterThan(0);
  });
});

describe("password re-checks", () => {
  it("change-password and delete-account share a per-user limit, counted before the check", async () => {
    const viewer = (await loadViewer((await createAccount({ name: "Recheck", email: email("recheck"), password: PASSWORD })).id))!;
    for (let i = 0; i < LIMITS.passwordCheck.points; i++) {
      await expect(changePassword(viewer, `wrong ${i}`, "a brand new phrase")).rejects.toMatchObject({ status: 422 });
    }
    await expect(changePassword(viewer, PASSWORD, "a brand new phrase")).rejects.toMatchObject({ status: 429 });
    await expect(deleteAccount(viewer, PASSWORD)).rejects.toMatchObject({ status: 429 });
  });
});

describe("limits shared by several app processes", () => {
  // A second set of limiters over its own connection pool: what a second app instance has.
  const otherPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 5 });
  const otherInstance = createRateLimits(otherPool);
  afterAll(() => otherPool.end());

  it("200 parallel attempts split across two instances get exactly one instance's budget, not two", async () => {
    const who = email("two-instances");
    const from = address();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) => (i % 2 === 0 ? takeSignInAttempt(from, who) : otherInstance.takeSignInAttempt(from, who))),
    );
    expect(results.filter((r) => r === null)).toHaveLength(LIMITS.signInPair.points);
  });

  it("a refusal earned on one instance is seen by the other, with its wait", async () => {
    const who = email("seen-elsewhere");
    const from = address();
    for (let i = 0; i < LIMITS.signInPair.points; i++) expect(await takeSignInAttempt(from, who)).toBeNull();
    const wait = await otherInstance.signInWait(from, who);
    expect(wait?.retryAfterSeconds).toBeGreaterThan(LIMITS.signInPair.blockDuration - 60);
    expect(await otherInstance.takeSignInAttempt(from, who)).not.toBeNull();
    expect(await signInWait(address(), who)).toBeNull(); // another address is not affected
  });

  it("survives a restart: a new set of limiters on a fresh pool still refuses", async () => {
    const who = email("restart");
    const from = address();
    for (let i = 0; i < LIMITS.signInPair.points; i++) await otherInstance.takeSignInAttempt(from, who);
    const restartedPool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 1 });
    try {
      expect(await createRateLimits(restartedPool).takeSignInAttempt(from, who)).not.toBeNull();
    } finally {
      await restartedPool.end();
    }
  });
});
