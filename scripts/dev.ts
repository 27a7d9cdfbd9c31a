/**
 * `npm run dev`: the development loop with no configuration, like `npm start`:
 * the embedded Postgres (started, or shared with a running `npm start`) on
 * port 54329 when free, migrations, the demo accounts on first run, a secret
 * kept beside the data, then `next dev` with hot reload on PORT (3000).
 * Without SMTP settings, a local inbox catches the app's email (its address is printed).
 */
import { spawn } from "node:child_process";
import { smtpConfigured } from "../lib/email/config";
import { seedDemo } from "../prisma/demo-seed";
import { startMailCatcher } from "./lib/mail-catcher";
import { applyMigrations } from "./lib/migrations";
import { resolveAuthSecret, resolveDatabase } from "./lib/runtime-env";

const log = (msg: string) => console.log(`[dev] ${msg}`);
const dataDir = process.env.DATA_DIR ?? ".data";
const database = await resolveDatabase({ dataDir: `${dataDir}/postgres`, database: "case_studies", log });
const applied = await applyMigrations(database.url);
if (applied.length) log(`applied migrations: ${applied.join(", ")}`);
if (database.embedded && (await seedDemo(database.url))) log("seeded the demo accounts (password: demo-password-123)");
log(`database: ${database.url.replace(/\/\/.*@/, "//")}`);
const mail = smtpConfigured(process.env) ? null : await startMailCatcher({ dataDir, log });
if (mail) log(`email is not configured (no SMTP_URL or SMTP_HOST): mail goes to the local inbox, read it at ${mail.inboxUrl}`);
else if (smtpConfigured(process.env)) log("email: sending through the SMTP server in SMTP_URL / SMTP_HOST");

const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "dev", "-p", process.env.PORT ?? "3000", "-H", process.env.HOST || "127.0.0.1"], {
  env: { ...process.env, ...mail?.env, DATABASE_URL: database.url, AUTH_SECRET: resolveAuthSecret(dataDir), NODE_ENV: "development" },
  stdio: "inherit",
});
let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }
  await mail?.stop();
  await database.embedded?.stop();
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
child.on("exit", (code) => void stop(code ?? 0));
