/**
 * `npm test`: lint, types, unit + content + integration tests (Vitest) against
 * a real Postgres, then Playwright end to end against the production build.
 * Postgres is embedded (its own data folder, separate from `npm start`'s)
 * unless DATABASE_URL is set; then that server hosts the test databases.
 *
 *   npm test                        everything
 *   npm test -- --skip-e2e          everything but the browser tests
 *   npm test -- --only-e2e          just the browser tests
 *   npm test -- --through-nginx     the browser tests go through nginx (Debian's, with the
 *                                   repo's site config) in front of two app instances
 *                                   sharing one Postgres, as in production (docs/scaling.md)
 *   npm test -- <file or pattern>   just the matching tests, at whatever level they
 *                                   are (e.g. `users`, `tests/integration/classes.test.ts`,
 *                                   `e2e/auth.spec.ts`); no lint or types
 *
 * Two runs at once need their own TEST_PG_DIR (a data folder under .data/)
 * and NEXT_DIST_DIR (a build folder such as .next-b).
 */
import crypto from "node:crypto";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { seedDemo } from "../prisma/demo-seed";
import { ensureDatabase, freePort, startEmbeddedPostgres, type EmbeddedServer } from "./lib/embedded-postgres";
import { renderSite, SITE_TEMPLATE, startNginx, type RunningNginx } from "./bench/http/nginx";
import { applyMigrations } from "./lib/migrations";
import { runNext, spawnServer, waitForServer } from "./lib/next";
import { selectTests } from "./lib/select-tests";

const argv = process.argv.slice(2);
const args = new Set(argv.filter((a) => a.startsWith("--")));
const patterns = argv.filter((a) => !a.startsWith("--"));
const selection = patterns.length > 0 ? selectTests(patterns) : null;
if (selection && selection.vitest.length === 0 && selection.e2e.length === 0) {
  console.error(`[test] no test file matches ${patterns.join(", ")}`);
  process.exit(2);
}
const skipE2e = args.has("--skip-e2e") || (selection !== null && selection.e2e.length === 0);
const onlyE2e = args.has("--only-e2e") || (selection !== null && selection.vitest.length === 0);
const throughNginx = args.has("--through-nginx");
const log = (msg: string) => console.log(`\n[test] ${msg}`);
const TEMPLATE = "cs_test_template";
const E2E_DB = "cs_test_e2e";
const AUTH_SECRET = "test-only-secret-not-for-production-0123456789";

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, commandArgs, { env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

async function step(name: string, fn: () => Promise<number>): Promise<void> {
  log(name);
  const started = Date.now();
  const code = await fn();
  console.log(`[test] ${name}: ${code === 0 ? "passed" : "FAILED"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  if (code !== 0) throw new Error(`${name} failed`);
}

async function recreate(adminUrl: string, name: string, template?: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.end();
  await ensureDatabase(adminUrl, name, template);
}

let embedded: EmbeddedServer | null = null;
let exitCode = 0;
try {
  const bin = "node_modules/.bin";
  if (!onlyE2e && !selection) {
    await step("lint", () => run(`${bin}/eslint`, ["."]));
    await step("types", () => run(`${bin}/tsc`, ["--noEmit"]));
  }

  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: process.env.TEST_PG_DIR ?? ".data/postgres-test", fast: true, log: (m) => console.log(`[test] ${m}`) });
    adminUrl = embedded.url("postgres");
  }
  const urlFor = (db: string) => {
    const u = new URL(adminUrl!);
    u.pathname = `/${db}`;
    return u.toString();
  };
  await recreate(adminUrl, TEMPLATE);
  await applyMigrations(urlFor(TEMPLATE));

  const testEnv = { ...process.env, TEST_ADMIN_DATABASE_URL: adminUrl, TEST_TEMPLATE_DATABASE: TEMPLATE, AUTH_SECRET, NODE_ENV: "test" as const };
  if (!onlyE2e) await step("unit, content and integration tests", () => run(`${bin}/vitest`, ["run", ...(selection?.vitest ?? [])], testEnv));

  if (!skipE2e) {
    await recreate(adminUrl, E2E_DB, TEMPLATE);
    await seedDemo(urlFor(E2E_DB));
    const appEnv = { ...process.env, DATABASE_URL: urlFor(E2E_DB), AUTH_SECRET, NODE_ENV: "production" as const };
    await step("build", () => runNext(["build"], appEnv));
    // The app mails through an SMTP server that e2e/email.spec.ts runs on this port, and reads what arrives.
    const smtpPort = await freePort();
    // Empty values clear any SMTP settings of the shell running the tests.
    const mailEnv = { SMTP_URL: "", SMTP_USER: "", SMTP_PASSWORD: "", SMTP_SECURE: "", SMTP_HOST: "127.0.0.1", SMTP_PORT: String(smtpPort), MAIL_FROM: "Case Studies <no-reply@example.test>" };
    // Sign-in with a provider goes to an OpenID Connect provider that e2e/oauth.spec.ts runs on this port.
    const oidcPort = await freePort();
    const oidcSecret = crypto.randomBytes(24).toString("base64url");
    const oauthEnv = {
      AUTH_GITHUB_ID: "",
      AUTH_GITHUB_SECRET: "",
      AUTH_GOOGLE_ID: "",
      AUTH_GOOGLE_SECRET: "",
      AUTH_OIDC_ISSUER: `http://127.0.0.1:${oidcPort}`,
      AUTH_OIDC_ID: "case-studies-e2e",
      AUTH_OIDC_SECRET: oidcSecret,
      AUTH_OIDC_NAME: "School SSO",
    };
    // The servers' JSON log goes to one file the browser tests read (request ids, security events, no secrets).
    const serverLog = path.resolve(process.env.TEST_PG_DIR ? `${process.env.TEST_PG_DIR}-server.log` : ".data/e2e-server.log");
    fs.mkdirSync(path.dirname(serverLog), { recursive: true });
    const logFd = fs.openSync(serverLog, "w");
    // Through nginx: two instances behind it, each believing the one hop in front of it.
    const instances: { port: number; metricsPort: number }[] = [];
    for (let i = 0; i < (throughNginx ? 2 : 1); i++) instances.push({ port: await freePort(), metricsPort: await freePort() });
    const nginxPort = throughNginx ? await freePort() : null;
    const servers = instances.map(({ port, metricsPort }) =>
      spawnServer(
        { ...appEnv, ...mailEnv, ...oauthEnv, PORT: String(port), HOST: "127.0.0.1", METRICS_PORT: String(metricsPort), TRUST_PROXY: throughNginx ? "1" : "0", NOTIFICATIONS_INTERVAL_SECONDS: "2" },
        { stdout: logFd },
      ),
    );
    let nginx: RunningNginx | null = null;
    try {
      await Promise.all(instances.map(({ port }) => waitForServer(`http://127.0.0.1:${port}`)));
      const baseUrl = `http://127.0.0.1:${nginxPort ?? instances[0]!.port}`;
      if (nginxPort) {
        const dir = path.resolve(process.env.TEST_PG_DIR ? `${process.env.TEST_PG_DIR}-nginx` : ".data/e2e-nginx");
        const site = renderSite(fs.readFileSync(SITE_TEMPLATE, "utf8"), {
          APP_UPSTREAM: instances.map(({ port }) => `127.0.0.1:${port}`),
          NGINX_LISTEN: `127.0.0.1:${nginxPort}`,
          NEXT_STATIC_DIR: path.resolve(process.env.NEXT_DIST_DIR ?? ".next", "static"),
          NGINX_CACHE_DIR: path.join(dir, "cache"),
        });
        nginx = await startNginx(dir, site);
        await waitForServer(baseUrl);
        log(`end-to-end tests go through nginx at ${baseUrl} to ${instances.length} app instances`);
      }
      await step(throughNginx ? "end-to-end tests through nginx and two instances" : "end-to-end tests", () =>
        run(`${bin}/playwright`, ["test", ...(selection?.e2e ?? [])], {
          ...process.env,
          BASE_URL: baseUrl,
          // Every instance's metrics (space-separated): e2e/observability.spec.ts reads them all.
          METRICS_URL: instances.map(({ metricsPort }) => `http://127.0.0.1:${metricsPort}/metrics`).join(" "),
          // Every instance's own address, for tests of what the app does behind nginx's cache.
          APP_URLS: instances.map(({ port }) => `http://127.0.0.1:${port}`).join(" "),
          SERVER_LOG: serverLog,
          E2E_SMTP_PORT: String(smtpPort),
          E2E_OIDC_PORT: String(oidcPort),
          E2E_OIDC_SECRET: oidcSecret,
          E2E_DATABASE_URL: urlFor(E2E_DB),
          AUTH_SECRET,
        }),
      );
    } finally {
      await nginx?.stop();
      for (const server of servers) server.kill("SIGTERM");
    }
  }
  log("all passed");
} catch (error) {
  console.error(`[test] ${(error as Error).message}`);
  exitCode = 1;
} finally {
  await embedded?.stop();
}
process.exit(exitCode);
