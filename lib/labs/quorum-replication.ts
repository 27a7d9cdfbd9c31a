import type { z } from "zod";
import { decimal, labParameters, wholeNumber } from "./params";
import { createRandom, deriveSeed, type Random } from "./random";
import { type Chart, type LabResult, round } from "./result";

/**
 * Dynamo-style quorums on one key. A write is acknowledged once W of the N
 * replicas have it (synchronously, no failures); each other replica applies it
 * after an exponential lag. A read asks R replicas chosen at random and returns
 * the newest version among them. It is stale when that is older than the last
 * acknowledged write.
 */

export const quorumParameters = labParameters(
  {
    replicas: wholeNumber({ label: "Replicas (N)", min: 1, max: 9 }),
    readQuorum: wholeNumber({ label: "The read quorum (R)", min: 1, max: 9 }),
    writeQuorum: wholeNumber({ label: "The write quorum (W)", min: 1, max: 9 }),
    meanLagMs: decimal({ label: "The mean replica lag", min: 0, max: 60_000, unit: "ms" }),
    writesPerSecond: decimal({ label: "Writes per second", min: 0.01, max: 10_000 }),
    readsPerSecond: decimal({ label: "Reads per second", min: 0.01, max: 10_000 }),
    reads: wholeNumber({ label: "Reads", min: 100, max: 200_000 }),
  },
  {
    check: ({ replicas, readQuorum, writeQuorum }, report) => {
      if (readQuorum > replicas) report("readQuorum", "R can be at most N: a read cannot wait for more replicas than there are");
      if (writeQuorum > replicas) report("writeQuorum", "W can be at most N: a write cannot wait for more replicas than there are");
    },
    // Every (R, W) pair is simulated, and every event shuffles the N replicas.
    steps: ({ replicas, reads, writesPerSecond, readsPerSecond }) =>
      replicas ** 3 * reads * (1 + writesPerSecond / readsPerSecond),
    advice: "Use fewer reads, fewer replicas, or fewer writes per read.",
  },
);

export type QuorumParams = z.output<typeof quorumParameters>;

export const quorumDefaults: QuorumParams = {
  replicas: 3,
  readQuorum: 1,
  writeQuorum: 1,
  meanLagMs: 50,
  writesPerSecond: 20,
  readsPerSecond: 100,
  reads: 20_000,
};

export interface QuorumOutcome {
  readQuorum: number;
  writeQuorum: number;
  staleReads: number;
  staleFraction: number;
  expectedStaleFraction: number;
}

export interface QuorumResult extends LabResult {
  chosen: QuorumOutcome;
  /** Every (R, W) pair for this N, R-major. */
  grid: readonly QuorumOutcome[];
}

function choose(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let result = 1;
  for (let i = 1; i <= k; i++) result = (result * (n - k + i)) / i;
  return result;
}

/**
 * The stale-read probability of this model. At a read, the last write is
 * Exp(writesPerSecond) old (Poisson arrivals see time averages); each of the
 * N - W lagging replicas still lacks it with probability e^(-age/lag). The read
 * is stale when all R replicas it asks lack it; averaging the hypergeometric
 * count over the binomial number of laggards gives C(N-W, R)/C(N, R) e^(-R age/lag),
 * and over the age, C(N-W, R)/C(N, R) * (rate lag)/(rate lag + R). With R + W > N,
 * C(N-W, R) = 0: every read set overlaps every write set.
 */
export function expectedStaleFraction(params: Pick<QuorumParams, "replicas" | "writesPerSecond" | "meanLagMs">, readQuorum: number, writeQuorum: number): number {
  const { replicas, writesPerSecond, meanLagMs } = params;
  const writesPerLag = (writesPerSecond * meanLagMs) / 1000;
  return (choose(replicas - writeQuorum, readQuorum) / choose(replicas, readQuorum)) * (writesPerLag / (writesPerLag + readQuorum));
}

function shuffle(order: number[], random: Random): void {
  for (let i = order.length - 1; i > 0; i--) {
    const j = random.int(i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
}

function simulatePair(params: QuorumParams, seed: number, readQuorum: number, writeQuorum: number): QuorumOutcome {
  const { replicas, meanLagMs, writesPerSecond, readsPerSecond, reads } = params;
  // Separate streams, each consumed the same way whatever R and W are: every
  // pair then sees the same arrivals, shuffles and lags, so a larger W or R can
  // only remove stale reads, and the curves compare like with like.
  const arrivals = createRandom(deriveSeed(seed, 1));
  const choices = createRandom(deriveSeed(seed, 2));
  const lags = createRandom(deriveSeed(seed, 3));
  const order = Array.from({ length: replicas }, (_, i) => i);
  // Only the newest write matters: a read is stale exactly when none of its
  // replicas has applied it, whatever older versions they hold. So each replica
  // needs just the time it applies the newest write.
  const appliesAt = new Float64Array(replicas);
  let nextWrite = arrivals.exponential(1000 / writesPerSecond);
  let nextRead = arrivals.exponential(1000 / readsPerSecond);
  let staleReads = 0;

  for (let done = 0; done < reads; ) {
    shuffle(order, choices);
    if (nextWrite < nextRead) {
      order.forEach((replica, rank) => {
        const lag = lags.exponential(meanLagMs);
        appliesAt[replica] = rank < writeQuorum ? nextWrite : nextWrite + lag;
      });
      nextWrite += arrivals.exponential(1000 / writesPerSecond);
    } else {
      let stale = true;
      for (let rank = 0; rank < readQuorum; rank++) if (appliesAt[order[rank]!]! <= nextRead) stale = false;
      if (stale) staleReads++;
      done++;
      nextRead += arrivals.exponential(1000 / readsPerSecond);
    }
  }
  return {
    readQuorum,
    writeQuorum,
    staleReads,
    staleFraction: staleReads / reads,
    expectedStaleFraction: expectedStaleFraction(params, readQuorum, writeQuorum),
  };
}

export function simulateQuorum(params: QuorumParams, seed: number): QuorumResult {
  const { replicas, readQuorum, writeQuorum } = params;
  const grid: QuorumOutcome[] = [];
  for (let r = 1; r <= replicas; r++) for (let w = 1; w <= replicas; w++) grid.push(simulatePair(params, seed, r, w));
  const chosen = grid[(readQuorum - 1) * replicas + (writeQuorum - 1)]!;
  const forChosenR = grid.filter((outcome) => outcome.readQuorum === readQuorum);

  const chart: Chart = {
    title: `Stale reads with N = ${replicas} and R = ${readQuorum} as W grows`,
    type: "line",
    x: { label: "Write quorum W", unit: "replicas" },
    y: { label: "Stale reads", unit: "%" },
    series: [
      { name: "Measured", kind: "measured", points: forChosenR.map((o) => ({ x: o.writeQuorum, y: o.staleFraction * 100 })) },
      { name: "Computed", kind: "expected", points: forChosenR.map((o) => ({ x: o.writeQuorum, y: o.expectedStaleFraction * 100 })) },
    ],
  };
  return {
    chosen,
    grid,
    metrics: [
      { label: `Stale reads with R = ${readQuorum}, W = ${writeQuorum}`, value: round(chosen.staleFraction * 100), unit: "%" },
      { label: "Computed probability", value: round(chosen.expectedStaleFraction * 100), unit: "%" },
      { label: "Reads per (R, W) pair", value: params.reads, unit: "reads" },
    ],
    figures: [
      {
        id: "stale-reads",
        chart,
        table: {
          caption: `Stale reads for every read and write quorum with N = ${replicas}`,
          columns: [
            { label: "R" },
            { label: "W" },
            { label: "R + W > N" },
            { label: "Stale reads, measured", unit: "%" },
            { label: "Stale reads, computed", unit: "%" },
          ],
          rows: grid.map((o) => [
            o.readQuorum,
            o.writeQuorum,
            o.readQuorum + o.writeQuorum > replicas ? "yes" : "no",
            round(o.staleFraction * 100),
            round(o.expectedStaleFraction * 100),
          ]),
        },
      },
    ],
  };
}
