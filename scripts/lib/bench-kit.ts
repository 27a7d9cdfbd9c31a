/** What a benchmark in scripts/bench/*.bench.ts exports, and the timing helper they share. */

/** A load round's throughput (wrk's count over the timed seconds) and how it compares with the reference servers. */
export type LoadStats = {
  /** What answered: the app, nginx in front of it, or a reference server. */
  server: string;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  /** Responses that were not 2xx, plus requests that failed (connect, read, write, timeout). */
  errors: number;
  /** Cores' worth of CPU that other processes (and the hypervisor's steal) took meanwhile: the round's numbers are only as good as this is small. */
  otherCores: number;
  /** Requests per second as a share of (a) node:http sending pre-compressed bytes, at the same connection count. */
  vsPrecompressed?: number;
  /** Requests per second as a share of (b) node:http gzipping every response at level 6. */
  vsNaive?: number;
};

/** One measured case. Latencies are milliseconds; `n` is the number of timed calls or requests. */
export type BenchRow = { case: string; n: number; p50: number; p95: number; p99: number; extra?: string; load?: LoadStats };

export type BenchContext = {
  /** A new, migrated database; returns its URL. */
  createDatabase: () => Promise<string>;
  /** The embedded Postgres's postmaster, to pin to the server's core; null when DATABASE_URL names another server. */
  postgresPid: () => number | null;
  /** A line for the report under the tables (sizes, targets met or missed). */
  note: (line: string) => void;
};
export type Benchmark = {
  name: string;
  /** Runs only when asked for by name (`npm run bench -- soak`), never in the default run. */
  onlyByName?: boolean;
  run: (ctx: BenchContext) => Promise<BenchRow[]>;
};

/** Times `fn` over `inputs` after `warmup` untimed runs; milliseconds. */
export async function measure<T>(inputs: T[], fn: (input: T) => unknown, warmup = 20): Promise<Omit<BenchRow, "case">> {
  for (let i = 0; i < warmup; i++) await fn(inputs[i % inputs.length]!);
  const times: number[] = [];
  for (const input of inputs) {
    const start = process.hrtime.bigint();
    await fn(input);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.ceil(q * times.length) - 1)]!;
  return { n: times.length, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}
