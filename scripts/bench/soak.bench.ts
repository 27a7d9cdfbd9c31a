/**
 * `npm run bench -- soak`: the production server (.next-bench, built when it
 * is not there yet) under steady load for SOAK_SECONDS (default 600) after a
 * 60 s warm-up, with the bench's data set, its resident memory read every
 * 10 s. The load is the heavy learner's mix at 16 connections: a study page,
 * /api/me/state, the dashboard, bookmarks, and the filtered catalog and 20
 * searches rendered by Next (the session cookie keeps them out of the page
 * cache). Target: RSS grows by at most 10% from the end of the warm-up.
 * Not part of the default run (it takes 11 minutes).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { encode } from "next-auth/jwt";
import { freePort } from "../lib/embedded-postgres";
import { spawnServer, waitForServer } from "../lib/next";
import type { Benchmark } from "../lib/bench-kit";
import { build, DIST_DIR } from "./http/build";
import { seedDataset } from "./http/dataset";
import { loadRound } from "./http/wrk";
import { SAMPLE_QUERIES } from "./search-queries";

const exec = promisify(execFile);
const SOAK_SECONDS = Number(process.env.SOAK_SECONDS ?? 600);
const WARMUP_SECONDS = 60;
const SAMPLE_MS = 10_000;
const SESSION_COOKIE = "authjs.session-token";

/** Resident memory of the server (one Node process: Next runs inside scripts/serve.ts), in MiB. */
function rssMiB(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
}

const bench: Benchmark = {
  name: "soak",
  onlyByName: true,
  async run(ctx) {
    if (!Number.isInteger(SOAK_SECONDS) || SOAK_SECONDS < 10) throw new Error("SOAK_SECONDS must be a whole number of seconds, at least 10");
    const databaseUrl = await ctx.createDatabase();
    const secret = crypto.randomBytes(33).toString("base64url");
    const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: secret, NODE_ENV: "production" as const, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" };
    if (!fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) await build(env);
    const root = path.join(DIST_DIR, "server", "app", "case-studies");
    const studyIds = fs
      .readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith("["))
      .flatMap((d) => fs.readdirSync(path.join(root, d.name)).filter((f) => f.endsWith(".html")).map((f) => `${d.name}/${f.slice(0, -5)}`))
      .sort();
    const data = await seedDataset(databaseUrl, studyIds);
    const token = await encode({
      token: { sub: data.heavy.id, sv: 0, name: data.heavy.name, email: data.heavy.email, authTime: Math.floor(Date.now() / 1000) },
      secret,
      salt: SESSION_COOKIE,
    });

    const port = await freePort();
    const app = spawnServer({ ...env, PORT: String(port), HOST: "127.0.0.1", METRICS_PORT: "off", LOG_LEVEL: "warn" });
    const origin = `http://127.0.0.1:${port}`;
    const target = {
      origin,
      paths: [
        "/case-studies/messaging-streaming/kafka",
        "/api/me/state",
        "/dashboard",
        "/bookmarks",
        "/case-studies?difficulty=advanced&theme=low-latency",
        ...SAMPLE_QUERIES.map((q) => `/search?q=${encodeURIComponent(q)}`),
      ],
      headers: { Cookie: `${SESSION_COOKIE}=${token}` },
    };
    const samples: { at: number; rss: number }[] = [];
    try {
      await waitForServer(origin);
      // The server on core 0, wrk on core 1, as in the http benchmark.
      await exec("taskset", ["-a", "-p", "-c", "0", String(app.pid)]).catch(() => {});
      console.log(`  soak: ${WARMUP_SECONDS} s warm-up...`);
      const warm = await loadRound(target, { connections: 16, seconds: WARMUP_SECONDS, cpu: 1, everyStatus: true });
      const started = Date.now();
      samples.push({ at: 0, rss: rssMiB(app.pid!) });
      const timer = setInterval(() => samples.push({ at: (Date.now() - started) / 1000, rss: rssMiB(app.pid!) }), SAMPLE_MS);
      console.log(`  soak: ${SOAK_SECONDS} s at 16 connections (RSS after the warm-up ${samples[0]!.rss.toFixed(0)} MiB)...`);
      let result;
      try {
        result = await loadRound(target, { connections: 16, seconds: SOAK_SECONDS, cpu: 1, everyStatus: true });
      } finally {
        clearInterval(timer);
      }
      samples.push({ at: (Date.now() - started) / 1000, rss: rssMiB(app.pid!) });
      const first = samples[0]!.rss;
      const last = samples.at(-1)!.rss;
      const peak = Math.max(...samples.map((s) => s.rss));
      const growth = (last - first) / first;
      const errors = warm.non2xx + warm.failed + result.non2xx + result.failed;
      ctx.note(
        `${growth <= 0.1 && errors === 0 ? "MET" : "MISSED"}: ${SOAK_SECONDS / 60}-minute soak at 16 connections, RSS grows <= 10% after a ${WARMUP_SECONDS} s warm-up: ` +
          `${first.toFixed(0)} -> ${last.toFixed(0)} MiB (${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)}%), peak ${peak.toFixed(0)} MiB; ` +
          `${result.requests.toLocaleString("en")} requests (${result.requestsPerSecond.toFixed(0)} req/s, p99 ${result.p99.toFixed(0)} ms), ${errors} errors`,
      );
      ctx.note(`Soak RSS every ${SAMPLE_MS / 1000} s (MiB): ${samples.map((s) => s.rss.toFixed(0)).join(" ")}; machine: ${os.cpus().length} cores`);
      return [{ case: `soak, ${SOAK_SECONDS} s mixed signed-in load`, n: result.requests, p50: result.p50, p95: result.p95, p99: result.p99, extra: `RSS ${first.toFixed(0)} -> ${last.toFixed(0)} MiB` }];
    } finally {
      if (app.exitCode === null) {
        const exited = new Promise((resolve) => app.once("exit", resolve));
        app.kill("SIGTERM");
        await exited;
      }
    }
  },
};
export default bench;
