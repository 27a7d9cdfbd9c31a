import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/log";
import { emailTag } from "@/lib/observability/security-events";
import { mailConfig, type SmtpOptions } from "./config";
import type { RenderedEmail } from "./templates/render";

const config = mailConfig(env);

/** Fail fast on a relay that does not answer, instead of holding a background task for minutes. */
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

function createTransport(smtp: SmtpOptions) {
  return nodemailer.createTransport(typeof smtp === "string" ? { url: smtp, ...TIMEOUTS } : { ...smtp, ...TIMEOUTS });
}

// One transport per process, shared by every server bundle, like the database client.
const globalForMail = globalThis as unknown as { __mailTransport?: ReturnType<typeof createTransport> };

let warnedNotConfigured = false;

/**
 * Sends one email, or, when email is not configured, logs that it was not
 * sent (without its body: it may carry a reset link). Addresses are logged as
 * tags only. Throws when the relay refuses or cannot be reached; callers run
 * it after the response (lib/background.ts), where that is logged.
 */
export type SendOptions = {
  /**
   * A one-click unsubscribe URL (RFC 8058): sent as List-Unsubscribe with
   * List-Unsubscribe-Post, so mail clients can offer "Unsubscribe" and POST it.
   */
  unsubscribeUrl?: string;
  /** A fixed Message-ID, so a resend of the same notification is recognisably the same message. */
  messageId?: string;
};

export async function sendEmail(to: string, email: RenderedEmail, options: SendOptions = {}): Promise<boolean> {
  if (!config.configured) {
    if (!warnedNotConfigured) {
      warnedNotConfigured = true;
      log.warn({ event: "email_not_configured" }, "email is not configured (set SMTP_URL, or SMTP_HOST and MAIL_FROM): emails are not sent");
    }
    log.warn({ event: "email_not_sent", to: emailTag(to), subject: email.subject }, "email not sent: email is not configured");
    return false;
  }
  const transport = (globalForMail.__mailTransport ??= createTransport(config.smtp));
  const info = await transport.sendMail({
    from: config.from,
    to,
    subject: email.subject,
    text: email.text,
    html: email.html,
    ...(options.messageId ? { messageId: options.messageId } : {}),
    ...(options.unsubscribeUrl
      ? { list: { unsubscribe: { url: options.unsubscribeUrl, comment: "Unsubscribe" } }, headers: { "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } }
      : {}),
  });
  log.info({ event: "email_sent", to: emailTag(to), subject: email.subject, messageId: info.messageId, via: config.describe }, "email sent");
  return true;
}

/** Whether an SMTP relay is configured (without one, nothing is sent). */
export function emailConfigured(): boolean {
  return config.configured;
}

/** The local inbox that `npm start` or `npm run dev` runs when email is not configured, or null. */
export function localInboxUrl(): string | null {
  return env.MAIL_INBOX_URL ?? null;
}
