import "server-only";
import { verifyCredentials } from "@/lib/data/users";
import { emailTag, securityEvent } from "@/lib/observability/security-events";
import { signInSucceeded, takeSignInAttempt, type Limited } from "./rate-limit";

export type SignInCheck =
  | { ok: true; user: { id: string; name: string; email: string; sessionVersion: number } }
  | { ok: false; limited: Limited | null };

/**
 * The one place a password is checked for sign-in: the attempt is counted
 * first, then the password verified, so 200 parallel guesses cost 200 points
 * and at most the limit's worth of them ever reach the hash.
 */
export async function checkSignIn(address: string, email: string, password: string): Promise<SignInCheck> {
  const limited = await takeSignInAttempt(address, email);
  if (limited) {
    securityEvent("sign_in_limited", { account: emailTag(email), address, retryAfterSeconds: limited.retryAfterSeconds });
    return { ok: false, limited };
  }
  const user = await verifyCredentials(email, password);
  if (!user) {
    securityEvent("sign_in_failed", { account: emailTag(email), address });
    return { ok: false, limited: null };
  }
  await signInSucceeded(address, email);
  return { ok: true, user };
}
