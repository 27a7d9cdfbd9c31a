import crypto from "node:crypto";

/**
 * Tokens sent in links by email: password resets (docs/decisions/014) and
 * email verification (docs/decisions/016). 32 random bytes, sent as base64url
 * in the link; only their SHA-256 is stored, so the tables are no use to
 * whoever reads a copy of the database. A token works once: a reset link for
 * 30 minutes, a verification link for 24 hours.
 */
export const RESET_TOKEN_BYTES = 32;
export const RESET_TOKEN_MINUTES = 30;
const RESET_TOKEN_MS = RESET_TOKEN_MINUTES * 60 * 1000;
export const VERIFY_TOKEN_HOURS = 24;
const VERIFY_TOKEN_MS = VERIFY_TOKEN_HOURS * 60 * 60 * 1000;

/** 32 bytes in base64url without padding are exactly 43 characters of this alphabet. */
export const RESET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashResetToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export type LinkToken = { token: string; tokenHash: string; expiresAt: Date };

function newLinkToken(expiresAt: Date): LinkToken {
  const token = crypto.randomBytes(RESET_TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashResetToken(token), expiresAt };
}

/** A fresh reset token, its hash, and when it stops working. */
export function newResetToken(now = new Date()): LinkToken {
  return newLinkToken(resetTokenExpiry(now));
}

/** A fresh email-verification token: the same shape, valid for 24 hours. */
export function newVerificationToken(now = new Date()): LinkToken {
  return newLinkToken(new Date(now.getTime() + VERIFY_TOKEN_MS));
}

export function resetTokenExpiry(issuedAt: Date): Date {
  return new Date(issuedAt.getTime() + RESET_TOKEN_MS);
}

export type ResetTokenState = "valid" | "expired" | "used";

/** Expired from the exact expiry instant on: a token issued at 12:00 works until 12:29:59.999. */
export function resetTokenState(row: { expiresAt: Date; usedAt: Date | null }, now = new Date()): ResetTokenState {
  if (row.usedAt) return "used";
  return now.getTime() >= row.expiresAt.getTime() ? "expired" : "valid";
}

/** `localhost`, `127.x.x.x` or `[::1]`, with an optional port: a browser following it stays on its own machine. */
const LOOPBACK_HOST = /^(localhost|127(\.\d{1,3}){3}|\[::1\])(:\d{1,5})?$/i;

/**
 * The origin reset links point at. The Host header is the client's to choose,
 * so it is never trusted for a link that goes to someone's inbox (a forged
 * Host would send the victim's token to the attacker's site): the public
 * origin is AUTH_URL. Without it, only a loopback Host is used, which is safe
 * because such a link never leaves the machine that opens it. Otherwise null:
 * no link can be made.
 */
export function resetLinkOrigin(publicUrl: string | undefined, host: string | null): string | null {
  if (publicUrl) return new URL(publicUrl).origin;
  return host && LOOPBACK_HOST.test(host) ? `http://${host.toLowerCase()}` : null;
}

/** A link the email carries; the token travels in the query string, which the server never logs. */
function tokenLink(origin: string, pathname: string, token: string): string {
  const url = new URL(pathname, origin);
  url.searchParams.set("token", token);
  return url.toString();
}

export const resetLink = (origin: string, token: string): string => tokenLink(origin, "/reset-password", token);

export const verifyEmailLink = (origin: string, token: string): string => tokenLink(origin, "/verify-email", token);
