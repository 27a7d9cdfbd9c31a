/**
 * `npm run test:resilience`: the reliability campaign (docs/operations.md).
 * Everything runs against its own embedded Postgres (.data/resilience) and a
 * production build, and each phase prints its figures and fails the run when
 * a bar is missed:
 *
 *   fuzz    fast-check over every server action (1,000 inputs each) and the
 *           query-string parsers, then random and hostile HTTP requests to
 *           every route: only 2xx/3xx/4xx
 *   load    a mixed load (anonymous pages, search, sign-ins, completes,
 *           bookmarks, dashboards) from 32 concurrent clients, twice the
 *           bench's 16, for LOAD_MINUTES (default 5): 0 5xx, >= 99.9% success
 *   faults  Postgres restarted and its backends terminated during load;
 *           Postgres SIGKILLed; `npm start` SIGKILLed and started again
 *
 *   npm run test:resilience -- --only fuzz|load|faults
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { encode } from "next-auth/jwt";
import pg from "pg";
import { hashPassword } from "../lib/auth/password";
import { seedDemo } from "../prisma/demo-seed";
import { summarizeDatabase } from "./lib/backup";
import { ensureDatabase, freePort, runningServer, startEmbeddedPostgres, type EmbeddedServer } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrations";
import { needsBuild, runNext, spawnServer, waitForServer } from "./lib/next";

const ROOT = ".data/resilience";
const AUTH_SECRET = crypto.randomBytes(33).toString("base64url");
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1] : null;
const LOAD_MINUTES = Number(process.env.LOAD_MINUTES ?? 5);
const CONCURRENCY = 32;
const PASSWORD = "resilience-password-42";

const results: Record<string, unknown> = {};
const failures: string[] = [];
const log = (msg: string) => console.log(`[resilience] ${msg}`);
function check(ok: boolean, what: string) {
  log(`${ok ? "ok  " : "FAIL"} ${what}`);
  if (!ok) failures.push(what);
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// ------------------------------------------------------------------ set-up

fs.mkdirSync(ROOT, { recursive: true });
let embedded: EmbeddedServer | null = await startEmbeddedPostgres({ dataDir: `${ROOT}/postgres`, log });
const pgPort = Number(new URL(embedded.url("postgres")).port);
const adminUrl = embedded.url("postgres");
const urlFor = (db: string) => embedded!.url(db);
const DB = "cs_resilience";
async function recreate(name: string) {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
  await ensureDatabase(adminUrl, name);
}
await recreate(DB);
await applyMigrations(urlFor(DB));
await seedDemo(urlFor(DB));

type LoadUser = { id: string; email: string; cookie: string };
async function createLoadUsers(n: number): Promise<LoadUser[]> {
  const hash = await hashPassword(PASSWORD);
  const client = new pg.Client({ connectionString: urlFor(DB) });
  await client.connect();
  const users: LoadUser[] = [];
  for (let i = 0; i < n; i++) {
    const id = crypto.randomUUID();
    const email = `load-${i}@example.test`;
    await client.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, $4, now())`, [id, email, `Load ${i}`, hash]);
    await client.query(`INSERT INTO "_RoleToUser" ("A", "B") VALUES ('role_learner', $1)`, [id]);
    const token = await encode({
      token: { sub: id, sv: 0, name: `Load ${i}`, email, authTime: Math.floor(Date.now() / 1000) },
      secret: AUTH_SECRET,
      salt: "authjs.session-token",
    });
    users.push({ id, email, cookie: `authjs.session-token=${token}` });
  }
  await client.end();
  return users;
}
const users = await createLoadUsers(64);

if (needsBuild()) {
  log("building the app");
  if ((await runNext(["build"], { ...process.env, DATABASE_URL: urlFor(DB), AUTH_SECRET, NODE_ENV: "production" })) !== 0) process.exit(1);
}

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
const serverLog = path.resolve(`${ROOT}/server.log`);
const server: ChildProcess = startApp();
function startApp(): ChildProcess {
  const fd = fs.openSync(serverLog, "a");
  return spawnServer(
    { ...process.env, DATABASE_URL: urlFor(DB), AUTH_SECRET, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", METRICS_PORT: "off", LOG_LEVEL: "warn" },
    { stdout: fd },
  );
}
await waitForServer(base);

const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8")) as { node: Record<string, { exportedName?: string }> };
const actionId = (name: string) => Object.entries(manifest.node).find(([, v]) => v.exportedName === name)?.[0] ?? "";
const STUDIES = ["databases/etcd", "messaging-streaming/kafka", "infrastructure/url-shortener", "databases/cassandra", "infrastructure/consistent-hashing"];

// ------------------------------------------------------------------ requests

type Outcome = { status: number; ms: number };
async function request(pathname: string, init: RequestInit = {}, timeoutMs = 15_000): Promise<Outcome> {
  const started = performance.now();
  try {
    const res = await fetch(base + pathname, { redirect: "manual", signal: AbortSignal.timeout(timeoutMs), ...init });
    await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - started };
  } catch {
    return { status: 0, ms: performance.now() - started }; // no answer at all (timeout, reset)
  }
}

function callAction(name: string, page: string, args: unknown[], cookie: string): Promise<Outcome> {
  return request(page, {
    method: "POST",
    headers: { "Next-Action": actionId(name), "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: base, Cookie: cookie },
    body: JSON.stringify(args),
  });
}

async function signIn(user: LoadUser): Promise<Outcome> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  return request("/api/auth/callback/credentials", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
    body: new URLSearchParams({ email: user.email, password: PASSWORD, csrfToken }).toString(),
  });
}

const pick = <T,>(list: readonly T[]): T => list[Math.floor(Math.random() * list.length)]!;
const QUERIES = ["consistent hashing", "raft", "kafka partitions", "quorum", "cache", "spanner truetime", "leader election", "geohash", "rate limit", "vector clocks"];

/** One step of the mixed workload, chosen by weight. */
function mixedStep(): Promise<Outcome> {
  const user = pick(users);
  const r = Math.random();
  if (r < 0.35) return request(`/case-studies/${pick(STUDIES)}`);
  if (r < 0.45) return request(`/case-studies?difficulty=${pick(["advanced", "intermediate", "expert"])}&theme=${pick(["low-latency", "global-scale"])}`);
  if (r < 0.6) return request(`/search?q=${encodeURIComponent(pick(QUERIES))}`);
  if (r < 0.72) return request("/dashboard", { headers: { Cookie: user.cookie } });
  if (r < 0.8) return request("/api/me/state", { headers: { Cookie: user.cookie } });
  if (r < 0.87) {
    const study = pick(STUDIES);
    return callAction("setCompletedAction", `/case-studies/${study}`, [study, Math.random() < 0.7], user.cookie);
  }
  if (r < 0.94) {
    const study = pick(STUDIES);
    return callAction("setBookmarkAction", `/case-studies/${study}`, [study, Math.random() < 0.5], user.cookie);
  }
  return signIn(user);
}

type Tally = { total: number; ok: number; byStatus: Record<string, number>; latencies: number[] };
const tally = (): Tally => ({ total: 0, ok: 0, byStatus: {}, latencies: [] });
function record(t: Tally, o: Outcome) {
  t.total++;
  if (o.status >= 200 && o.status < 400) t.ok++;
  t.byStatus[o.status] = (t.byStatus[o.status] ?? 0) + 1;
  t.latencies.push(o.ms);
}
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function runLoad(durationMs: number, concurrency: number, step: () => Promise<Outcome>, onOutcome?: (o: Outcome, at: number) => void): Promise<Tally> {
  const t = tally();
  const deadline = Date.now() + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (Date.now() < deadline) {
        const o = await step();
        record(t, o);
        onOutcome?.(o, Date.now());
      }
    }),
  );
  return t;
}

// ------------------------------------------------------------------ phases

async function fuzzPhase() {
  log("fuzz: server actions and query-string parsers, 1,000 inputs each (Vitest)");
  const template = "cs_resilience_template";
  await recreate(template);
  await applyMigrations(urlFor(template));
  const code = await new Promise<number>((resolve) => {
    const child = spawn("node_modules/.bin/vitest", ["run", "tests/integration/fuzz-actions.test.ts", "lib/validation/fuzz.test.ts"], {
      env: { ...process.env, FUZZ_RUNS: "1000", TEST_ADMIN_DATABASE_URL: adminUrl, TEST_TEMPLATE_DATABASE: template, AUTH_SECRET, NODE_ENV: "test" },
      stdio: "inherit",
    });
    child.on("exit", (c) => resolve(c ?? 1));
  });
  check(code === 0, "fuzzing of server actions and parsers passes (1,000 inputs each)");

  log("fuzz: random and hostile HTTP requests to every route");
  const hostile = ["%E0%A4%A", "%00", "..%2f..%2fetc%2fpasswd", "<script>", "'%20OR%201=1--", "%F0%9F%A7%AD", "a".repeat(3000), "%", "%%", "__proto__", "[object Object]", "\u202e"];
  const segment = () => (Math.random() < 0.5 ? pick(hostile) : encodeURIComponent(crypto.randomBytes(crypto.randomInt(1, 20)).toString("latin1")));
  const routes = [
    () => `/case-studies/${segment()}`,
    () => `/case-studies/databases/${segment()}`,
    () => `/case-studies?difficulty=${segment()}&theme=${segment()}&focus=${segment()}&page=${segment()}`,
    () => `/paths/${segment()}`,
    () => `/patterns/${segment()}`,
    () => `/search?q=${segment()}&domain=${segment()}`,
    () => `/classes/join?code=${segment()}`,
    () => `/classes/${segment()}`,
    () => `/instructor/classes/${segment()}`,
    () => `/instructor/classes/${segment()}/roster.csv`,
    () => `/instructor/paths/${segment()}`,
    () => `/admin?q=${segment()}`,
    () => `/signin?next=${segment()}`,
    () => `/api/me/state?${segment()}`,
    () => `/account/export?${segment()}`,
  ];
  const http = tally();
  const fiveHundreds: string[] = [];
  for (const route of routes) {
    for (let i = 0; i < 1000; i += 8) {
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          const p = route();
          const o = await request(p, { headers: { Cookie: pick(users).cookie } });
          record(http, o);
          if (o.status >= 500 || o.status === 0) fiveHundreds.push(`${o.status} ${p}`);
        }),
      );
    }
  }
  // Garbage to the POST endpoints: Auth.js and a server action with broken bodies.
  for (let i = 0; i < 1000; i++) {
    const body = crypto.randomBytes(crypto.randomInt(0, 400)).toString(Math.random() < 0.5 ? "latin1" : "base64");
    const o =
      i % 2
        ? await request("/api/auth/callback/credentials", { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body })
        : await request("/case-studies/databases/etcd", {
            method: "POST",
            headers: { "Next-Action": actionId("setBookmarkAction"), "Content-Type": "text/plain;charset=UTF-8", Origin: base, Cookie: pick(users).cookie },
            body,
          });
    record(http, o);
    if (o.status >= 500 || o.status === 0) fiveHundreds.push(`${o.status} POST #${i}`);
  }
  results.httpFuzz = { requests: http.total, byStatus: http.byStatus };
  log(`fuzz: ${http.total} HTTP requests, statuses ${JSON.stringify(http.byStatus)}`);
  if (fiveHundreds.length) log(`fuzz: first 5xx: ${fiveHundreds.slice(0, 5).join(" | ")}`);
  check(fiveHundreds.length === 0, `no 5xx and no unanswered request among ${http.total} random and hostile HTTP requests`);
}

async function loadPhase() {
  log(`load: ${CONCURRENCY} concurrent clients, mixed workload, ${LOAD_MINUTES} min`);
  const t = await runLoad(LOAD_MINUTES * 60_000, CONCURRENCY, mixedStep);
  const fiveXx = Object.entries(t.byStatus).filter(([s]) => Number(s) >= 500 || s === "0").reduce((n, [, c]) => n + c, 0);
  const success = t.ok / t.total;
  results.load = {
    minutes: LOAD_MINUTES,
    concurrency: CONCURRENCY,
    requests: t.total,
    perSecond: Math.round(t.total / (LOAD_MINUTES * 60)),
    successRate: success,
    byStatus: t.byStatus,
    p50ms: Math.round(percentile(t.latencies, 50)),
    p99ms: Math.round(percentile(t.latencies, 99)),
  };
  log(`load: ${JSON.stringify(results.load)}`);
  check(fiveXx === 0, `0 5xx under load (${fiveXx} of ${t.total})`);
  check(success >= 0.999, `>= 99.9% success under load (${(success * 100).toFixed(3)}%)`);
}

/** Background load during a fault: signed-in dashboards (need the database) and study pages (do not). */
function faultLoad(durationMs: number) {
  const events: { at: number; status: number; ms: number; needsDb: boolean }[] = [];
  const done = runLoad(
    durationMs,
    6,
    async () => {
      const needsDb = Math.random() < 0.6;
      const o = needsDb ? await request("/dashboard", { headers: { Cookie: pick(users).cookie } }) : await request(`/case-studies/${pick(STUDIES)}`);
      events.push({ at: Date.now(), status: o.status, ms: o.ms, needsDb });
      await sleep(50);
      return o;
    },
  );
  return { events, done };
}

async function waitUntil(ok: () => Promise<boolean>, timeoutMs: number): Promise<number | null> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await ok()) return Date.now() - started;
    await sleep(200);
  }
  return null;
}
const dashboardOk = async () => (await request("/dashboard", { headers: { Cookie: users[0]!.cookie } }, 5_000)).status === 200;

async function faultsPhase() {
  // 1. Postgres restarted during load.
  {
    log("faults: Postgres stopped for 10 s and started again, under load");
    const { events, done } = faultLoad(40_000);
    await sleep(5_000);
    const downAt = Date.now();
    await embedded!.stop();
    await sleep(10_000);
    embedded = await startEmbeddedPostgres({ dataDir: `${ROOT}/postgres`, port: pgPort, log });
    const upAt = Date.now();
    const recovered = await waitUntil(dashboardOk, 30_000);
    await done;
    const during = events.filter((e) => e.at > downAt + 1_000 && e.at < upAt && e.needsDb);
    const first503 = events.find((e) => e.at > downAt && e.needsDb && e.status === 503);
    const slowest = Math.max(0, ...events.filter((e) => e.at > downAt && e.at < upAt + 1_000).map((e) => e.ms));
    const staticDuring = events.filter((e) => e.at > downAt && e.at < upAt && !e.needsDb);
    const alive = server.exitCode === null;
    results.restart = {
      firstFriendly503AfterMs: first503 ? first503.at - downAt : null,
      slowestAnswerDuringOutageMs: Math.round(slowest),
      dashboardsDuringOutage: during.length,
      dashboards503: during.filter((e) => e.status === 503).length,
      studyPagesServedDuringOutage: `${staticDuring.filter((e) => e.status === 200).length}/${staticDuring.length}`,
      fullServiceAfterDatabaseReturnedMs: recovered,
    };
    log(`faults: ${JSON.stringify(results.restart)}`);
    check(alive, "the app process survives a Postgres restart");
    check(first503 !== undefined && first503.at - downAt <= 10_000, "requests during the outage get a 503 within 10 s");
    check(slowest <= 10_000, "no request hangs during the outage (all answered within 10 s)");
    check(during.every((e) => e.status === 503), "every dashboard request during the outage (after the first second) is a friendly 503");
    check(recovered !== null && recovered <= 15_000, "full service within 15 s of the database returning");
  }

  // 2. pg_terminate_backend on every connection of the app's database.
  {
    log("faults: pg_terminate_backend on every app connection, under load");
    const { events, done } = faultLoad(15_000);
    await sleep(3_000);
    const killedAt = Date.now();
    const c = new pg.Client({ connectionString: adminUrl });
    await c.connect();
    const { rows } = await c.query<{ n: number }>(
      `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
      [DB],
    );
    await c.end();
    const recovered = await waitUntil(dashboardOk, 15_000);
    await done;
    const after = events.filter((e) => e.at > killedAt);
    const failed = after.filter((e) => e.status >= 500 || e.status === 0);
    results.terminate = { terminated: rows[0]!.n, requestsAfter: after.length, failedAfter: failed.length, fullServiceAfterMs: recovered };
    log(`faults: ${JSON.stringify(results.terminate)}`);
    check(server.exitCode === null, "the app process survives pg_terminate_backend");
    check(recovered !== null && recovered <= 15_000, "full service within 15 s of the connections being terminated");
    check(failed.every((e) => e.status === 503), "requests hit by the terminated connections get a 503, never a 500");
  }

  // 3. Postgres SIGKILLed: it comes back with nothing lost.
  {
    log("faults: Postgres SIGKILLed, then started again");
    const before = await summarizeDatabase(urlFor(DB));
    const pid = runningServer(path.resolve(`${ROOT}/postgres`))?.pid;
    if (pid) process.kill(pid, "SIGKILL");
    await sleep(1_000);
    embedded = await startEmbeddedPostgres({ dataDir: `${ROOT}/postgres`, port: pgPort, log });
    const after = await summarizeDatabase(urlFor(DB));
    const recovered = await waitUntil(dashboardOk, 15_000);
    results.sigkillPostgres = { tables: after.length, rows: after.reduce((n, t) => n + t.rows, 0), fullServiceAfterMs: recovered };
    check(JSON.stringify(after) === JSON.stringify(before), `after a SIGKILL every table has the same rows and checksum (${after.length} tables)`);
    check(recovered !== null, "the app serves dashboards again after Postgres was SIGKILLed and restarted");
  }

  // 4. `npm start` SIGKILLed: its app server and Postgres must not block the next start.
  {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
    await embedded!.stop();
    embedded = null;
    log("faults: npm start SIGKILLed, then npm start again");
    const startPort = await freePort();
    const startEnv = { ...process.env, DATA_DIR: `${ROOT}/start`, PORT: String(startPort), LOG_LEVEL: "warn", METRICS_PORT: "off" };
    const launch = () => spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], { env: startEnv, stdio: ["ignore", "ignore", "inherit"] });
    const first = launch();
    await waitForServer(`http://127.0.0.1:${startPort}`, 240_000);
    const seeded = await summarizeDatabase(runningDbUrl(`${ROOT}/start/postgres`));
    first.kill("SIGKILL");
    // The app server notices its parent is gone (the IPC channel closes) and exits: the port stops answering.
    const freed = await waitUntil(() => fetch(`http://127.0.0.1:${startPort}/api/health`, { signal: AbortSignal.timeout(1_000) }).then(() => false, () => true), 10_000);
    const startedAt = Date.now();
    const second = launch();
    let healthy = false;
    try {
      await waitForServer(`http://127.0.0.1:${startPort}`, 60_000);
      healthy = (await fetch(`http://127.0.0.1:${startPort}/api/health`)).status === 200;
    } catch {
      healthy = false;
    }
    const restartMs = Date.now() - startedAt;
    const kept = await summarizeDatabase(runningDbUrl(`${ROOT}/start/postgres`));
    second.kill("SIGTERM");
    await new Promise((r) => second.once("exit", r));
    results.sigkillStart = { appServerGoneAfterMs: freed, secondStartHealthyAfterMs: restartMs };
    log(`faults: ${JSON.stringify(results.sigkillStart)}`);
    check(freed !== null, "the app server of a SIGKILLed npm start exits and frees its port");
    check(healthy, "npm start after a SIGKILLed npm start comes up healthy (the orphaned Postgres is found and restarted)");
    check(JSON.stringify(kept) === JSON.stringify(seeded), "and nothing in its database was lost");
  }
}

/** The URL of the embedded server currently owning a data folder (after npm start started it). */
function runningDbUrl(dataDir: string): string {
  const running = runningServer(path.resolve(dataDir));
  if (!running) throw new Error(`no Postgres is running for ${dataDir}`);
  return `postgresql://postgres:postgres@127.0.0.1:${running.port}/case_studies`;
}

// ------------------------------------------------------------------ run

try {
  if (!only || only === "fuzz") await fuzzPhase();
  if (!only || only === "load") await loadPhase();
  if (!only || only === "faults") await faultsPhase();
} catch (error) {
  failures.push(`the campaign itself failed: ${(error as Error).stack}`);
} finally {
  if (server.exitCode === null) server.kill("SIGTERM");
  await embedded?.stop();
}
fs.writeFileSync(`${ROOT}/results.json`, `${JSON.stringify({ results, failures }, null, 2)}\n`);
log(`results written to ${ROOT}/results.json`);
if (failures.length) {
  log(`${failures.length} check(s) failed:\n  ${failures.join("\n  ")}`);
  process.exit(1);
}
log("all checks passed");
process.exit(0);
