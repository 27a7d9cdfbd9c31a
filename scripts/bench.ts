/**
 * `npm run bench`: every benchmark in scripts/bench/*.bench.ts, run one after
 * another in one process and printed side by side. Benchmarks that need a
 * database get a fresh one (migrated) on an embedded Postgres, or on
 * DATABASE_URL's server when that is set. Numbers are wall-clock on this
 * machine; compare rows of the same run, not across machines.
 *
 *   npm run bench                 all
 *   npm run bench -- search       only benchmarks whose name contains "search"
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "./lib/embedded-postgres";
import { applyMigrations } from "./lib/migrations";
import type { Benchmark, BenchContext, BenchRow } from "./lib/bench-kit";

async function main() {
  const filter = process.argv[2] ?? "";
  const dir = path.join(process.cwd(), "scripts", "bench");
  const files = fs.readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).sort();
  let embedded: EmbeddedServer | null = null;
  let adminUrl = process.env.DATABASE_URL;
  const created: string[] = [];
  const ctx: BenchContext = {
    createDatabase: async () => {
      if (!adminUrl) {
        embedded = await startEmbeddedPostgres({ dataDir: process.env.BENCH_PG_DIR ?? ".data/postgres-bench", fast: true });
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
  };
  const rows: (BenchRow & { bench: string })[] = [];
  try {
    for (const file of files) {
      const bench = (await import(path.join(dir, file))).default as Benchmark;
      if (!bench.name.includes(filter)) continue;
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
  const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);
  console.log(`\n${"benchmark".padEnd(14)} ${"case".padEnd(44)} ${"n".padStart(5)} ${"p50 ms".padStart(9)} ${"p95 ms".padStart(9)} ${"p99 ms".padStart(9)}  notes`);
  for (const r of rows) {
    console.log(
      `${r.bench.padEnd(14)} ${r.case.padEnd(44)} ${String(r.n).padStart(5)} ${fmt(r.p50).padStart(9)} ${fmt(r.p95).padStart(9)} ${fmt(r.p99).padStart(9)}  ${r.extra ?? ""}`,
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) await main();
