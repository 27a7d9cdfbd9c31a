import "server-only";
import { db } from "@/lib/db";
import { hashResetToken, newVerificationToken, RESET_TOKEN_PATTERN, resetTokenState } from "@/lib/auth/reset-token";
import { takeVerificationEmail, describeWait } from "@/lib/auth/rate-limit";
import { INVALID_VERIFY_LINK } from "@/lib/validation/email-verification";
import { DataError, isUniqueViolation } from "./errors";
import { confirmPassword } from "./users";
import type { Viewer } from "./viewer";

/**
 * Email verification (docs/decisions/016). A link proves that whoever follows
 * it reads mail at one address: the account's own (after sign-up), or the
 * address it asks to change to. An account has at most one open link: issuing
 * one closes the others, so a newer change replaces a pending one.
 */

export type IssuedVerification = { name: string; email: string; token: string };

async function issue(userId: string, email: string): Promise<string> {
  const issued = newVerificationToken();
  const now = new Date();
  await db.$transaction([
    // Spent rows go; open ones are closed, so only the newest link works.
    db.emailVerificationToken.deleteMany({ where: { userId, OR: [{ usedAt: { not: null } }, { expiresAt: { lte: now } }] } }),
    db.emailVerificationToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } }),
    db.emailVerificationToken.create({ data: { userId, email, tokenHash: issued.tokenHash, expiresAt: issued.expiresAt } }),
  ]);
  return issued.token;
}

/** The link a new account gets, unless it is verified already (then null). Not rate-limited: one per sign-up. */
export async function issueSignUpVerification(userId: string): Promise<IssuedVerification | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true, emailVerifiedAt: true } });
  if (!user || user.emailVerifiedAt) return null;
  return { name: user.name, email: user.email, token: await issue(userId, user.email) };
}

async function chargeVerificationEmail(viewer: Viewer): Promise<void> {
  const limited = await takeVerificationEmail(viewer.id);
  if (limited) throw new DataError(429, `Too many confirmation emails. Try again in ${describeWait(limited)}.`);
}

/** "Send the link again" on the account page, for the signed-in user's own, unverified address. */
export async function resendVerification(viewer: Viewer): Promise<IssuedVerification> {
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { name: true, email: true, emailVerifiedAt: true } });
  if (user.emailVerifiedAt) throw new DataError(409, "Your address is already confirmed.");
  await chargeVerificationEmail(viewer);
  return { name: user.name, email: user.email, token: await issue(viewer.id, user.email) };
}

/**
 * Asks to change the account's address. Nothing changes until the link sent to
 * the new address is followed; the old address keeps working and is told.
 */
export async function requestEmailChange(viewer: Viewer, newEmail: string, password: string): Promise<IssuedVerification & { oldEmail: string }> {
  const user = await db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { name: true, email: true } });
  if (newEmail === user.email) throw new DataError(422, "That is already your address.");
  await confirmPassword(viewer, password, "Your password is not correct");
  // Sign-up says the same for a taken address, so this tells nothing new.
  if (await db.user.findUnique({ where: { email: newEmail }, select: { id: true } })) {
    throw new DataError(409, "Another account uses this address.");
  }
  await chargeVerificationEmail(viewer);
  return { name: user.name, email: newEmail, oldEmail: user.email, token: await issue(viewer.id, newEmail) };
}

export type EmailStatus = { email: string; verifiedAt: Date | null; pending: { email: string; expiresAt: Date } | null };

/** The signed-in user's address, whether it is confirmed, and a change waiting for its link. */
export async function emailStatus(viewer: Viewer): Promise<EmailStatus> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: {
      email: true,
      emailVerifiedAt: true,
      emailVerifications: { where: { usedAt: null, expiresAt: { gt: new Date() } }, select: { email: true, expiresAt: true }, orderBy: { createdAt: "desc" }, take: 1 },
    },
  });
  const open = user.emailVerifications[0];
  return { email: user.email, verifiedAt: user.emailVerifiedAt, pending: open && open.email !== user.email ? open : null };
}

async function findToken(token: string) {
  if (!RESET_TOKEN_PATTERN.test(token)) return null;
  return db.emailVerificationToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { id: true, userId: true, email: true, expiresAt: true, usedAt: true, user: { select: { email: true, name: true } } },
  });
}

export type VerificationLink = { email: string; currentEmail: string; name: string; change: boolean };

/** What a link would confirm, while it still works; null for anything else. */
export async function findEmailVerification(token: string): Promise<VerificationLink | null> {
  const row = await findToken(token);
  if (!row || resetTokenState(row) !== "valid") return null;
  return { email: row.email, currentEmail: row.user.email, name: row.user.name, change: row.email !== row.user.email };
}

/**
 * Follows a link: claims the token (an update that only matches while it is
 * unused and unexpired, so it works once) and, in the same transaction, marks
 * the address confirmed, moving the account to it when it is a change. A change
 * also closes the account's open reset links, which went to the old address.
 */
export async function confirmEmail(token: string): Promise<{ userId: string; email: string; changedFrom: string | null }> {
  const row = await findToken(token);
  if (!row || resetTokenState(row) !== "valid") throw new DataError(404, INVALID_VERIFY_LINK);
  try {
    return await db.$transaction(async (tx) => {
      const now = new Date();
      const claimed = await tx.emailVerificationToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
      if (claimed.count !== 1) throw new DataError(409, INVALID_VERIFY_LINK);
      const user = await tx.user.findUniqueOrThrow({ where: { id: row.userId }, select: { email: true } });
      if (user.email === row.email) {
        await tx.user.update({ where: { id: row.userId }, data: { emailVerifiedAt: now } });
        return { userId: row.userId, email: row.email, changedFrom: null };
      }
      await tx.user.update({ where: { id: row.userId }, data: { email: row.email, emailVerifiedAt: now } });
      await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
      return { userId: row.userId, email: row.email, changedFrom: user.email };
    });
  } catch (error) {
    // Someone signed up with the address after the link was sent.
    if (isUniqueViolation(error)) throw new DataError(409, "Another account uses this address now, so your address was not changed.");
    throw error;
  }
}
