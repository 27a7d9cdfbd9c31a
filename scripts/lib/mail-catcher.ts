/**
 * The local inbox (MailDev) for `npm start` on the embedded database and
 * `npm run dev`, when no SMTP is configured: it runs inside the calling
 * process, so it stops with it (even on SIGKILL), and binds 127.0.0.1 only,
 * for SMTP and for its web inbox alike. Mail is kept under the data folder
 * (the newest 200 messages). The app is pointed at it through SMTP_HOST and
 * SMTP_PORT like any relay; MAIL_INBOX_URL lets the forgot-password page say
 * where the messages are. docs/decisions/014.
 */
import path from "node:path";
import { portOrFree } from "./embedded-postgres";

export type MailCatcher = { inboxUrl: string; env: Record<string, string>; stop: () => Promise<void> };

export async function startMailCatcher({ dataDir, log }: { dataDir: string; log: (msg: string) => void }): Promise<MailCatcher | null> {
  let MailDev: typeof import("maildev").MailDev;
  try {
    ({ MailDev } = await import("maildev"));
  } catch {
    log("the local inbox (maildev, a development dependency) is not installed: emails will not be sent. Run `npm install`, or set SMTP_URL.");
    return null;
  }
  const smtpPort = await portOrFree(1025);
  const webPort = await portOrFree(1080);
  const maildev = new MailDev({
    smtp: smtpPort,
    ip: "127.0.0.1",
    web: webPort,
    webIp: "127.0.0.1",
    mailDirectory: path.resolve(dataDir, "mail"),
    maxEmails: 200,
    // Plain SMTP on loopback: its STARTTLS certificate is self-signed, which a verifying client refuses.
    hideExtensions: ["STARTTLS"],
    silent: true,
  });
  try {
    await maildev.start();
  } catch (error) {
    // Email is optional: the app starts without it, and says so.
    log(`the local inbox could not start (${(error as Error).message}): emails will not be sent.`);
    await maildev.stop().catch(() => {});
    return null;
  }
  const inboxUrl = `http://127.0.0.1:${webPort}/`;
  return {
    inboxUrl,
    env: {
      SMTP_HOST: "127.0.0.1",
      SMTP_PORT: String(smtpPort),
      MAIL_FROM: process.env.MAIL_FROM || "Case Studies <no-reply@localhost>",
      MAIL_INBOX_URL: inboxUrl,
    },
    stop: () => maildev.stop(),
  };
}
