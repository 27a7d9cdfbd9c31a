import "server-only";
import { afterResponse } from "@/lib/background";
import { DataError } from "@/lib/data/errors";
import { issuePasswordReset, resetPassword } from "@/lib/data/password-resets";
import { sendEmail } from "@/lib/email/send";
import { passwordResetEmail } from "@/lib/email/templates/password-reset";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/log";
import { emailTag, securityEvent } from "@/lib/observability/security-events";
import { takePasswordResetRequest, type Limited } from "./rate-limit";
import { RESET_TOKEN_MINUTES, resetLink, resetLinkOrigin } from "./reset-token";

/** Where this request's reset link may point (see resetLinkOrigin): AUTH_URL, or a loopback Host. */
export function linkOriginFor(headers: Headers): string | null {
  return resetLinkOrigin(env.AUTH_URL, headers.get("host"));
}

/**
 * A forgot-password request (docs/decisions/014). The limits are charged
 * first, per address and per email, whether or not the email has an account.
 * Then the lookup, the token and the email all happen after the response, so
 * the answer, its status and its timing are the same for every address.
 */
export async function requestPasswordReset(request: { email: string; address: string; origin: string | null }): Promise<Limited | null> {
  const limited = await takePasswordResetRequest(request.address, request.email);
  if (limited) {
    securityEvent("password_reset_limited", { account: emailTag(request.email), address: request.address, retryAfterSeconds: limited.retryAfterSeconds });
    return limited;
  }
  afterResponse("password reset email", () => deliverPasswordReset(request));
  return null;
}

/** Issues the token and emails the link, when the email has an account. Runs after the response. */
export async function deliverPasswordReset({ email, address, origin }: { email: string; address: string; origin: string | null }): Promise<void> {
  if (!origin) {
    log.error({ event: "password_reset_no_origin" }, "password reset: no link sent: set AUTH_URL to the site's public origin (the request's Host is not trusted for links)");
    return;
  }
  const issued = await issuePasswordReset(email);
  securityEvent("password_reset_requested", { account: emailTag(email), address, userId: issued?.user.id, known: Boolean(issued) });
  if (!issued) return;
  const link = resetLink(origin, issued.token);
  await sendEmail(issued.user.email, passwordResetEmail({ name: issued.user.name, url: link, validMinutes: RESET_TOKEN_MINUTES }));
}

/** Sets the new password with a reset token; a refused token is a security event and a DataError for the form. */
export async function completePasswordReset(token: string, newPassword: string, address: string): Promise<void> {
  try {
    const { userId } = await resetPassword(token, newPassword);
    securityEvent("password_reset_used", { userId, address });
  } catch (error) {
    if (error instanceof DataError) securityEvent("password_reset_refused", { address, status: error.status });
    throw error;
  }
}
