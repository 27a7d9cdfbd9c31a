import crypto from "node:crypto";
import { log } from "./log";
import { metrics } from "./metrics";

export type SecurityEvent =
  | "sign_in_failed"
  | "sign_in_limited"
  | "password_check_failed"
  | "role_changed"
  | "account_deleted"
  | "class_deleted"
  | "class_ownership_transferred"
  | "password_reset_requested"
  | "password_reset_limited"
  | "password_reset_used"
  | "password_reset_refused"
  | "email_change_requested"
  | "email_verified"
  | "email_changed"
  | "email_verification_refused"
  | "oauth_sign_in"
  | "oauth_sign_in_refused"
  | "oauth_link_refused"
  | "oauth_unlinked";

/**
 * A stable, non-reversible tag for an email address, so failed sign-ins for
 * one account can be correlated without writing the address into the logs.
 */
export function emailTag(email: string): string {
  return crypto.createHash("sha256").update(email).digest("hex").slice(0, 16);
}

/** Logs (warn) and counts a security-relevant event. Fields must never hold secrets. */
export function securityEvent(event: SecurityEvent, fields: Record<string, string | number | boolean | undefined> = {}): void {
  metrics.securityEvents.inc({ event });
  log.warn({ event, security: true, ...fields }, event.replaceAll("_", " "));
}
