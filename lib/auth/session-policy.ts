/**
 * How long a session lives (docs/decisions/008-session-lifetimes.md).
 * Idle: a token carries an expiry this far ahead, renewed while the learner
 * uses the site (pages' signed-in islands refresh it), so a laptop left for a
 * week is signed out. Absolute: counted from the sign-in itself, never
 * renewed, so a stolen token cannot be kept alive by refreshing it.
 */
export const SESSION_IDLE_SECONDS = 7 * 24 * 60 * 60;
export const SESSION_ABSOLUTE_SECONDS = 30 * 24 * 60 * 60;
/** Granting or revoking a role needs a password proved this recently. */
export const RECENT_SIGN_IN_SECONDS = 15 * 60;

export function sessionExpired(authTime: unknown, now: number): boolean {
  // Tokens issued before sign-in times were recorded have none: treat them as expired.
  return typeof authTime !== "number" || now - authTime > SESSION_ABSOLUTE_SECONDS || authTime > now + 60;
}

export function signedInRecently(authTime: number | undefined, now: number = Math.floor(Date.now() / 1000)): boolean {
  return typeof authTime === "number" && now - authTime <= RECENT_SIGN_IN_SECONDS && authTime <= now + 60;
}

/** `__Host-` pins the cookie to this origin (Secure, Path=/, no Domain) when served over TLS. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-authjs.session-token" : "authjs.session-token";
}
