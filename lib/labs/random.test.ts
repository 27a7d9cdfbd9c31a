import { describe, expect, it } from "vitest";
import { createRandom, deriveSeed } from "./random";

const draws = (seed: number, count: number) => {
  const random = createRandom(seed);
  return Array.from({ length: count }, () => random.uint32());
};

describe("createRandom", () => {
  it("matches the reference C code of xoshiro128** seeded by SplitMix32", () => {
    // Output of the authors' xoshiro128starstar.c after filling the state with
    // four SplitMix32 (Weyl step 0x9e3779b9, MurmurHash3 finaliser) outputs.
    expect(draws(42, 4)).toEqual([2837322924, 544945897, 479756282, 3500138142]);
    expect(draws(0, 2)).toEqual([3809008728, 1133695204]);
  });

  it("repeats a sequence for a seed and gives unrelated ones for neighbouring seeds", () => {
    expect(draws(7, 100)).toEqual(draws(7, 100));
    const [a, b] = [draws(7, 1000), draws(8, 1000)];
    expect(a.filter((value, i) => value === b[i])).toEqual([]);
  });

  it("derives distinct, repeatable sub-stream seeds", () => {
    expect(deriveSeed(1, 2, 3)).toBe(deriveSeed(1, 2, 3));
    const seeds = new Set([deriveSeed(1), deriveSeed(1, 0), deriveSeed(1, 1), deriveSeed(1, 0, 1), deriveSeed(1, 1, 0), deriveSeed(2, 0)]);
    expect(seeds.size).toBe(6);
  });

  it("draws uniform numbers in [0, 1) and uniform whole numbers", () => {
    // 100,000 draws: the mean has sd sqrt(1/12 / 1e5) = 0.0009, so 0.004 is 4 sd;
    // each of 10 buckets holds Binomial(1e5, 0.1), sd 95, so 380 is 4 sd.
    const random = createRandom(3);
    const values = Array.from({ length: 100_000 }, () => random.next());
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(Math.abs(values.reduce((a, b) => a + b) / values.length - 0.5)).toBeLessThan(0.004);
    const buckets = new Array<number>(10).fill(0);
    for (let i = 0; i < 100_000; i++) buckets[random.int(10)]!++;
    for (const count of buckets) expect(Math.abs(count - 10_000)).toBeLessThan(380);
  });

  it("draws exponential gaps with the requested mean and tail", () => {
    // Mean 5 over 100,000 draws: sd of the mean 0.016, so 0.07 is about 4 sd. P(X > mean) = e^-1.
    const random = createRandom(4);
    const values = Array.from({ length: 100_000 }, () => random.exponential(5));
    expect(Math.abs(values.reduce((a, b) => a + b) / values.length - 5)).toBeLessThan(0.07);
    expect(Math.abs(values.filter((v) => v > 5).length / values.length - Math.exp(-1))).toBeLessThan(0.006);
  });
});
