import type { z } from "zod";
import { type Cache, createLfuCache, createLruCache } from "./cache-policies";
import { decimal, labParameters, wholeNumber } from "./params";
import { createRandom, deriveSeed } from "./random";
import { type Chart, type LabResult, round, tableFromChart } from "./result";
import { createZipf, type Zipf } from "./zipf";

/**
 * A cache in front of a database under independent Zipf-distributed requests
 * (the independent reference model): hit ratio against cache size for LRU and
 * LFU, next to two formulas, the ideal cache that holds the k most popular keys
 * and Che's approximation for LRU.
 */

/** The first requests fill the cache; counting them would mix cold misses into the steady state. */
const WARM_UP_SHARE = 0.2;

export const cacheHitRatioParameters = labParameters(
  {
    keys: wholeNumber({ label: "Keys", min: 10, max: 100_000 }),
    zipfExponent: decimal({ label: "The Zipf exponent", min: 0, max: 3 }),
    cacheSize: wholeNumber({ label: "The cache size", min: 1, max: 100_000, unit: "entries" }),
    requests: wholeNumber({ label: "Requests", min: 1000, max: 1_000_000 }),
    ttlMs: decimal({ label: "The time to live (0 for none)", min: 0, max: 86_400_000, unit: "ms" }),
    requestsPerSecond: decimal({ label: "The request rate", min: 1, max: 1_000_000, unit: "requests/s" }),
  },
  {
    check: (p, report) => {
      if (p.cacheSize > p.keys) report("cacheSize", "The cache cannot hold more entries than there are keys");
    },
    // Every request meets every cache of the sweep, LRU and LFU. Che's formula takes
    // up to 30 passes over the keys per size, one exp per key: about a third of a
    // cache lookup each, so 10 steps per key.
    steps: (p) => cacheSizes(p).length * (2 * p.requests + 10 * p.keys),
    advice: "Use fewer requests or fewer keys.",
  },
);

export type CacheHitRatioParams = z.output<typeof cacheHitRatioParameters>;

export const cacheHitRatioDefaults: CacheHitRatioParams = {
  keys: 5000,
  zipfExponent: 1,
  cacheSize: 100,
  requests: 50_000,
  ttlMs: 0,
  requestsPerSecond: 1000,
};

/** 1, 3, 10, 30, ... up to the number of keys, and the chosen size. */
export function cacheSizes({ keys, cacheSize }: { keys: number; cacheSize: number }): number[] {
  const sizes = new Set([cacheSize]);
  for (let decade = 1; decade <= keys; decade *= 10) {
    sizes.add(decade);
    if (3 * decade <= keys) sizes.add(3 * decade);
  }
  sizes.add(keys);
  return [...sizes].sort((a, b) => a - b);
}

export interface CachePoint {
  size: number;
  lru: number;
  lfu: number;
  /** The k most popular keys' share of requests: no policy can beat it without knowing the future. */
  ideal: number;
  cheLru: number;
}

export interface CacheHitRatioResult extends LabResult {
  sweep: readonly CachePoint[];
  chosen: CachePoint;
  /** With a TTL, the hit ratio of an unlimited cache, the ceiling the TTL alone sets; null without one. */
  ttlCeiling: number | null;
}

/**
 * Che, Tung and Wang (2002): an LRU cache of size k behaves as if each key
 * stayed for a fixed characteristic time T after its last request, where T
 * fills the cache on average: sum_i (1 - e^(-p_i T)) = k. The hit ratio is
 * then sum_i p_i (1 - e^(-p_i T)). Fricker et al. (2012) explain why it is so
 * accurate. The left side is concave in T, so Newton's method from T = k
 * approaches the root from below and cannot overshoot.
 */
export function cheLruHitRatio(zipf: Zipf, size: number): number {
  if (size >= zipf.keys) return 1;
  const p = Array.from({ length: zipf.keys }, (_, key) => zipf.probability(key));
  let t = size;
  // From below, Newton converges in under ten steps for Zipf popularity; 30 is a bound, not a need.
  for (let iteration = 0; iteration < 30; iteration++) {
    let filled = 0;
    let slope = 0;
    for (const pi of p) {
      const stay = Math.exp(-pi * t);
      filled += 1 - stay;
      slope += pi * stay;
    }
    const step = (size - filled) / slope;
    t += step;
    if (step < 1e-9 * t) break;
  }
  return p.reduce((sum, pi) => sum + pi * (1 - Math.exp(-pi * t)), 0);
}

/**
 * A key requested at rate r stays for the TTL after each miss, and the
 * requests in that time hit: r T of every 1 + r T requests (a renewal argument).
 */
function ttlCeiling(zipf: Zipf, p: CacheHitRatioParams): number {
  let hits = 0;
  for (let key = 0; key < zipf.keys; key++) {
    const share = zipf.probability(key);
    const perTtl = (share * p.requestsPerSecond * p.ttlMs) / 1000;
    hits += (share * perTtl) / (1 + perTtl);
  }
  return hits;
}

function hitRatio(cache: Cache, keys: Int32Array, p: CacheHitRatioParams): number {
  const gapMs = 1000 / p.requestsPerSecond;
  const warmUp = Math.floor(keys.length * WARM_UP_SHARE);
  let hits = 0;
  for (let i = 0; i < keys.length; i++) if (cache.access(keys[i]!, i * gapMs) && i >= warmUp) hits++;
  return hits / (keys.length - warmUp);
}

export function simulateCacheHitRatio(p: CacheHitRatioParams, seed: number): CacheHitRatioResult {
  const zipf = createZipf(p.keys, p.zipfExponent);
  const random = createRandom(deriveSeed(seed, 1));
  // Key 0 is the most popular; a random relabelling would change nothing a cache can see.
  const trace = Int32Array.from({ length: p.requests }, () => zipf.sample(random));

  const sweep = cacheSizes(p).map((size) => ({
    size,
    lru: hitRatio(createLruCache(size, p.keys, p.ttlMs), trace, p),
    lfu: hitRatio(createLfuCache(size, p.keys, p.ttlMs), trace, p),
    ideal: zipf.topMass(size),
    cheLru: cheLruHitRatio(zipf, size),
  }));
  const chosen = sweep.find((point) => point.size === p.cacheSize)!;
  const ceiling = p.ttlMs > 0 ? ttlCeiling(zipf, p) : null;

  const percent = (pick: (point: CachePoint) => number) => sweep.map((point) => ({ x: point.size, y: pick(point) * 100 }));
  const chart: Chart = {
    title: `Hit ratio against cache size, ${p.keys.toLocaleString("en-US")} keys, Zipf s = ${p.zipfExponent}`,
    type: "line",
    x: { label: "Cache size", unit: "entries", scale: "log" },
    y: { label: "Hit ratio", unit: "%" },
    series: [
      { name: "LRU", kind: "measured", points: percent((point) => point.lru) },
      { name: "LFU", kind: "measured", points: percent((point) => point.lfu) },
      { name: "Ideal: the top k keys", kind: "expected", points: percent((point) => point.ideal) },
      // Both formulas ignore expiry, so with a TTL only the measured lines apply.
      ...(p.ttlMs > 0 ? [] : [{ name: "LRU, Che's approximation", kind: "expected" as const, points: percent((point) => point.cheLru) }]),
    ],
  };

  return {
    sweep,
    chosen,
    ttlCeiling: ceiling,
    metrics: [
      { label: `LRU hit ratio with ${p.cacheSize} entries`, value: round(chosen.lru * 100), unit: "%" },
      { label: `LFU hit ratio with ${p.cacheSize} entries`, value: round(chosen.lfu * 100), unit: "%" },
      { label: `An ideal cache of the top ${p.cacheSize} keys`, value: round(chosen.ideal * 100), unit: "%" },
      { label: "Che's approximation for LRU", value: round(chosen.cheLru * 100), unit: "%" },
      ...(ceiling === null ? [] : [{ label: "Ceiling set by the TTL alone (unlimited cache)", value: round(ceiling * 100), unit: "%" }]),
    ],
    figures: [{ id: "hit-ratio", chart, table: tableFromChart(chart, `Hit ratio by cache size, after the first ${WARM_UP_SHARE * 100}% of requests`) }],
  };
}
