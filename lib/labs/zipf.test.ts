import { describe, expect, it } from "vitest";
import { createRandom } from "./random";
import { createZipf } from "./zipf";

describe("createZipf", () => {
  it("gives probabilities proportional to 1/(k+1)^s that sum to 1", () => {
    const zipf = createZipf(1000, 1.2);
    const total = Array.from({ length: 1000 }, (_, k) => zipf.probability(k)).reduce((a, b) => a + b);
    expect(total).toBeCloseTo(1, 12);
    expect(zipf.probability(0) / zipf.probability(1)).toBeCloseTo(2 ** 1.2, 10);
    expect(zipf.topMass(1000)).toBe(1);
    expect(zipf.topMass(0)).toBe(0);
  });

  it("is uniform for s = 0", () => {
    const zipf = createZipf(4, 0);
    expect([0, 1, 2, 3].map((k) => zipf.probability(k))).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it("samples keys with their probabilities", () => {
    // 200,000 draws: key 0 has p = 1/H(100) = 0.193, sd of its share 0.0009; 4 sd everywhere.
    const zipf = createZipf(100, 1);
    const random = createRandom(9);
    const counts = new Array<number>(100).fill(0);
    const n = 200_000;
    for (let i = 0; i < n; i++) counts[zipf.sample(random)]!++;
    for (const key of [0, 1, 2, 9, 49, 99]) {
      const p = zipf.probability(key);
      expect(Math.abs(counts[key]! / n - p), `key ${key}`).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    }
  });
});
