/**
 * `npm run bench`: every benchmark in scripts/bench/*.bench.ts, run one after
 * another in one process and printed side by side: in-process latencies
 * (search, dashboard, roster) and the app under load over HTTP (http). The
 * tables and notes are also written to bench-results/latest.json and
 * bench-results/latest.md (git-ignored). Benchmarks that need a database get a
 * fresh one (migrated) on an embedded Postgres, or on DATABASE_URL's server
 * when that is set. Numbers are wall-clock on this machine; compare rows of
 * the same run, not across machines.
 *
 *   npm run bench                 all
 *   npm run bench -- search       only benchmarks whose name contains "search"
 *   npm run bench -- soak         the 10-minute soak (only ever run by name)
 */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { ensureDatabase, runningServer, startEmbeddedPostgres, type EmbeddedServer } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrations";
import type { Benchmark, BenchContext, BenchRow } from "./lib/bench-kit";

type Row = BenchRow & { bench: string };

const RESULTS_DIR = "bench-results";

const ms = (n: number) => (Number.isNaN(n) ? "n/a" : n.toFixed(n < 10 ? 2 : 1));
const rate = (n: number) => n.toFixed(n < 10 ? 1 : 0);
const ratio = (n: number | undefined) => (n === undefined ? "" : `${n.toFixed(n < 0.1 ? 3 : 2)}x`);

function printTables(rows: Row[], notes: string[]): void {
  const inProcess = rows.filter((r) => !r.load);
  const underLoad = rows.filter((r) => r.load);
  if (inProcess.length > 0) {
    console.log(`\n${"benchmark".padEnd(14)} ${"case".padEnd(44)} ${"n".padStart(5)} ${"p50 ms".padStart(9)} ${"p95 ms".padStart(9)} ${"p99 ms".padStart(9)}  notes`);
    for (const r of inProcess) {
      console.log(`${r.bench.padEnd(14)} ${r.case.padEnd(44)} ${String(r.n).padStart(5)} ${ms(r.p50).padStart(9)} ${ms(r.p95).padStart(9)} ${ms(r.p99).padStart(9)}  ${r.extra ?? ""}`);
    }
  }
  if (underLoad.length > 0) {
    console.log(
      `\n${"page".padEnd(40)} ${"server".padEnd(34)} ${"conns".padStart(5)} ${"req/s".padStart(9)} ${"p50 ms".padStart(8)} ${"p95 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(6)} ${"vs (a)".padStart(7)} ${"vs (b)".padStart(7)} ${"others".padStart(6)}`,
    );
    for (const r of underLoad) {
      const l = r.load!;
      console.log(
        `${r.case.padEnd(40)} ${l.server.padEnd(34)} ${String(l.connections).padStart(5)} ${rate(l.requestsPerSecond).padStart(9)} ${ms(r.p50).padStart(8)} ${ms(r.p95).padStart(8)} ${ms(r.p99).padStart(8)} ${String(l.errors).padStart(6)} ${ratio(l.vsPrecompressed).padStart(7)} ${ratio(l.vsNaive).padStart(7)} ${l.otherCores.toFixed(2).padStart(6)}`,
      );
    }
  }
  if (notes.length > 0) console.log(`\n${notes.join("\n")}`);
}

function markdown(rows: Row[], notes: string[], machine: string, date: string): string {
  const lines = [`# npm run bench, ${date}`, "", machine, ""];
  const underLoad = rows.filter((r) => r.load);
  if (underLoad.length > 0) {
    lines.push(
      "## Under load",
      "",
      "wrk (1 thread, pinned to core 1) asking for gzip; each server pinned to core 0; 3 s warm-up, then 10 s timed. " +
        "Errors are failed requests plus responses other than 2xx, counted per response in the rounds against the app; for the references " +
        "and nginx's cached page, wrk's count of responses >= 400, with the status checked before and after the round (a per-response hook " +
        "would make the load generator the limit there). The ratios compare requests per second with (a) node:http sending " +
        "pre-compressed bytes and (b) node:http gzipping per request at level 6, at the same number of connections. " +
        "Others: cores' worth of CPU that processes outside the bench, and the hypervisor (steal), took during the round; the machine has no more to give.",
      "",
      "| page | server | conns | req/s | p50 ms | p95 ms | p99 ms | errors | vs (a) | vs (b) | others |",
      "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
      ...underLoad.map((r) => {
        const l = r.load!;
        return `| ${r.case} | ${l.server} | ${l.connections} | ${rate(l.requestsPerSecond)} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${l.errors} | ${ratio(l.vsPrecompressed)} | ${ratio(l.vsNaive)} | ${l.otherCores.toFixed(2)} |`;
      }),
      "",
    );
  }
  if (notes.length > 0) lines.push("## Notes", "", ...notes.map((n) => `- ${n}`), "");
  const inProcess = rows.filter((r) => !r.load);
  if (inProcess.length > 0) {
    lines.push(
      "## In process",
      "",
      "| benchmark | case | n | p50 ms | p95 ms | p99 ms | notes |",
      "| --- | --- | ---: | ---: | ---: | ---: | --- |",
      ...inProcess.map((r) => `| ${r.bench} | ${r.case} | ${r.n} | ${ms(r.p50)} | ${ms(r.p95)} | ${ms(r.p99)} | ${r.extra ?? ""} |`),
      "",
    );
  }
  return lines.join("\n");
}

async function main() {
  const filter = process.argv[2] ?? "";
  // lib/env refuses placeholder secrets; the in-process benchmarks (and the roster's worker, which inherits it) sign nothing that outlives the run.
  process.env.AUTH_SECRET ??= crypto.randomBytes(33).toString("base64url");
  const dir = path.join(process.cwd(), "scripts", "bench");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).sort();
  const pgDir = process.env.BENCH_PG_DIR ?? ".data/postgres-bench";
  let embedded: EmbeddedServer | null = null;
  let adminUrl = process.env.DATABASE_URL;
  const created: string[] = [];
  const notes: string[] = [];
  const ctx: BenchContext = {
    createDatabase: async () => {
      if (!adminUrl) {
        embedded = await startEmbeddedPostgres({ dataDir: pgDir, fast: true });
        adminUrl = embedded.url("postgres");
      }
      const name = `bench_${crypto.randomBytes(4).toString("hex")}`;
      await ensureDatabase(adminUrl, name);
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      await applyMigrations(url.toString());
      created.push(name);
      return url.toString();
    },
    postgresPid: () => (embedded ? (runningServer(path.resolve(pgDir))?.pid ?? null) : null),
    note: (line) => notes.push(line),
  };
  const rows: Row[] = [];
  const started = Date.now();
  try {
    for (const file of files) {
      const bench = (await import(path.join(dir, file))).default as Benchmark;
      if (!bench.name.includes(filter) || (bench.onlyByName && filter === "")) continue;
      console.log(`running ${bench.name}...`);
      for (const row of await bench.run(ctx)) rows.push({ bench: bench.name, ...row });
    }
  } finally {
    if (adminUrl) {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      for (const name of created) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    }
    await (embedded as EmbeddedServer | null)?.stop();
  }
  const cpus = os.cpus();
  const machine = `${cpus.length} x ${cpus[0]?.model ?? "unknown CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.type()} ${os.release()}; the whole run took ${((Date.now() - started) / 1000).toFixed(0)} s.`;
  printTables(rows, notes);
  const date = new Date().toISOString();
  fs.mkdirSync(RESULTS_DIR, { recursive: true });
  fs.writeFileSync(path.join(RESULTS_DIR, "latest.json"), `${JSON.stringify({ date, machine, rows, notes }, null, 2)}\n`);
  fs.writeFileSync(path.join(RESULTS_DIR, "latest.md"), markdown(rows, notes, machine, date));
  console.log(`\nwritten to ${RESULTS_DIR}/latest.json and ${RESULTS_DIR}/latest.md`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
