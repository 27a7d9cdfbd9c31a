/**
 * `npm start`: database (embedded unless DATABASE_URL is set), migrations,
 * demo seed (embedded database only), a production build when the sources are
 * newer than it, then the app server (scripts/serve.ts) on HOST:PORT, by
 * default 127.0.0.1:3000. Ctrl-C stops everything. The server exits by itself
 * if this process is killed, so it never outlives it holding the port.
 * Without SMTP settings on the embedded database, a local inbox catches the
 * app's email (scripts/lib/mail-catcher.ts); its address is printed.
 */
import { type ChildProcess } from "node:child_process";
import { smtpConfigured } from "../lib/email/config";
import { demoAccountsWithPublishedPassword, seedDemo } from "../prisma/demo-seed";
import { isLoopbackHost } from "./lib/host";
import { startMailCatcher, type MailCatcher } from "./lib/mail-catcher";
import { needsBuild, runNext, spawnServer } from "./lib/next";
import { applyMigrations } from "./lib/migrations";
import { resolveAuthSecret, resolveDatabase } from "./lib/runtime-env";

const log = (msg: string) => console.log(`[start] ${msg}`);
const port = process.env.PORT ?? "3000";
const host = process.env.HOST || "127.0.0.1";

// DATA_DIR: where the embedded database and the generated secret live (default .data; the resilience tests use their own).
const dataDir = process.env.DATA_DIR ?? ".data";
const database = await resolveDatabase({ dataDir: `${dataDir}/postgres`, database: "case_studies", log });
let server: ChildProcess | undefined;
let mail: MailCatcher | null = null;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    await mail?.stop();
    await database.embedded?.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  // A deployment (DATABASE_URL) without SMTP gets no inbox that would swallow its users' mail: it is told instead.
  if (!smtpConfigured(process.env) && database.embedded) mail = await startMailCatcher({ dataDir, log });
  const env = {
    ...process.env,
    ...mail?.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: resolveAuthSecret(dataDir),
    NODE_ENV: "production" as const,
  };
  log(database.embedded ? `embedded Postgres at ${database.url.replace(/\/\/.*@/, "//")}` : "using DATABASE_URL");
  if (smtpConfigured(process.env)) log("email: sending through the SMTP server in SMTP_URL / SMTP_HOST");
  else if (mail) log(`email is not configured (no SMTP_URL or SMTP_HOST): mail goes to the local inbox, read it at ${mail.inboxUrl}`);
  else log("email is not configured: password-reset emails will NOT be sent. Set SMTP_URL (or SMTP_HOST, SMTP_PORT, SMTP_USER, SMTP_PASSWORD) and MAIL_FROM.");
  if (!isLoopbackHost(host) && !process.env.AUTH_URL) log("AUTH_URL is unset: reset links are only emailed for requests to localhost; set AUTH_URL to the public origin.");
  const providerVars = ["AUTH_GITHUB_ID", "AUTH_GOOGLE_ID", "AUTH_OIDC_ID"].filter((name) => process.env[name]);
  if (providerVars.length > 0 && !process.env.AUTH_URL) log("sign-in with providers: open the site as http://localhost:<port> (the callback URL you register), not 127.0.0.1.");
  const applied = await applyMigrations(database.url);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  if (database.embedded && (await seedDemo(database.url))) log("seeded the demo accounts (password: demo-password-123)");
  if (!isLoopbackHost(host)) {
    const exposed = await demoAccountsWithPublishedPassword(database.url);
    if (exposed.length > 0 && process.env.ALLOW_PUBLIC_DEMO !== "1") {
      log(`refusing to serve on ${host}: the demo accounts ${exposed.join(", ")} still have the published password, so anyone who can reach this address could sign in as them (one is an admin).`);
      log("Serve on 127.0.0.1 (unset HOST), change or delete those accounts, or set ALLOW_PUBLIC_DEMO=1 on a private network.");
      await stop(2);
    }
  }

  if (needsBuild()) {
    log("building the app (first start or sources changed)");
    const code = await runNext(["build"], env);
    if (code !== 0) {
      log("the build failed; see the messages above");
      await stop(code);
    }
  }
  server = spawnServer({ ...env, PORT: port, HOST: host });
  server.on("exit", (code) => {
    if (!stopping) void stop(code ?? 1);
  });
  log(`serving on http://${isLoopbackHost(host) ? "localhost" : host}:${port}${isLoopbackHost(host) ? " (this machine only; set HOST=0.0.0.0 to serve others)" : ""}`);
} catch (error) {
  console.error(`[start] ${(error as Error).message}`);
  await stop(1);
}
