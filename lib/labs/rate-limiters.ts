import type { z } from "zod";
import { EventQueue } from "./event-queue";
import { choice, decimal, labParameters, wholeNumber } from "./params";
import { createRandom, deriveSeed, type Random } from "./random";
import { type Chart, type LabResult, round, tableFromChart } from "./result";

/**
 * Three rate limiters against the same bursty traffic: a token bucket, an
 * exact sliding window (a log of accepted requests) and the approximate
 * sliding window that needs only two counters (the one Cloudflare describes).
 * Each client alternates between bursts and silence; client 1 sends more than
 * the others, to show what a shared limit does to everyone else.
 */

export type LimiterKind = "token-bucket" | "sliding-log" | "sliding-counter";
const LIMITERS: readonly LimiterKind[] = ["token-bucket", "sliding-log", "sliding-counter"];
const LIMITER_NAMES: Record<LimiterKind, string> = {
  "token-bucket": "Token bucket",
  "sliding-log": "Sliding window (log)",
  "sliding-counter": "Sliding window (two counters)",
};

export const rateLimiterParameters = labParameters(
  {
    clients: wholeNumber({ label: "Clients", min: 1, max: 1000 }),
    meanRatePerClient: decimal({ label: "The mean rate per client", min: 0.01, max: 10_000, unit: "requests/s" }),
    heavyClientFactor: decimal({ label: "The heavy client's multiple", min: 1, max: 100 }),
    burstFactor: decimal({ label: "The burst factor (peak rate over mean rate)", min: 1, max: 100 }),
    meanBurstMs: decimal({ label: "The mean burst length", min: 1, max: 600_000, unit: "ms" }),
    limitPerSecond: decimal({ label: "The limit", min: 0.01, max: 100_000, unit: "requests/s" }),
    burst: wholeNumber({ label: "The token bucket's capacity", min: 1, max: 100_000 }),
    windowMs: decimal({ label: "The window", min: 1, max: 3_600_000, unit: "ms" }),
    scope: choice("The scope", ["per-client", "shared"]),
    durationMs: decimal({ label: "The run length", min: 1000, max: 3_600_000, unit: "ms" }),
  },
  {
    // Each request passes the merge of the clients' streams (a heap), meets three
    // limiters and is counted once more for the window statistics.
    steps: (p) => (4 + Math.log2(p.clients + 1)) * offeredRequests(p),
    advice: "Use fewer clients, a lower rate or a shorter run.",
  },
);

export type RateLimiterParams = z.output<typeof rateLimiterParameters>;

export const rateLimiterDefaults: RateLimiterParams = {
  clients: 10,
  meanRatePerClient: 5,
  heavyClientFactor: 4,
  burstFactor: 4,
  meanBurstMs: 2000,
  limitPerSecond: 10,
  burst: 20,
  windowMs: 1000,
  scope: "per-client",
  durationMs: 120_000,
};

function offeredRequests(p: { clients: number; meanRatePerClient: number; heavyClientFactor: number; durationMs: number }): number {
  return (p.clients - 1 + p.heavyClientFactor) * p.meanRatePerClient * (p.durationMs / 1000);
}

export interface Limiter {
  /** Whether a request arriving at `now` (ms, never decreasing) is let through. */
  tryAcquire(now: number): boolean;
}

/** Starts full: after a quiet spell a client may send `capacity` requests at once. */
export function createTokenBucket(ratePerSecond: number, capacity: number): Limiter {
  let tokens = capacity;
  let last = 0;
  return {
    tryAcquire(now) {
      tokens = Math.min(capacity, tokens + ((now - last) * ratePerSecond) / 1000);
      last = now;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}

/** Exact: keeps the time of every accepted request still inside the window. */
export function createSlidingLog(limit: number, windowMs: number): Limiter {
  const accepted: number[] = [];
  let oldest = 0;
  return {
    tryAcquire(now) {
      while (oldest < accepted.length && accepted[oldest]! <= now - windowMs) oldest++;
      // Compact now and then, so the log holds about one window of requests.
      if (oldest > 1024 && oldest * 2 > accepted.length) {
        accepted.splice(0, oldest);
        oldest = 0;
      }
      if (accepted.length - oldest >= limit) return false;
      accepted.push(now);
      return true;
    },
  };
}

/**
 * Approximate: counts per fixed window, and weighs the previous window by the
 * share of it the sliding window still covers, as if its requests had been
 * spread evenly. Two numbers per client instead of a log.
 */
export function createSlidingCounter(limit: number, windowMs: number): Limiter {
  let windowStart = 0;
  let current = 0;
  let previous = 0;
  return {
    tryAcquire(now) {
      const start = Math.floor(now / windowMs) * windowMs;
      if (start !== windowStart) {
        previous = start - windowStart === windowMs ? current : 0;
        current = 0;
        windowStart = start;
      }
      const estimate = previous * (1 - (now - windowStart) / windowMs) + current;
      if (estimate >= limit) return false;
      current++;
      return true;
    },
  };
}

/**
 * An on/off source: bursts of Poisson arrivals at `burstFactor` times the mean
 * rate, separated by silences, each of exponential length. The on share is
 * 1 / burstFactor, so the long-run rate is the mean rate.
 */
function burstyArrivals(random: Random, meanRatePerSecond: number, p: RateLimiterParams): number[] {
  const times: number[] = [];
  const peakGapMs = 1000 / (meanRatePerSecond * p.burstFactor);
  const meanSilenceMs = p.meanBurstMs * (p.burstFactor - 1);
  let on = random.next() < 1 / p.burstFactor;
  for (let t = 0; t < p.durationMs; on = !on) {
    const periodEnd = t + random.exponential(on ? p.meanBurstMs : meanSilenceMs);
    if (on) for (let arrival = t + random.exponential(peakGapMs); arrival < Math.min(periodEnd, p.durationMs); arrival += random.exponential(peakGapMs)) times.push(arrival);
    t = periodEnd;
  }
  return times;
}

export interface LimiterOutcome {
  kind: LimiterKind;
  accepted: number;
  rejected: number;
  acceptedPerSecond: number;
  acceptedByClient: readonly number[];
  /** The most requests one limiter let through in any window of `windowMs`. */
  maxInWindow: number;
  /** What a limiter of this kind promises for that window. */
  promisedInWindow: number;
  /** Jain's index of the clients' accepted throughput: 1 when equal, 1/n when one client has it all. */
  fairness: number;
  heavyClientShare: number;
}

export interface RateLimiterResult extends LabResult {
  offeredByClient: readonly number[];
  windowLimit: number;
  outcomes: Record<LimiterKind, LimiterOutcome>;
}

/** The most timestamps (ascending) inside any half-open window (t - w, t]. */
export function maxInAnyWindow(sortedTimes: readonly number[], windowMs: number): number {
  let most = 0;
  let first = 0;
  for (let last = 0; last < sortedTimes.length; last++) {
    while (sortedTimes[first]! <= sortedTimes[last]! - windowMs) first++;
    most = Math.max(most, last - first + 1);
  }
  return most;
}

function jainIndex(values: readonly number[]): number {
  const sum = values.reduce((a, b) => a + b, 0);
  const squares = values.reduce((a, b) => a + b * b, 0);
  return squares === 0 ? 1 : (sum * sum) / (values.length * squares);
}

export function simulateRateLimiters(p: RateLimiterParams, seed: number): RateLimiterResult {
  // The windows allow the same long-run rate as the bucket's refill.
  const windowLimit = Math.max(1, Math.round((p.limitPerSecond * p.windowMs) / 1000));
  const arrivals = Array.from({ length: p.clients }, (_, client) =>
    burstyArrivals(createRandom(deriveSeed(seed, client)), p.meanRatePerClient * (client === 0 ? p.heavyClientFactor : 1), p),
  );
  // Limiters see requests in time order across clients: a k-way merge.
  const merged = new EventQueue<{ client: number; index: number }>();
  arrivals.forEach((times, client) => {
    if (times.length > 0) merged.push(times[0]!, { client, index: 0 });
  });

  const limiterCount = p.scope === "shared" ? 1 : p.clients;
  const make: Record<LimiterKind, () => Limiter> = {
    "token-bucket": () => createTokenBucket(p.limitPerSecond, p.burst),
    "sliding-log": () => createSlidingLog(windowLimit, p.windowMs),
    "sliding-counter": () => createSlidingCounter(windowLimit, p.windowMs),
  };
  const limiters = LIMITERS.map((kind) => Array.from({ length: limiterCount }, make[kind]));
  // Accepted times per limiter instance, for the window check and the chart.
  const acceptedAt = LIMITERS.map(() => Array.from({ length: limiterCount }, (): number[] => []));
  const acceptedByClient = LIMITERS.map(() => new Array<number>(p.clients).fill(0));

  for (let next = merged.pop(); next; next = merged.pop()) {
    const { client, index } = next.value;
    const instance = p.scope === "shared" ? 0 : client;
    LIMITERS.forEach((_, k) => {
      if (!limiters[k]![instance]!.tryAcquire(next.time)) return;
      acceptedAt[k]![instance]!.push(next.time);
      acceptedByClient[k]![client]!++;
    });
    const following = arrivals[client]![index + 1];
    if (following !== undefined) merged.push(following, { client, index: index + 1 });
  }

  const offeredByClient = arrivals.map((times) => times.length);
  const offered = offeredByClient.reduce((a, b) => a + b, 0);
  const seconds = p.durationMs / 1000;
  const outcomes = Object.fromEntries(
    LIMITERS.map((kind, k) => {
      const byClient = acceptedByClient[k]!;
      const accepted = byClient.reduce((a, b) => a + b, 0);
      const outcome: LimiterOutcome = {
        kind,
        accepted,
        rejected: offered - accepted,
        acceptedPerSecond: accepted / seconds,
        acceptedByClient: byClient,
        maxInWindow: Math.max(...acceptedAt[k]!.map((times) => maxInAnyWindow(times, p.windowMs))),
        promisedInWindow: kind === "token-bucket" ? p.burst + (p.limitPerSecond * p.windowMs) / 1000 : kind === "sliding-log" ? windowLimit : 2 * windowLimit,
        fairness: jainIndex(byClient),
        heavyClientShare: accepted === 0 ? 0 : byClient[0]! / accepted,
      };
      return [kind, outcome];
    }),
  ) as Record<LimiterKind, LimiterOutcome>;

  return {
    offeredByClient,
    windowLimit,
    outcomes,
    metrics: [
      { label: "Offered", value: round(offered / seconds), unit: "requests/s" },
      ...LIMITERS.map((kind) => ({ label: `${LIMITER_NAMES[kind]} let through`, value: round(outcomes[kind].acceptedPerSecond), unit: "requests/s" })),
      ...LIMITERS.map((kind) => ({
        label: `${LIMITER_NAMES[kind]}: most in one ${p.windowMs} ms window`,
        value: outcomes[kind].maxInWindow,
        unit: `requests (promise: ${round(outcomes[kind].promisedInWindow)})`,
      })),
      { label: "Heavy client's share of what the token bucket let through", value: round(outcomes["token-bucket"].heavyClientShare * 100), unit: "%" },
    ],
    figures: [throughputFigure(p, arrivals, acceptedAt), clientFigure(p, offeredByClient, outcomes)],
  };
}

function throughputFigure(p: RateLimiterParams, arrivals: readonly number[][], acceptedAt: readonly number[][][]) {
  const bins = 60;
  const binMs = p.durationMs / bins;
  const perSecond = (groups: readonly (readonly number[])[]) => {
    const counts = new Array<number>(bins).fill(0);
    for (const times of groups) for (const t of times) counts[Math.min(bins - 1, Math.floor(t / binMs))]!++;
    return counts.map((count, i) => ({ x: (i * binMs) / 1000, y: count / (binMs / 1000) }));
  };
  const chart: Chart = {
    title: "Requests offered and let through over time, all clients",
    type: "step",
    x: { label: "Time", unit: "s" },
    y: { label: "Rate", unit: "requests/s" },
    series: [
      { name: "Offered", kind: "measured", points: perSecond(arrivals) },
      ...LIMITERS.map((kind, k) => ({ name: LIMITER_NAMES[kind], kind: "measured" as const, points: perSecond(acceptedAt[k]!) })),
    ],
  };
  return { id: "throughput", chart, table: tableFromChart(chart, `Requests per second in bins of ${round(binMs / 1000)} s`) };
}

// Enough bars to see the heavy client against the others without a wall of them.
const CHARTED_CLIENTS = 20;

function clientFigure(p: RateLimiterParams, offeredByClient: readonly number[], outcomes: Record<LimiterKind, LimiterOutcome>) {
  const seconds = p.durationMs / 1000;
  const clients = offeredByClient.slice(0, CHARTED_CLIENTS).map((_, i) => i);
  const chart: Chart = {
    title: `Requests per second by client${p.clients > CHARTED_CLIENTS ? ` (first ${CHARTED_CLIENTS} of ${p.clients})` : ""}; client 1 is the heavy one`,
    type: "bar",
    x: { label: "Client", unit: "" },
    y: { label: "Rate", unit: "requests/s" },
    series: [
      { name: "Offered", kind: "measured", points: clients.map((i) => ({ x: i + 1, y: offeredByClient[i]! / seconds })) },
      ...LIMITERS.map((kind) => ({
        name: LIMITER_NAMES[kind],
        kind: "measured" as const,
        points: clients.map((i) => ({ x: i + 1, y: outcomes[kind].acceptedByClient[i]! / seconds })),
      })),
    ],
  };
  return { id: "clients", chart, table: tableFromChart(chart, "Requests per second offered and let through, by client") };
}
