import "server-only";
import {
  claimNotifications,
  markSent,
  markSkipped,
  notificationDetails,
  queueAssignedEmails,
  queueReminders,
  type ClaimedNotification,
} from "@/lib/data/notifications";
import { emailConfigured, sendEmail, type SendOptions } from "@/lib/email/send";
import { assignedEmail, reminderEmail } from "@/lib/email/templates/notifications";
import type { RenderedEmail } from "@/lib/email/templates/render";
import { env } from "@/lib/env";
import { log } from "@/lib/observability/log";
import { emailTag } from "@/lib/observability/security-events";
import { unsubscribeParams } from "./unsubscribe";

/*
 * The assignment-email job (docs/decisions/017). Every app process runs it on
 * a timer; any number may run at once. Queueing is idempotent (a unique key),
 * and each queued email is claimed by one process with FOR UPDATE SKIP LOCKED,
 * sent, then marked sent: each email goes out once. The one gap is a process
 * that dies after the relay accepted a message and before marking it sent:
 * after the claim expires (5 minutes) another process sends it again, with the
 * same Message-ID.
 */

export type Send = (to: string, email: RenderedEmail, options: SendOptions) => Promise<boolean>;
export type RunResult = { queued: number; sent: number; skipped: number; failed: number };

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1)$/;

/** Where links in scheduled emails point: AUTH_URL, or this server when it listens on loopback only (links never leave the machine). */
export function jobOrigin(): string | null {
  if (env.AUTH_URL) return new URL(env.AUTH_URL).origin;
  const host = env.HOST ?? "127.0.0.1";
  return LOOPBACK.test(host) ? `http://${host === "::1" ? "[::1]" : host}:${env.PORT ?? 3000}` : null;
}

function compose(origin: string, secret: string, claimed: ClaimedNotification, details: NonNullable<Awaited<ReturnType<typeof notificationDetails>>>) {
  const kind = claimed.kind === "assigned" ? "assignments" : "reminders";
  const params = unsubscribeParams(secret, { userId: claimed.userId, kind });
  const common = {
    name: details.user.name,
    className: details.className,
    pathTitle: details.assignment.path.title,
    classUrl: new URL(`/classes/${details.classId}`, origin).toString(),
    unsubscribeUrl: `${new URL("/unsubscribe", origin)}?${params}`,
  };
  const email =
    claimed.kind === "assigned"
      ? assignedEmail({ ...common, dueAt: details.assignment.dueAt, steps: details.progress.totalSteps })
      : reminderEmail({ ...common, dueAt: details.assignment.dueAt!, completed: details.progress.completedSteps, steps: details.progress.totalSteps });
  const options: SendOptions = {
    unsubscribeUrl: `${new URL("/api/unsubscribe", origin)}?${params}`,
    messageId: `<notification-${claimed.id}@${new URL(origin).hostname}>`,
  };
  return { email, options };
}

/** Why an email queued earlier should not go now, or null to send it. */
function skipReason(claimed: ClaimedNotification, details: Awaited<ReturnType<typeof notificationDetails>>): string | null {
  if (!details) return "gone";
  if (!details.member) return "left the class";
  if (claimed.kind === "assigned" && !details.user.notifyAssignments) return "opted out";
  if (claimed.kind === "reminder") {
    if (!details.user.notifyReminders) return "opted out";
    if (details.progress.complete) return "finished";
    if (!details.assignment.dueAt) return "no due date";
  }
  return null;
}

/** One run: queue what is owed, then send until nothing unclaimed is left. */
export async function runNotifications({
  origin,
  secret = env.AUTH_SECRET,
  send = sendEmail,
  now = () => new Date(),
  batch = 20,
}: { origin: string; secret?: string; send?: Send; now?: () => Date; batch?: number }): Promise<RunResult> {
  const result: RunResult = { queued: 0, sent: 0, skipped: 0, failed: 0 };
  result.queued = (await queueAssignedEmails(now())) + (await queueReminders(now()));
  for (;;) {
    const claimed = await claimNotifications(batch, now());
    if (claimed.length === 0) break;
    for (const row of claimed) {
      const details = await notificationDetails(row, now());
      const reason = skipReason(row, details);
      if (reason) {
        await markSkipped(row.id, now());
        result.skipped += 1;
        continue;
      }
      const { email, options } = compose(origin, secret, row, details!);
      try {
        if (!(await send(details!.user.email, email, options))) throw new Error("email is not configured");
        await markSent(row.id, now());
        result.sent += 1;
      } catch (error) {
        // The claim stays until it expires: another run retries it then.
        result.failed += 1;
        log.warn({ event: "notification_failed", kind: row.kind, to: emailTag(details!.user.email), err: { message: (error as Error).message } }, "notification email failed; it is retried later");
      }
    }
  }
  return result;
}

const globalForJob = globalThis as unknown as { __notificationTimer?: NodeJS.Timeout };

/** Starts the timer in this process (instrumentation.ts), unless turned off or already running. */
export function startNotificationJob(): void {
  const seconds = env.NOTIFICATIONS_INTERVAL_SECONDS ?? 60;
  if (seconds === 0 || globalForJob.__notificationTimer) return;
  if (!emailConfigured()) {
    // Nothing could be sent; queueing now would mail old news once email is set up.
    log.warn({ event: "notifications_off" }, "assignment emails are off: email is not configured");
    return;
  }
  const origin = jobOrigin();
  if (!origin) {
    log.warn({ event: "notifications_off" }, "assignment emails are off: set AUTH_URL to the site's public origin, so their links can point at it");
    return;
  }
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const result = await runNotifications({ origin });
      if (result.queued || result.sent || result.failed) log.info({ event: "notifications_run", ...result }, "assignment emails");
    } catch (error) {
      log.error({ event: "notifications_run_failed", err: { message: (error as Error).message } }, "assignment email job failed");
    } finally {
      running = false;
    }
  };
  globalForJob.__notificationTimer = setInterval(tick, seconds * 1000);
  globalForJob.__notificationTimer.unref();
}
