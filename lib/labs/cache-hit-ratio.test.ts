import { describe, expect, it } from "vitest";
import { cacheHitRatioDefaults, cacheHitRatioParameters, cacheSizes, type CacheHitRatioParams, cheLruHitRatio, simulateCacheHitRatio } from "./cache-hit-ratio";
import { createZipf } from "./zipf";

/** 1,000 keys, Zipf s = 1, 100,000 requests of which the last 80,000 are counted. */
const workload: CacheHitRatioParams = { ...cacheHitRatioDefaults, keys: 1000, requests: 100_000, cacheSize: 50 };
const { sweep } = simulateCacheHitRatio(workload, 1);

describe("cache hit ratio under a Zipf workload", () => {
  it("sweeps sizes from 1 to every key, the chosen size included", () => {
    expect(sweep.map((point) => point.size)).toEqual([1, 3, 10, 30, 50, 100, 300, 1000]);
  });

  it("LRU never gains from a smaller cache: its hits are monotone in size on the same trace", () => {
    // LRU is a stack algorithm (Mattson et al., 1970): a smaller cache's contents
    // are always a subset of a larger one's, so this holds exactly, not on average.
    for (let i = 1; i < sweep.length; i++) expect(sweep[i]!.lru).toBeGreaterThanOrEqual(sweep[i - 1]!.lru);
  });

  it("LFU rises with size too, within noise (it is not a stack algorithm)", () => {
    for (let i = 1; i < sweep.length; i++) expect(sweep[i]!.lfu).toBeGreaterThan(sweep[i - 1]!.lfu - 0.005);
  });

  it("for Zipf s = 1, LFU beats LRU at small sizes, and neither beats the ideal top-k cache", () => {
    for (const point of sweep.filter((p) => p.size > 1 && p.size <= 100)) expect(point.lfu).toBeGreaterThan(point.lru);
    // The counted trace's own popularity deviates from the Zipf probabilities by
    // about 0.2 points, so 0.6 points (3 sd) is the allowance over the ideal.
    for (const point of sweep.filter((p) => p.size < 1000)) {
      expect(point.lru).toBeLessThan(point.ideal + 0.006);
      expect(point.lfu).toBeLessThan(point.ideal + 0.006);
    }
  });

  it("LRU matches Che's approximation within a point", () => {
    // Over 5 seeds LRU sat within 0.6 points of the formula at every size
    // (the trace's sampling noise, roughly 0.3 points sd); 1 point allows for
    // that and fails on any real policy error, which moves it by several points.
    for (const point of sweep.filter((p) => p.size < 1000)) expect(Math.abs(point.lru - point.cheLru)).toBeLessThan(0.01);
  });

  it("the ideal hit ratio of the top k keys is H(k)/H(n) for s = 1", () => {
    const harmonic = (n: number) => Array.from({ length: n }, (_, k) => 1 / (k + 1)).reduce((a, b) => a + b);
    expect(createZipf(1000, 1).topMass(50)).toBeCloseTo(harmonic(50) / harmonic(1000), 12);
    expect(cheLruHitRatio(createZipf(1000, 1), 1000)).toBe(1);
  });

  it("a TTL caps the hit ratio of even an unlimited cache at sum p_i (r_i T) / (1 + r_i T)", () => {
    // 1,000 requests/s and a 1 s TTL: every key has a chance to expire between requests.
    const { chosen, ttlCeiling } = simulateCacheHitRatio({ ...workload, cacheSize: 1000, ttlMs: 1000 }, 1);
    expect(Math.abs(chosen.lru - ttlCeiling!)).toBeLessThan(0.01);
  });
});

describe("cache hit ratio parameters", () => {
  it("refuses a cache larger than the key space", () => {
    const result = cacheHitRatioParameters.safeParse({ ...cacheHitRatioDefaults, keys: 100, cacheSize: 200 });
    expect(result.error?.issues[0]).toMatchObject({ path: ["cacheSize"], message: "The cache cannot hold more entries than there are keys" });
  });
  it("refuses a sweep above the step budget", () => {
    expect(cacheSizes({ keys: 100_000, cacheSize: 50 })).toHaveLength(12);
    const result = cacheHitRatioParameters.safeParse({ ...cacheHitRatioDefaults, keys: 100_000, requests: 1_000_000 });
    expect(result.error?.issues[0]?.message).toMatch(/limit is 2,000,000\. Use fewer requests/);
  });
});
