import type { Env } from "@/lib/env";

type MailEnv = Pick<Env, "SMTP_URL" | "SMTP_HOST" | "SMTP_PORT" | "SMTP_USER" | "SMTP_PASSWORD" | "SMTP_SECURE" | "MAIL_FROM">;

/** What nodemailer's SMTP transport is given: the URL as is, or the parts. */
export type SmtpOptions =
  | string
  | {
      host: string;
      port: number;
      secure: boolean;
      requireTLS: boolean;
      auth?: { user: string; pass: string };
    };

export type MailConfig =
  | { configured: true; smtp: SmtpOptions; from: string; describe: string }
  | { configured: false };

/** Whether a raw environment configures SMTP (for the start scripts, which run before lib/env can be loaded). */
export function smtpConfigured(source: Record<string, string | undefined>): boolean {
  return Boolean(source.SMTP_URL || source.SMTP_HOST);
}

const isLoopback = (host: string) => /^(localhost|127(\.\d{1,3}){3}|\[?::1\]?)$/i.test(host);

/**
 * The transport for the validated environment (lib/env.ts checked that the
 * parts go together). With a user and password on a remote host, STARTTLS is
 * required, so credentials never cross the network in clear; the local inbox
 * and other loopback relays take plain SMTP.
 */
export function mailConfig(env: MailEnv): MailConfig {
  if (!env.MAIL_FROM || !(env.SMTP_URL || env.SMTP_HOST)) return { configured: false };
  if (env.SMTP_URL) {
    const url = new URL(env.SMTP_URL);
    return { configured: true, smtp: env.SMTP_URL, from: env.MAIL_FROM, describe: `${url.protocol}//${url.host}` };
  }
  const host = env.SMTP_HOST!;
  const secure = env.SMTP_SECURE ?? env.SMTP_PORT === 465;
  const port = env.SMTP_PORT ?? (secure ? 465 : 587);
  const auth = env.SMTP_USER && env.SMTP_PASSWORD ? { user: env.SMTP_USER, pass: env.SMTP_PASSWORD } : undefined;
  return {
    configured: true,
    smtp: { host, port, secure, requireTLS: !secure && Boolean(auth) && !isLoopback(host), ...(auth ? { auth } : {}) },
    from: env.MAIL_FROM,
    describe: `${secure ? "smtps" : "smtp"}://${host}:${port}`,
  };
}
