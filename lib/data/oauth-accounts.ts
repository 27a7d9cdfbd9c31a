import "server-only";
import { db } from "@/lib/db";
import { securityEvent, emailTag } from "@/lib/observability/security-events";
import { emailSchema } from "@/lib/validation/auth";
import { DataError, isUniqueViolation } from "./errors";
import type { Viewer } from "./viewer";

/**
 * Sign-in with GitHub, Google or an OpenID Connect provider (docs/decisions/018).
 * A provider account is linked to one user. The first time, it is linked by
 * the email the provider says it has verified: to the account with that
 * address if there is one, else to a new account. So a second provider never
 * makes a second, empty account, and an address the provider has not verified
 * never reaches anyone's account.
 */

/** Stored instead of a hash for accounts that have no password: it never verifies (lib/auth/password.ts). */
export const NO_PASSWORD = "!no-password";

export const hasPassword = (passwordHash: string) => passwordHash !== NO_PASSWORD;

export type ProviderIdentity = {
  provider: string;
  providerAccountId: string;
  email: string | null | undefined;
  emailVerified: boolean;
  name: string | null | undefined;
};

export type ProviderSignIn =
  | { ok: true; userId: string; sessionVersion: number; how: "linked" | "new-link" | "new-account" | "claimed" }
  | { ok: false; reason: "no-verified-email" };

async function linkedUser(provider: string, providerAccountId: string) {
  const link = await db.oAuthAccount.findUnique({
    where: { provider_providerAccountId: { provider, providerAccountId } },
    select: { user: { select: { id: true, sessionVersion: true } } },
  });
  return link?.user ?? null;
}

export async function signInWithProvider(identity: ProviderIdentity): Promise<ProviderSignIn> {
  const { provider, providerAccountId } = identity;
  const known = await linkedUser(provider, providerAccountId);
  if (known) return { ok: true, userId: known.id, sessionVersion: known.sessionVersion, how: "linked" };

  const email = emailSchema.safeParse(identity.email ?? "");
  if (!identity.emailVerified || !email.success) return { ok: false, reason: "no-verified-email" };
  const name = (identity.name ?? "").trim().slice(0, 80) || email.data.split("@")[0]!;

  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { email: email.data }, select: { id: true, emailVerifiedAt: true, sessionVersion: true } });
      if (!user) {
        const created = await tx.user.create({
          data: {
            email: email.data,
            name,
            passwordHash: NO_PASSWORD,
            emailVerifiedAt: new Date(),
            roles: { connect: { name: "learner" } },
            oauthAccounts: { create: { provider, providerAccountId } },
          },
          select: { id: true, sessionVersion: true },
        });
        return { ok: true as const, userId: created.id, sessionVersion: created.sessionVersion, how: "new-account" as const };
      }
      if (user.emailVerifiedAt) {
        await tx.oAuthAccount.create({ data: { provider, providerAccountId, userId: user.id } });
        return { ok: true as const, userId: user.id, sessionVersion: user.sessionVersion, how: "new-link" as const };
      }
      // An unconfirmed account holds the address the provider vouches for: its
      // owner claims it, as with a reset (docs/decisions/016). Whoever signed up
      // with it loses the password and every session.
      const claimed = await tx.user.update({
        where: { id: user.id },
        data: { emailVerifiedAt: new Date(), passwordHash: NO_PASSWORD, sessionVersion: { increment: 1 }, oauthAccounts: { create: { provider, providerAccountId } } },
        select: { sessionVersion: true },
      });
      await tx.passwordResetToken.updateMany({ where: { userId: user.id, usedAt: null }, data: { usedAt: new Date() } });
      return { ok: true as const, userId: user.id, sessionVersion: claimed.sessionVersion, how: "claimed" as const };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A parallel first sign-in with the same provider account won the race: use its link.
    const raced = await linkedUser(provider, providerAccountId);
    if (raced) return { ok: true, userId: raced.id, sessionVersion: raced.sessionVersion, how: "linked" };
    // The account already has another account of this provider linked.
    securityEvent("oauth_link_refused", { provider, account: emailTag(email.data) });
    throw new DataError(409, "Your account is already linked to another account of this provider.");
  }
}

export type LinkedProvider = { provider: string; createdAt: Date };

/** The signed-in user's linked providers, and whether they have a password. */
export async function signInMethods(viewer: Viewer): Promise<{ password: boolean; providers: LinkedProvider[] }> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: { passwordHash: true, oauthAccounts: { select: { provider: true, createdAt: true }, orderBy: { createdAt: "asc" } } },
  });
  return { password: hasPassword(user.passwordHash), providers: user.oauthAccounts };
}

/** Unlinks a provider, unless it is the only way left to sign in. */
export async function unlinkProvider(viewer: Viewer, provider: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { passwordHash: true, oauthAccounts: { select: { provider: true } } } });
    if (!user.oauthAccounts.some((a) => a.provider === provider)) throw new DataError(404, "That sign-in method is not linked to your account.");
    if (!hasPassword(user.passwordHash) && user.oauthAccounts.length === 1) {
      throw new DataError(409, "This is your only way to sign in. Set a password first (Forgot password? on the sign-in page).");
    }
    await tx.oAuthAccount.deleteMany({ where: { userId: viewer.id, provider } });
  });
  securityEvent("oauth_unlinked", { userId: viewer.id, provider });
}
