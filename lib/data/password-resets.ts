import "server-only";
import { db } from "@/lib/db";
import { hashResetToken, newResetToken, RESET_TOKEN_PATTERN, resetTokenState } from "@/lib/auth/reset-token";
import { INVALID_RESET_LINK } from "@/lib/validation/password-reset";
import { DataError } from "./errors";
import { newPasswordData } from "./users";

export type IssuedReset = { user: { id: string; name: string; email: string }; token: string };

/**
 * Issues a reset token for the account with this email, when there is one,
 * and returns it with the account (the caller emails it). A token is made
 * either way; only its hash is written. The account's spent tokens (used or
 * expired) are cleared at the same time, so the table stays small.
 */
export async function issuePasswordReset(email: string): Promise<IssuedReset | null> {
  const issued = newResetToken();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, email: true } });
  if (!user) return null;
  await db.$transaction([
    db.passwordResetToken.deleteMany({ where: { userId: user.id, OR: [{ usedAt: { not: null } }, { expiresAt: { lte: new Date() } }] } }),
    db.passwordResetToken.create({ data: { userId: user.id, tokenHash: issued.tokenHash, expiresAt: issued.expiresAt } }),
  ]);
  return { user, token: issued.token };
}

async function findToken(token: string) {
  if (!RESET_TOKEN_PATTERN.test(token)) return null;
  return db.passwordResetToken.findUnique({
    where: { tokenHash: hashResetToken(token) },
    select: { id: true, userId: true, expiresAt: true, usedAt: true, user: { select: { email: true } } },
  });
}

/** The account a reset link is for, while the link still works; null for anything else. */
export async function findPasswordReset(token: string): Promise<{ email: string } | null> {
  const row = await findToken(token);
  return row && resetTokenState(row) === "valid" ? { email: row.user.email } : null;
}

/**
 * Sets a new password with a reset token: the token is claimed (marked used)
 * in the same transaction that writes the password, by an update that only
 * matches while it is unused and unexpired, so of two parallel submissions one
 * wins and the other changes nothing. The account's other tokens stop working,
 * and every session ends (the session version moves on). The address counts
 * as confirmed from then on.
 */
export async function resetPassword(token: string, newPassword: string): Promise<{ userId: string }> {
  const row = await findToken(token);
  if (!row || resetTokenState(row) !== "valid") throw new DataError(404, INVALID_RESET_LINK);
  // Hashed before the transaction: no row stays locked while argon2 runs.
  const data = await newPasswordData(newPassword);
  await db.$transaction(async (tx) => {
    const now = new Date();
    const claimed = await tx.passwordResetToken.updateMany({ where: { id: row.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (claimed.count !== 1) throw new DataError(409, INVALID_RESET_LINK);
    await tx.passwordResetToken.updateMany({ where: { userId: row.userId, usedAt: null }, data: { usedAt: now } });
    await tx.user.update({ where: { id: row.userId }, data });
    // The link went to the account's address, so its holder reads mail there: the
    // address is confirmed. This is how the real owner claims an address someone
    // else signed up with (docs/decisions/016).
    await tx.user.updateMany({ where: { id: row.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: now } });
  });
  return { userId: row.userId };
}
