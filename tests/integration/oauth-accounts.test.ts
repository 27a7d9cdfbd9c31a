/**
 * Sign-in with a provider (docs/decisions/018) against the real Postgres:
 * linking by verified email, never a second account, claiming an address an
 * unconfirmed account holds, and refusing an address the provider does not vouch for.
 */
import crypto from "node:crypto";
import { describe, expect, it } from "vitest";

const { db } = await import("@/lib/db");
const { createAccount, loadViewer, verifyCredentials } = await import("@/lib/data/users");
const { signInWithProvider, signInMethods, unlinkProvider, NO_PASSWORD } = await import("@/lib/data/oauth-accounts");

const email = (tag: string) => `${tag}-${crypto.randomBytes(4).toString("hex")}@example.test`;
const id = () => crypto.randomBytes(8).toString("hex");
const PASSWORD = "a long enough password";

describe("signing in with a provider", () => {
  it("makes one confirmed learner account for a new verified address, without a password", async () => {
    const address = email("new");
    const outcome = await signInWithProvider({ provider: "oidc", providerAccountId: id(), email: address.toUpperCase(), emailVerified: true, name: "Ada Lovelace" });
    expect(outcome).toMatchObject({ ok: true, how: "new-account" });
    const user = await db.user.findUniqueOrThrow({ where: { email: address }, include: { roles: true, oauthAccounts: true } });
    expect(user.name).toBe("Ada Lovelace");
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(user.passwordHash).toBe(NO_PASSWORD);
    expect(user.roles.map((r) => r.name)).toEqual(["learner"]);
    expect(user.oauthAccounts).toHaveLength(1);
    expect(await verifyCredentials(address, NO_PASSWORD)).toBeNull();
  });

  it("links a second provider with the same verified address to the same account (no second, empty one)", async () => {
    const address = email("two");
    const first = await signInWithProvider({ provider: "github", providerAccountId: id(), email: address, emailVerified: true, name: "Two" });
    const second = await signInWithProvider({ provider: "google", providerAccountId: id(), email: address, emailVerified: true, name: "Two Again" });
    expect(second).toMatchObject({ ok: true, how: "new-link" });
    expect(first.ok && second.ok && first.userId === second.userId).toBe(true);
    expect(await db.user.count({ where: { email: address } })).toBe(1);
    const viewer = (await loadViewer(first.ok ? first.userId : ""))!;
    expect((await signInMethods(viewer)).providers.map((p) => p.provider)).toEqual(["github", "google"]);
  });

  it("links to a confirmed password account, which keeps its password", async () => {
    const address = email("pw");
    const account = await createAccount({ name: "Has Password", email: address, password: PASSWORD });
    await db.user.update({ where: { id: account.id }, data: { emailVerifiedAt: new Date() } });
    const outcome = await signInWithProvider({ provider: "google", providerAccountId: id(), email: address, emailVerified: true, name: "G" });
    expect(outcome).toMatchObject({ ok: true, userId: account.id, how: "new-link" });
    expect(await verifyCredentials(address, PASSWORD)).toMatchObject({ id: account.id });
  });

  it("lets the provider-verified owner claim an unconfirmed account: the password and every session of whoever signed up stop working", async () => {
    const address = email("squat");
    const squatter = await createAccount({ name: "Not The Owner", email: address, password: PASSWORD });
    const before = (await db.user.findUniqueOrThrow({ where: { id: squatter.id } })).sessionVersion;
    const outcome = await signInWithProvider({ provider: "oidc", providerAccountId: id(), email: address, emailVerified: true, name: "Owner" });
    expect(outcome).toMatchObject({ ok: true, userId: squatter.id, how: "claimed", sessionVersion: before + 1 });
    const user = await db.user.findUniqueOrThrow({ where: { id: squatter.id } });
    expect(user.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyCredentials(address, PASSWORD)).toBeNull();
  });

  it("refuses an address the provider has not verified, and a missing one, creating nothing", async () => {
    const address = email("unverified");
    const existing = await createAccount({ name: "Victim", email: email("victim"), password: PASSWORD });
    await db.user.update({ where: { id: existing.id }, data: { emailVerifiedAt: new Date() } });
    const victim = (await db.user.findUniqueOrThrow({ where: { id: existing.id } })).email;
    expect(await signInWithProvider({ provider: "github", providerAccountId: id(), email: address, emailVerified: false, name: "X" })).toEqual({ ok: false, reason: "no-verified-email" });
    expect(await signInWithProvider({ provider: "github", providerAccountId: id(), email: victim, emailVerified: false, name: "X" })).toEqual({ ok: false, reason: "no-verified-email" });
    expect(await signInWithProvider({ provider: "github", providerAccountId: id(), email: null, emailVerified: true, name: "X" })).toEqual({ ok: false, reason: "no-verified-email" });
    expect(await db.user.count({ where: { email: address } })).toBe(0);
    expect(await db.oAuthAccount.count({ where: { userId: existing.id } })).toBe(0);
  });

  it("finds a linked account by the provider's id, even after the address changed at the provider", async () => {
    const providerAccountId = id();
    const first = await signInWithProvider({ provider: "oidc", providerAccountId, email: email("was"), emailVerified: true, name: "Mover" });
    const again = await signInWithProvider({ provider: "oidc", providerAccountId, email: email("now"), emailVerified: false, name: "Mover" });
    expect(again).toMatchObject({ ok: true, how: "linked" });
    expect(first.ok && again.ok && again.userId === first.userId).toBe(true);
  });

  it("makes one account and one link from ten parallel first sign-ins", async () => {
    const address = email("race");
    const providerAccountId = id();
    const outcomes = await Promise.all(Array.from({ length: 10 }, () => signInWithProvider({ provider: "oidc", providerAccountId, email: address, emailVerified: true, name: "Racer" })));
    expect(new Set(outcomes.map((o) => (o.ok ? o.userId : "refused"))).size).toBe(1);
    expect(await db.user.count({ where: { email: address } })).toBe(1);
    expect(await db.oAuthAccount.count({ where: { providerAccountId } })).toBe(1);
  });

  it("will not unlink the only way left to sign in, and unlinks once a password exists", async () => {
    const outcome = await signInWithProvider({ provider: "oidc", providerAccountId: id(), email: email("only"), emailVerified: true, name: "Only" });
    const viewer = (await loadViewer(outcome.ok ? outcome.userId : ""))!;
    await expect(unlinkProvider(viewer, "oidc")).rejects.toMatchObject({ status: 409 });
    await expect(unlinkProvider(viewer, "github")).rejects.toMatchObject({ status: 404 });
    await db.user.update({ where: { id: viewer.id }, data: { passwordHash: "$argon2id$v=19$m=19456,t=2,p=1$placeholder" } });
    await unlinkProvider(viewer, "oidc");
    expect((await signInMethods(viewer)).providers).toEqual([]);
  });
});
