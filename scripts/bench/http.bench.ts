/**
 * The app end to end under load: a production build (its own folder,
 * .next-bench), a large data set (scripts/bench/http/dataset.ts), the
 * production server (scripts/serve.ts) pinned to one core and wrk pinned to
 * the other, asking for gzip as browsers do. Rounds are short and bounded: a
 * 3 s warm-up, then 10 s timed, at 16 connections (64 for the cached study
 * page and its references). The embedded Postgres shares the server's core.
 * Signed-in rounds send a session cookie written the way Auth.js writes one
 * (as e2e/fixtures.ts does), for the heavy learner or the class's instructor.
 *
 * Beside the app, three references serve the same bytes of the longest study
 * page, each in its own process on the server's core:
 *   (a) node:http sending them pre-compressed: what node:http can do at best;
 *   (b) node:http gzipping them per request at level 6: the naive server;
 *   (c) Debian's nginx with gzip_static: the ceiling for a static file.
 * Then the app behind nginx with the repo's config (deploy/nginx/templates).
 *
 * Needs wrk, nginx and taskset (installed with apt-get when missing, as root).
 * BENCH_REUSE_BUILD=1 serves an existing .next-bench instead of building.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import { encode } from "next-auth/jwt";
import { freePort } from "../lib/embedded-postgres";
import { spawnServer, waitForServer } from "../lib/next";
import type { Benchmark, BenchContext, BenchRow } from "../lib/bench-kit";
import { build, DIST_DIR } from "./http/build";
import { DATASET, seedDataset, type SeededUser } from "./http/dataset";
import { renderSite, SITE_TEMPLATE, startNginx } from "./http/nginx";
import type { ReferenceMode } from "./http/reference-server";
import { SAMPLE_QUERIES } from "./search-queries";
import { loadRound, type LoadTarget, type RoundResult } from "./http/wrk";

const exec = promisify(execFile);

const SERVER_CPU = 0;
const LOAD_CPU = 1;
const WARMUP_SECONDS = 3;
const ROUND_SECONDS = 10;
const CONNECTIONS = 16;
const MANY_CONNECTIONS = 64;
const WORK_DIR = path.resolve(".data", "bench-http");
const SESSION_COOKIE = "authjs.session-token";
const CATALOG_WITH_FILTERS = "/case-studies?difficulty=advanced&theme=low-latency";
const STUDY = "study page, anonymous";
/**
 * A repeated catalog filter or search is answered from the page cache (scripts/lib/page-cache.ts) for
 * visitors without a session; a session cookie (even one that is not valid: these pages never read it)
 * makes Next render it, as it does for a signed-in learner and for a query asked for the first time.
 */
const UNKNOWN_SESSION = `${SESSION_COOKIE}=not-a-session`;
const RENDERED = (label: string) => `${label}, rendered`;
const INSTANCES_1 = "nginx -> 1 app (core 0)";
const INSTANCES_2 = "nginx -> 2 apps (cores 0 and 1)";

type Response = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** One GET with node:http, body as it came over the wire (not decompressed). */
function get(url: string, headers: Record<string, string> = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`GET ${url} timed out`)));
  });
}

async function waitForHttp(origin: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await get(`${origin}/`);
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`nothing answered at ${origin} within ${timeoutMs / 1000} s`);
}

async function commandExists(name: string): Promise<boolean> {
  return exec("sh", ["-c", `command -v ${name}`]).then(
    () => true,
    () => false,
  );
}

/** wrk and nginx from Debian, the way .ci/run installs Chromium. */
async function ensureTools(): Promise<void> {
  const missing = [];
  for (const [command, pkg] of [["wrk", "wrk"], ["nginx", "nginx"], ["taskset", "util-linux"]] as const) {
    if (!(await commandExists(command))) missing.push(pkg);
  }
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) throw new Error(`the HTTP bench needs ${missing.join(", ")}: apt-get install -y ${missing.join(" ")}`);
  console.log(`installing ${missing.join(", ")} with apt-get...`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  await exec("apt-get", ["update", "-qq"], { env });
  await exec("apt-get", ["install", "-y", "-qq", ...missing], { env });
}

/**
 * The JavaScript a first visit to `page` downloads before it is interactive: its script tags' files, as
 * sent with gzip. `noModule` scripts (Next's polyfills for browsers without modules) are left out: a
 * browser that runs modules never downloads them.
 */
async function firstLoadJs(origin: string, html: string): Promise<{ files: number; bytes: number }> {
  const tags = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]).filter((tag) => !/\snomodule(=|\s|>)/i.test(tag));
  const sources = [...new Set(tags.flatMap((tag) => /\ssrc="([^"]+)"/.exec(tag)?.[1] ?? []))];
  let bytes = 0;
  for (const src of sources) {
    const res = await get(new URL(src, origin).toString(), { "Accept-Encoding": "gzip" });
    if (res.status !== 200) throw new Error(`${src} answered ${res.status}`);
    bytes += res.body.length;
  }
  return { files: sources.length, bytes };
}

/** Every prerendered study page: `<domain>/<slug>` and the size of its HTML. */
function prerenderedStudies(): { id: string; bytes: number }[] {
  const root = path.join(DIST_DIR, "server", "app", "case-studies");
  return fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !d.name.startsWith("["))
    .flatMap((domain) =>
      fs
        .readdirSync(path.join(root, domain.name))
        .filter((f) => f.endsWith(".html"))
        .map((f) => ({ id: `${domain.name}/${f.slice(0, -".html".length)}`, bytes: fs.statSync(path.join(root, domain.name, f)).size })),
    );
}

async function sessionCookie(user: SeededUser, secret: string): Promise<string> {
  const token = await encode({
    token: { sub: user.id, sv: 0, name: user.name, email: user.email, authTime: Math.floor(Date.now() / 1000) },
    secret,
    salt: SESSION_COOKIE,
  });
  return `${SESSION_COOKIE}=${token}`;
}

/** Pins a process, every thread of it and its current children (new children inherit). */
async function pin(pid: number, cpus: string): Promise<void> {
  const { stdout } = await exec("pgrep", ["-P", String(pid)]).catch(() => ({ stdout: "" }));
  for (const each of [pid, ...stdout.split("\n").filter(Boolean).map(Number)]) {
    await exec("taskset", ["-a", "-p", "-c", cpus, String(each)]).catch(() => {});
  }
}

function exitOf(child: ChildProcess): Promise<void> {
  return child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

async function startReference(mode: ReferenceMode, page: string): Promise<{ origin: string; stop: () => Promise<void> }> {
  const port = await freePort();
  const script = path.join(import.meta.dirname, "http", "reference-server.ts");
  const child = spawn(process.execPath, ["--import", "tsx", script, mode, page, String(port)], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const origin = `http://127.0.0.1:${port}`;
  await waitForHttp(origin);
  await pin(child.pid!, String(SERVER_CPU));
  return {
    origin,
    stop: async () => {
      child.kill("SIGTERM");
      await exitOf(child);
    },
  };
}

/** Runs `fn` against an nginx started from `http` (http-level config) that answers at `origin`, then stops it. */
async function withNginx(dir: string, http: string, origin: string, fn: (origin: string) => Promise<void>, cpu = SERVER_CPU): Promise<void> {
  const nginx = await startNginx(dir, http, cpu);
  try {
    await waitForHttp(origin);
    await fn(origin);
  } finally {
    await nginx.stop();
  }
}

type Measured = { label: string; server: string; connections: number; result: RoundResult };

const fmt = (n: number, digits = 1) => (Number.isNaN(n) ? "n/a" : n.toFixed(digits));

const bench: Benchmark = {
  name: "http",
  async run(ctx: BenchContext) {
    await ensureTools();
    const databaseUrl = await ctx.createDatabase();
    const secret = crypto.randomBytes(33).toString("base64url");
    const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: secret, NODE_ENV: "production" as const, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" };
    console.log(`building for production into ${DIST_DIR}...`);
    const buildSeconds = await build(env);

    const studies = prerenderedStudies();
    const longest = studies.reduce((a, b) => (b.bytes > a.bytes ? b : a));
    const studyPath = `/case-studies/${longest.id}`;
    console.log(`seeding ${DATASET.users.toLocaleString("en")} users, ${DATASET.progressRows.toLocaleString("en")} progress rows, ${DATASET.bookmarks.toLocaleString("en")} bookmarks, a class of ${DATASET.classLearners}...`);
    const started = Date.now();
    const data = await seedDataset(databaseUrl, studies.map((s) => s.id).sort());
    console.log(`seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const learnerCookie = await sessionCookie(data.heavy, secret);
    const instructorCookie = await sessionCookie(data.instructor, secret);

    const postgres = ctx.postgresPid();
    const appPort = await freePort();
    const app = spawnServer({ ...env, PORT: String(appPort), HOST: "127.0.0.1", METRICS_PORT: "off", LOG_LEVEL: "warn", TRUST_PROXY: "1" });
    const appOrigin = `http://127.0.0.1:${appPort}`;
    const measured: Measured[] = [];
    let second: ChildProcess | null = null;
    const allCpus = `0-${os.cpus().length - 1}`;
    try {
      await waitForServer(appOrigin);
      await pin(app.pid!, String(SERVER_CPU));
      if (postgres) await pin(postgres, String(SERVER_CPU));

      // The page's bytes as the app sends them, for the references and the report.
      const plain = await get(`${appOrigin}${studyPath}`);
      const asSent = await get(`${appOrigin}${studyPath}`, { "Accept-Encoding": "gzip" });
      if (plain.status !== 200 || asSent.headers["content-encoding"] !== "gzip") {
        throw new Error(`${studyPath} answered ${plain.status}, ${asSent.headers["content-encoding"] ?? "not compressed"}`);
      }
      const pageDir = path.join(WORK_DIR, "page");
      fs.mkdirSync(pageDir, { recursive: true });
      const pageFile = path.join(pageDir, "study.html");
      fs.writeFileSync(pageFile, plain.body);
      const precompressed = zlib.gzipSync(plain.body, { level: 9 });
      fs.writeFileSync(`${pageFile}.gz`, precompressed);
      ctx.note(
        `Study page: ${studyPath} (the longest of ${studies.length}), ${plain.body.length.toLocaleString("en")} bytes of HTML; ` +
          `${asSent.body.length.toLocaleString("en")} gzipped as the app sends it, ${precompressed.length.toLocaleString("en")} at gzip -9 (the references' file).`,
      );

      if (buildSeconds !== null) {
        ctx.note(
          `${buildSeconds <= 180 ? "MET" : "MISSED"}: the production build (next build) under 3 minutes for ${studies.length} studies: ${fmt(buildSeconds, 0)} s`,
        );
      }
      const js = await firstLoadJs(appOrigin, plain.body.toString("utf8"));
      ctx.note(
        `${js.bytes <= 120 * 1024 ? "MET" : "MISSED"}: first-load JS of a study page <= 120 KB gzipped: ${fmt(js.bytes / 1024)} KB in ${js.files} scripts (${studyPath})`,
      );

      const expect2xx = async (target: LoadTarget, label: string, when: string) => {
        for (const p of target.paths) {
          const res = await get(`${target.origin}${p}`, { "Accept-Encoding": "gzip", ...target.headers });
          if (res.status < 200 || res.status > 299) throw new Error(`${target.origin} answered ${res.status} for ${p} ${when} the round "${label}"`);
        }
      };
      /** A round; `fixed` for servers whose answer cannot change (files, a cache): statuses are checked around it rather than per response. */
      const round = async (label: string, server: string, target: LoadTarget, connections: number, fixed = false) => {
        await expect2xx(target, label, "before");
        console.log(`  ${label}, ${server}, ${connections} connections...`);
        const options = { connections, cpu: LOAD_CPU, everyStatus: !fixed };
        await loadRound(target, { ...options, seconds: WARMUP_SECONDS });
        // wrk abandons the requests in flight when it stops; this waits behind them, so the timed round starts on an idle server.
        await expect2xx(target, label, "after the warm-up of");
        const result = await loadRound(target, { ...options, seconds: ROUND_SECONDS });
        if (fixed) await expect2xx(target, label, "after");
        measured.push({ label, server, connections, result });
        return result;
      };

      // The references and the app behind nginx first, one after another, so that the rounds compared
      // with each other ran as close together in time as they can.
      for (const [mode, server] of [["precompressed", "(a) node:http pre-compressed"], ["gzip-6", "(b) node:http gzip -6 per request"]] as const) {
        const reference = await startReference(mode, pageFile);
        try {
          for (const connections of [CONNECTIONS, MANY_CONNECTIONS]) await round(STUDY, server, { origin: reference.origin, paths: ["/study.html"] }, connections, true);
        } finally {
          await reference.stop();
        }
      }
      const staticPort = await freePort();
      const staticSite = `server {\n    listen 127.0.0.1:${staticPort};\n    sendfile on;\n    tcp_nopush on;\n    root ${pageDir};\n    gzip_static on;\n}`;
      await withNginx(path.join(WORK_DIR, "nginx-static"), staticSite, `http://127.0.0.1:${staticPort}`, async (origin) => {
        for (const connections of [CONNECTIONS, MANY_CONNECTIONS]) await round(STUDY, "(c) nginx gzip_static", { origin, paths: ["/study.html"] }, connections, true);
      });
      const nginxPort = await freePort();
      const nginxDir = path.join(WORK_DIR, "nginx-app");
      const site = renderSite(fs.readFileSync(SITE_TEMPLATE, "utf8"), {
        APP_UPSTREAM: `127.0.0.1:${appPort}`,
        NGINX_LISTEN: `127.0.0.1:${nginxPort}`,
        NEXT_STATIC_DIR: path.resolve(DIST_DIR, "static"),
        NGINX_CACHE_DIR: path.join(nginxDir, "cache"),
      });
      await withNginx(nginxDir, site, `http://127.0.0.1:${nginxPort}`, async (origin) => {
        for (const connections of [CONNECTIONS, MANY_CONNECTIONS]) await round(STUDY, "nginx -> app", { origin, paths: [studyPath] }, connections, true);
        await checkNginx(ctx, origin, studyPath, plain.body);
      });

      const searches = SAMPLE_QUERIES.map((q) => `/search?q=${encodeURIComponent(q)}`);
      const appRounds: [string, string[], string?][] = [
        [STUDY, [studyPath]],
        ["catalog, two filters", [CATALOG_WITH_FILTERS]],
        [RENDERED("catalog, two filters"), [CATALOG_WITH_FILTERS], UNKNOWN_SESSION],
        [`search, ${SAMPLE_QUERIES.length} queries`, searches],
        [RENDERED(`search, ${SAMPLE_QUERIES.length} queries`), searches, UNKNOWN_SESSION],
        ["study page + /api/me/state, signed in", [studyPath, "/api/me/state"], learnerCookie],
        ["dashboard, heavy learner", ["/dashboard"], learnerCookie],
        [`roster, ${DATASET.classLearners} learners x 5 paths`, [`/instructor/classes/${data.classId}`], instructorCookie],
        ["roster CSV", [`/instructor/classes/${data.classId}/roster.csv`], instructorCookie],
      ];
      for (const [label, paths, cookie] of appRounds) {
        await round(label, "app", { origin: appOrigin, paths, headers: cookie ? { Cookie: cookie } : {} }, CONNECTIONS);
      }

      // One instance against two behind the same nginx, for pages nginx never caches. The machine has two
      // cores: nginx and wrk run on the second, and the second instance shares it with them; the first
      // instance and Postgres keep the first core. So the second instance gets what the load generator leaves.
      const secondPort = await freePort();
      second = spawnServer({ ...env, PORT: String(secondPort), HOST: "127.0.0.1", METRICS_PORT: "off", LOG_LEVEL: "warn", TRUST_PROXY: "1" });
      await waitForServer(`http://127.0.0.1:${secondPort}`);
      await pin(second.pid!, String(LOAD_CPU));
      for (const upstreams of [[appPort], [appPort, secondPort]]) {
        const port = await freePort();
        const dir = path.join(WORK_DIR, `nginx-${upstreams.length}-instances`);
        const config = renderSite(fs.readFileSync(SITE_TEMPLATE, "utf8"), {
          APP_UPSTREAM: upstreams.map((p) => `127.0.0.1:${p}`),
          NGINX_LISTEN: `127.0.0.1:${port}`,
          NEXT_STATIC_DIR: path.resolve(DIST_DIR, "static"),
          NGINX_CACHE_DIR: path.join(dir, "cache"),
        });
        const server = upstreams.length === 1 ? INSTANCES_1 : INSTANCES_2;
        await withNginx(
          dir,
          config,
          `http://127.0.0.1:${port}`,
          async (origin) => {
            await round("dashboard, heavy learner", server, { origin, paths: ["/dashboard"], headers: { Cookie: learnerCookie } }, CONNECTIONS);
            await round("/api/me/state, signed in", server, { origin, paths: ["/api/me/state"], headers: { Cookie: learnerCookie } }, CONNECTIONS);
          },
          LOAD_CPU,
        );
      }
    } finally {
      if (second) {
        second.kill("SIGTERM");
        await exitOf(second);
      }
      app.kill("SIGTERM");
      await exitOf(app);
      if (postgres) await pin(postgres, allCpus);
    }
    return report(ctx, measured);
  },
};
export default bench;

/** What the nginx rounds measured was what the config promises: cached, compressed pages and the rules around them. */
async function checkNginx(ctx: BenchContext, origin: string, studyPath: string, html: Buffer): Promise<void> {
  const page = await get(`${origin}${studyPath}`, { "Accept-Encoding": "gzip" });
  const same = page.headers["content-encoding"] === "gzip" && zlib.gunzipSync(page.body).equals(html);
  const staticAsset = /\/_next\/static\/[^"]+\.css/.exec(html.toString("utf8"))?.[0];
  const asset = staticAsset ? await get(`${origin}${staticAsset}`, { "Accept-Encoding": "gzip" }) : null;
  const metrics = await get(`${origin}/metrics`);
  const dashboard = await get(`${origin}/dashboard`);
  ctx.note(
    `nginx check: study page ${page.status}, X-Cache-Status ${page.headers["x-cache-status"] ?? "none"}, ${same ? "gzip, same HTML as the app" : "NOT the app's HTML"}; ` +
      `${staticAsset ?? "no stylesheet found"} ${asset ? `${asset.status} "${asset.headers["cache-control"]}" from nginx` : ""}; ` +
      `/metrics ${metrics.status}; /dashboard ${dashboard.status} X-Cache-Status ${dashboard.headers["x-cache-status"] ?? "none (not cached)"}.`,
  );
}

/** Rows for the table, with each round's ratio to the node:http references at the same connection count, and the issue's targets. */
function report(ctx: BenchContext, measured: Measured[]): BenchRow[] {
  const reference = (prefix: string, connections: number) =>
    measured.find((m) => m.server.startsWith(prefix) && m.connections === connections)?.result.requestsPerSecond;
  const rows = measured.map(({ label, server, connections, result: r }): BenchRow => {
    const a = reference("(a)", connections);
    const b = reference("(b)", connections);
    return {
      case: label,
      n: r.requests,
      p50: r.p50,
      p95: r.p95,
      p99: r.p99,
      extra: `${r.requests > 0 ? (r.bytes / r.requests / 1024).toFixed(1) : "n/a"} KiB/response; load average ${fmt(r.loadAverage)}`,
      load: {
        server,
        connections,
        seconds: r.seconds,
        requestsPerSecond: r.requestsPerSecond,
        errors: r.non2xx + r.failed,
        otherCores: r.otherCores,
        vsPrecompressed: a ? r.requestsPerSecond / a : undefined,
        vsNaive: b ? r.requestsPerSecond / b : undefined,
      },
    };
  });

  const find = (label: string, server: string, connections = CONNECTIONS) => {
    const m = measured.find((x) => x.label.startsWith(label) && x.server.startsWith(server) && x.connections === connections);
    if (!m) throw new Error(`no round "${label}" on ${server} at ${connections} connections`);
    return m.result;
  };
  const targets: [string, boolean, string][] = [];
  const viaNginx = find(STUDY, "nginx", MANY_CONNECTIONS);
  const staticNginx = find(STUDY, "(c)", MANY_CONNECTIONS);
  const share = viaNginx.requestsPerSecond / staticNginx.requestsPerSecond;
  targets.push([`anonymous study page through nginx >= 50% of nginx gzip_static at ${MANY_CONNECTIONS} connections`, share >= 0.5, `${fmt(share * 100)}% (${fmt(viaNginx.requestsPerSecond, 0)} vs ${fmt(staticNginx.requestsPerSecond, 0)} req/s)`]);
  targets.push([`anonymous study page through nginx p99 <= 20 ms at ${MANY_CONNECTIONS} connections`, viaNginx.p99 <= 20, `${fmt(viaNginx.p99)} ms`]);
  const appStudy = find(STUDY, "app");
  const naive = find(STUDY, "(b)");
  targets.push([`app alone, compressed, >= 1x the naive server (b) at ${CONNECTIONS} connections`, appStudy.requestsPerSecond >= naive.requestsPerSecond, `${fmt(appStudy.requestsPerSecond / naive.requestsPerSecond, 2)}x (${fmt(appStudy.requestsPerSecond, 0)} vs ${fmt(naive.requestsPerSecond, 0)} req/s)`]);
  const p99Target = (label: string, name: string, limit: number) => {
    const r = find(label, "app");
    targets.push([`${name} p99 <= ${limit} ms at ${CONNECTIONS} connections`, r.p99 <= limit, `${fmt(r.p99)} ms`]);
  };
  p99Target("dashboard, heavy learner", "dashboard (heavy learner)", 100);
  p99Target("roster, ", "roster page", 150);
  p99Target("roster CSV", "roster CSV", 150);
  const signedIn = find("study page + /api/me/state", "app");
  const added = signedIn.p99 - appStudy.p99;
  targets.push([`signed-in study page (page + /api/me/state) adds <= 20 ms p99 to the anonymous one, app alone at ${CONNECTIONS} connections`, added <= 20, `${added >= 0 ? "+" : ""}${fmt(added)} ms (${fmt(signedIn.p99)} vs ${fmt(appStudy.p99)} ms)`]);
  const search = find("search", "app");
  const searchRendered = find(RENDERED(`search, ${SAMPLE_QUERIES.length} queries`), "app");
  targets.push([
    `search p95 <= 50 ms at ${CONNECTIONS} connections (repeated queries, from the page cache)`,
    search.p95 <= 50,
    `${fmt(search.p95)} ms; rendered by Next (a first-time query, or a visitor with a session): ${fmt(searchRendered.p95)} ms`,
  ]);
  const catalog = find("catalog, two filters", "app");
  const catalogRendered = find(RENDERED("catalog, two filters"), "app");
  targets.push([
    `catalog with two filters p99 <= 100 ms at ${CONNECTIONS} connections (a repeated filter, from the page cache)`,
    catalog.p99 <= 100,
    `${fmt(catalog.p99)} ms; rendered by Next: ${fmt(catalogRendered.p99)} ms`,
  ]);
  for (const label of ["dashboard, heavy learner", "/api/me/state, signed in"]) {
    const one = find(label, INSTANCES_1);
    const two = find(label, INSTANCES_2);
    ctx.note(
      `1 vs 2 instances behind nginx, ${label}: ${fmt(one.requestsPerSecond, 0)} -> ${fmt(two.requestsPerSecond, 0)} req/s (${fmt(two.requestsPerSecond / one.requestsPerSecond, 2)}x), ` +
        `p99 ${fmt(one.p99)} -> ${fmt(two.p99)} ms; the second instance shares its core with nginx and wrk`,
    );
  }
  const errors = measured.reduce((sum, m) => sum + m.result.non2xx + m.result.failed, 0);
  targets.push([`0 non-2xx or failed requests in every round`, errors === 0, `${errors}`]);
  for (const [what, met, value] of targets) ctx.note(`${met ? "MET" : "MISSED"}: ${what}: ${value}`);
  const busiest = measured.reduce((a, b) => (b.result.otherCores > a.result.otherCores ? b : a));
  const mean = measured.reduce((sum, m) => sum + m.result.otherCores, 0) / measured.length;
  ctx.note(
    `Other processes on the machine (and hypervisor steal) took ${fmt(mean, 2)} of its ${os.cpus().length} cores on average during the timed rounds ` +
      `(most: ${fmt(busiest.result.otherCores, 2)}, in "${busiest.label}" on ${busiest.server} at ${busiest.connections}); what they took is missing from the numbers above.`,
  );
  return rows;
}
