/**
 * `npm run notifications`: one run of the assignment-email job (docs/decisions/017)
 * against DATABASE_URL, for a cron or a one-off catch-up. Safe beside running
 * app processes: each email is claimed by one runner.
 * It needs the app's DATABASE_URL, AUTH_SECRET (unsubscribe links are signed
 * with it), SMTP settings and AUTH_URL.
 */
export {};

for (const name of ["DATABASE_URL", "AUTH_SECRET"]) {
  if (!process.env[name]) {
    console.error(`[notifications] ${name} is not set: run this with the app's environment (npm start runs the job by itself)`);
    process.exit(2);
  }
}
const { jobOrigin, runNotifications } = await import("../lib/notifications/job");
const origin = jobOrigin();
if (!origin) {
  console.error("[notifications] set AUTH_URL to the site's public origin: the emails' links need it");
  process.exit(2);
}
const result = await runNotifications({ origin });
console.log(`[notifications] queued ${result.queued}, sent ${result.sent}, skipped ${result.skipped}, failed ${result.failed}`);
const { db } = await import("../lib/db");
await db.$disconnect();
