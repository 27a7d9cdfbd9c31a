import type { z } from "zod";
import { decimal, labParameters, wholeNumber } from "./params";
import { createRandom, deriveSeed, type Random } from "./random";
import { type Chart, type LabResult, type Point, round } from "./result";

/**
 * One hot key expiring under steady traffic, three ways:
 * - none: every request that finds it expired goes to the database until one
 *   load finishes (a stampede, or thundering herd);
 * - coalesce: the first miss loads it and the others wait for that load
 *   (memcached leases at Facebook, or a single-flight lock);
 * - early refresh: probabilistic early expiration (XFetch; Vattani,
 *   Chierichetti and Lowenstein, VLDB 2015): each request recomputes early
 *   with a probability that rises as expiry nears, while still being served
 *   the cached value. No lock, so a few requests may recompute at once.
 * The database takes a fixed time per load, which makes the counts exact.
 */

export type StampedeStrategy = "none" | "coalesce" | "early-refresh";
const STRATEGIES: readonly StampedeStrategy[] = ["none", "coalesce", "early-refresh"];
const STRATEGY_NAMES: Record<StampedeStrategy, string> = {
  none: "No protection",
  coalesce: "Coalescing (lease)",
  "early-refresh": "Early refresh (XFetch)",
};

/**
 * How long before expiry an episode starts. XFetch recomputes at time t with
 * probability e^(-(expiry - t) / (load x beta)), which 20 such spans out is
 * e^-20, about 2e-9 per request: nothing earlier matters.
 */
const LEAD_SPANS = 20;
/** After expiry, five loads' time covers the refill with room to spare. */
const TAIL_LOADS = 5;

export const stampedeParameters = labParameters(
  {
    requestsPerSecond: decimal({ label: "The hot key's request rate", min: 1, max: 100_000, unit: "requests/s" }),
    dbLatencyMs: decimal({ label: "The database load time", min: 1, max: 10_000, unit: "ms" }),
    beta: decimal({ label: "XFetch's beta", min: 0.1, max: 10 }),
    trials: wholeNumber({ label: "Expiries to simulate", min: 1, max: 1000 }),
  },
  {
    steps: (p) => STRATEGIES.length * p.trials * (p.requestsPerSecond / 1000) * episodeMs(p),
    advice: "Use fewer expiries, a lower request rate or a shorter load time.",
  },
);

export type StampedeParams = z.output<typeof stampedeParameters>;

export const stampedeDefaults: StampedeParams = { requestsPerSecond: 2000, dbLatencyMs: 50, beta: 1, trials: 100 };

function episodeMs(p: { dbLatencyMs: number; beta: number }): number {
  return p.dbLatencyMs * (LEAD_SPANS * p.beta + TAIL_LOADS);
}

export interface Episode {
  /** Loads sent to the database in the episode. */
  dbRequests: number;
  peakConcurrent: number;
  /** Requests that found no fresh value and had to wait for the database. */
  waited: number;
  /** Database loads in flight over time, relative to expiry (ms); only kept for the first episode. */
  inFlight: Point[];
}

export interface StrategyOutcome {
  strategy: StampedeStrategy;
  meanDbRequests: number;
  meanPeakConcurrent: number;
  meanWaited: number;
  /**
   * None: 1 + rate x load time (the first miss, then every request until it
   * returns). Coalescing: exactly 1. Early refresh: e^(1/beta): the first
   * recomputation comes at a point where the expected number still to come is
   * Exp(1)-distributed, and during its load time that expectation grows by
   * e^(1/beta) - 1. That holds while the first recomputation starts more than
   * one load before expiry, that is while rate x load x beta x e^(-1/beta) >> 1;
   * below that, some requests find the key expired and the count falls short.
   */
  expectedDbRequests: number;
}

export interface StampedeResult extends LabResult {
  outcomes: Record<StampedeStrategy, StrategyOutcome>;
}

function runEpisode(strategy: StampedeStrategy, p: StampedeParams, arrivals: readonly number[], random: Random, keepTimeline: boolean): Episode {
  const expiry = p.dbLatencyMs * LEAD_SPANS * p.beta;
  let freshUntil = expiry;
  const loads: number[] = [];
  let finished = 0;
  const episode: Episode = { dbRequests: 0, peakConcurrent: 0, waited: 0, inFlight: keepTimeline ? [{ x: -expiry, y: 0 }] : [] };
  const record = (time: number) => keepTimeline && episode.inFlight.push({ x: time - expiry, y: loads.length - finished });
  const startLoad = (time: number) => {
    loads.push(time + p.dbLatencyMs);
    episode.dbRequests++;
    episode.peakConcurrent = Math.max(episode.peakConcurrent, loads.length - finished);
    record(time);
  };

  for (const time of arrivals) {
    // Loads take the same time, so they finish in the order they started.
    while (finished < loads.length && loads[finished]! <= time) {
      // The refreshed value outlives the episode.
      freshUntil = Number.POSITIVE_INFINITY;
      finished++;
      record(loads[finished - 1]!);
    }
    if (time < freshUntil) {
      if (strategy === "early-refresh" && time - p.dbLatencyMs * p.beta * Math.log(1 - random.next()) >= freshUntil) startLoad(time);
      continue;
    }
    episode.waited++;
    if (strategy === "coalesce" && loads.length > finished) continue;
    startLoad(time);
  }
  return episode;
}

export function simulateStampede(p: StampedeParams, seed: number): StampedeResult {
  const span = episodeMs(p);
  const episodes = new Map<StampedeStrategy, Episode[]>(STRATEGIES.map((s) => [s, []]));
  for (let trial = 0; trial < p.trials; trial++) {
    // The same requests meet all three strategies, so they differ only in how they react.
    const random = createRandom(deriveSeed(seed, 1, trial));
    const arrivals: number[] = [];
    for (let t = random.exponential(1000 / p.requestsPerSecond); t < span; t += random.exponential(1000 / p.requestsPerSecond)) arrivals.push(t);
    STRATEGIES.forEach((strategy, s) =>
      episodes.get(strategy)!.push(runEpisode(strategy, p, arrivals, createRandom(deriveSeed(seed, 2 + s, trial)), trial === 0)),
    );
  }

  const loadsPerLatency = (p.requestsPerSecond * p.dbLatencyMs) / 1000;
  const expected: Record<StampedeStrategy, number> = { none: 1 + loadsPerLatency, coalesce: 1, "early-refresh": Math.exp(1 / p.beta) };
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const outcomes = Object.fromEntries(
    STRATEGIES.map((strategy) => {
      const runs = episodes.get(strategy)!;
      const outcome: StrategyOutcome = {
        strategy,
        meanDbRequests: mean(runs.map((e) => e.dbRequests)),
        meanPeakConcurrent: mean(runs.map((e) => e.peakConcurrent)),
        meanWaited: mean(runs.map((e) => e.waited)),
        expectedDbRequests: expected[strategy],
      };
      return [strategy, outcome];
    }),
  ) as Record<StampedeStrategy, StrategyOutcome>;

  const end = span - p.dbLatencyMs * LEAD_SPANS * p.beta;
  const chart: Chart = {
    title: "Database loads in flight around the expiry (first episode)",
    type: "step",
    x: { label: "Time from expiry", unit: "ms" },
    y: { label: "Loads in flight", unit: "requests" },
    series: STRATEGIES.map((strategy) => {
      const points = episodes.get(strategy)![0]!.inFlight;
      return { name: STRATEGY_NAMES[strategy], kind: "measured" as const, points: [...points, { x: end, y: points.at(-1)!.y }] };
    }),
  };

  return {
    outcomes,
    metrics: STRATEGIES.flatMap((strategy) => [
      { label: `${STRATEGY_NAMES[strategy]}: database loads per expiry`, value: round(outcomes[strategy].meanDbRequests), unit: "requests" },
      { label: `${STRATEGY_NAMES[strategy]}: most loads at once`, value: round(outcomes[strategy].meanPeakConcurrent), unit: "requests" },
    ]),
    figures: [
      {
        id: "stampede",
        chart,
        table: {
          caption: `Per expiry, averaged over ${p.trials}`,
          columns: [
            { label: "Strategy" },
            { label: "Database loads", unit: "requests" },
            { label: "Expected", unit: "requests" },
            { label: "Most at once", unit: "requests" },
            { label: "Requests that waited", unit: "requests" },
          ],
          rows: STRATEGIES.map((strategy) => [
            STRATEGY_NAMES[strategy],
            round(outcomes[strategy].meanDbRequests),
            round(outcomes[strategy].expectedDbRequests),
            round(outcomes[strategy].meanPeakConcurrent),
            round(outcomes[strategy].meanWaited),
          ]),
        },
      },
    ],
  };
}
