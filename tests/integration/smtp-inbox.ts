/**
 * A real SMTP server in the test process (smtp-server), which parses every
 * message it receives (mailparser) and keeps it, for tests that read what the
 * app actually sent: the integration tests, and e2e/email.spec.ts
 * (on the port scripts/test.ts gave the app as SMTP_PORT).
 */
import type { AddressInfo } from "node:net";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** Each header's raw value (after "Name: ", unfolded), by lower-case name. */
  headers: Record<string, string>;
};

export type SmtpInbox = {
  port: number;
  messages: ReceivedMail[];
  /** Milliseconds to hold each message before accepting it: a slow relay. */
  holdMs: number;
  /** The first message to `address` that arrives, waiting for it up to `timeoutMs`. */
  waitFor: (address: string, timeoutMs?: number) => Promise<ReceivedMail>;
  /** The first message to `address` with this subject. */
  waitForSubject: (address: string, subject: string, timeoutMs?: number) => Promise<ReceivedMail>;
  close: () => Promise<void>;
};

function received(envelopeTo: string[], mail: ParsedMail): ReceivedMail {
  return {
    to: envelopeTo,
    from: mail.from?.text ?? "",
    subject: mail.subject ?? "",
    text: mail.text ?? "",
    html: typeof mail.html === "string" ? mail.html : "",
    headers: Object.fromEntries(mail.headerLines.map((h) => [h.key, h.line.slice(h.line.indexOf(":") + 1).replace(/\r?\n\s+/g, " ").trim()])),
  };
}

export async function startSmtpInbox(port = 0): Promise<SmtpInbox> {
  const messages: ReceivedMail[] = [];
  const listeners = new Set<() => void>();
  const state = { holdMs: 0 };
  const server = new SMTPServer({
    // Plain SMTP on loopback, no login: like the local inbox npm start runs.
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    onData(stream, session, callback) {
      const to = session.envelope.rcptTo.map((r) => r.address.toLowerCase());
      simpleParser(stream).then(
        (mail) =>
          setTimeout(() => {
            messages.push(received(to, mail));
            for (const notify of listeners) notify();
            callback();
          }, state.holdMs),
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve());
  });

  const find = (address: string, subject?: string) =>
    messages.find((m) => m.to.includes(address.toLowerCase()) && (subject === undefined || m.subject === subject));
  const waitFor = (address: string, timeoutMs = 10_000, subject?: string) =>
    new Promise<ReceivedMail>((resolve, reject) => {
      const check = () => {
        const mail = find(address, subject);
        if (!mail) return;
        clearTimeout(timer);
        listeners.delete(check);
        resolve(mail);
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`no email to ${address}${subject ? ` titled "${subject}"` : ""} arrived within ${timeoutMs} ms`));
      }, timeoutMs);
      listeners.add(check);
      check();
    });
  return {
    port: (server.server.address() as AddressInfo).port,
    messages,
    get holdMs() {
      return state.holdMs;
    },
    set holdMs(ms: number) {
      state.holdMs = ms;
    },
    waitFor: (address, timeoutMs) => waitFor(address, timeoutMs),
    waitForSubject: (address, subject, timeoutMs) => waitFor(address, timeoutMs, subject),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** The reset link in a message's text body. */
export function resetLinkIn(mail: ReceivedMail): URL {
  return linkIn(mail, "/reset-password");
}

/** The link to `pathname` with a token in a message's text body. */
export function linkIn(mail: ReceivedMail, pathname: string): URL {
  const match = mail.text.match(new RegExp(`https?://\\S+${pathname}\\?token=[A-Za-z0-9_-]+`));
  if (!match) throw new Error(`no ${pathname} link in: ${mail.text}`);
  return new URL(match[0]);
}
