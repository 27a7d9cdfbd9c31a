import crypto from "node:crypto";

/**
 * One-click unsubscribe links (RFC 8058; docs/decisions/017). The link names
 * the user and the kind of email, and carries an HMAC-SHA256 of both under
 * the server's secret, so it works without signing in and cannot be forged
 * for another user. It does not expire: a years-old email must still be able
 * to stop the next one.
 */
export const NOTIFICATION_KINDS = ["assignments", "reminders"] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const INVALID_UNSUBSCRIBE = "This unsubscribe link is not valid. You can change which emails you get on your account page.";

const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

function sign(secret: string, userId: string, kind: NotificationKind): string {
  return crypto.createHmac("sha256", secret).update(`unsubscribe:${kind}:${userId}`).digest("base64url");
}

export type UnsubscribeRequest = { userId: string; kind: NotificationKind };

/** The query string of an unsubscribe link: `u`, `k` and `s`. */
export function unsubscribeParams(secret: string, request: UnsubscribeRequest): URLSearchParams {
  return new URLSearchParams({ u: request.userId, k: request.kind, s: sign(secret, request.userId, request.kind) });
}

/** The user and kind a link's parameters name, when its signature is right; otherwise null. */
export function verifyUnsubscribe(secret: string, params: { u?: unknown; k?: unknown; s?: unknown }): UnsubscribeRequest | null {
  const { u, k, s } = params;
  if (typeof u !== "string" || u.length === 0 || u.length > 64 || typeof s !== "string" || !SIGNATURE.test(s)) return null;
  if (!NOTIFICATION_KINDS.includes(k as NotificationKind)) return null;
  const kind = k as NotificationKind;
  const expected = Buffer.from(sign(secret, u, kind));
  const given = Buffer.from(s);
  return expected.length === given.length && crypto.timingSafeEqual(expected, given) ? { userId: u, kind } : null;
}
