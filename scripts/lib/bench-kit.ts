/** What a benchmark in scripts/bench/*.bench.ts exports, and the timing helper they share. */
export type BenchRow = { case: string; n: number; p50: number; p95: number; p99: number; extra?: string };
export type BenchContext = {
  /** A new, migrated database; returns its URL. */
  createDatabase: () => Promise<string>;
};
export type Benchmark = { name: string; run: (ctx: BenchContext) => Promise<BenchRow[]> };

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
