import "server-only";
import { afterResponse } from "@/lib/background";
import { DataError } from "@/lib/data/errors";
import { confirmEmail, issueSignUpVerification, requestEmailChange, resendVerification, type IssuedVerification } from "@/lib/data/email-verification";
import type { Viewer } from "@/lib/data/viewer";
import { sendEmail } from "@/lib/email/send";
import { emailChangeNoticeEmail, verifyEmailEmail } from "@/lib/email/templates/email-verification";
import { log } from "@/lib/observability/log";
import { emailTag, securityEvent } from "@/lib/observability/security-events";
import { VERIFY_TOKEN_HOURS, verifyEmailLink } from "./reset-token";

/** The address links go to, as for password resets (AUTH_URL, or a loopback Host): see lib/auth/password-reset.ts. */
export { linkOriginFor } from "./password-reset";

function noOrigin(): void {
  log.error({ event: "email_verification_no_origin" }, "email verification: no link sent: set AUTH_URL to the site's public origin (the request's Host is not trusted for links)");
}

async function sendLink(origin: string, issued: IssuedVerification, change: boolean): Promise<void> {
  await sendEmail(issued.email, verifyEmailEmail({ name: issued.name, url: verifyEmailLink(origin, issued.token), validHours: VERIFY_TOKEN_HOURS, change }));
}

/** After sign-up: the new account's confirmation link, sent after the response. */
export function sendSignUpVerification(userId: string, origin: string | null): void {
  afterResponse("email verification", async () => {
    if (!origin) return noOrigin();
    const issued = await issueSignUpVerification(userId);
    if (issued) await sendLink(origin, issued, false);
  });
}

/** "Send the link again": issued now (so a refusal reaches the form), sent after the response. */
export async function resendVerificationEmail(viewer: Viewer, origin: string | null): Promise<void> {
  if (!origin) {
    noOrigin();
    throw new DataError(422, "Emails cannot be sent from this address of the site. Ask the site's operator to set AUTH_URL.");
  }
  const issued = await resendVerification(viewer);
  afterResponse("email verification", () => sendLink(origin, issued, false));
}

/** An address change: the link to the new address, and a notice to the old one. */
export async function startEmailChange(viewer: Viewer, newEmail: string, password: string, origin: string | null): Promise<void> {
  if (!origin) {
    noOrigin();
    throw new DataError(422, "Emails cannot be sent from this address of the site. Ask the site's operator to set AUTH_URL.");
  }
  const issued = await requestEmailChange(viewer, newEmail, password);
  securityEvent("email_change_requested", { userId: viewer.id, to: emailTag(newEmail) });
  afterResponse("email change", async () => {
    await sendLink(origin, issued, true);
    await sendEmail(issued.oldEmail, emailChangeNoticeEmail({ name: issued.name, newEmail, resetUrl: new URL("/forgot-password", origin).toString() }));
  });
}

/** Follows a confirmation link; a refused one is a security event and a DataError for the form. */
export async function completeEmailVerification(token: string, address: string): Promise<{ email: string; changed: boolean }> {
  try {
    const done = await confirmEmail(token);
    securityEvent(done.changedFrom ? "email_changed" : "email_verified", { userId: done.userId, address });
    return { email: done.email, changed: done.changedFrom !== null };
  } catch (error) {
    if (error instanceof DataError) securityEvent("email_verification_refused", { address, status: error.status });
    throw error;
  }
}
