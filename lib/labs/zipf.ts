import type { Random } from "./random";

/**
 * Zipf's law over n keys: key k (0 is the most popular) is requested with
 * probability proportional to 1 / (k + 1)^s. s = 0 is uniform; s near 1 is
 * what web and cache traces usually show (Breslau et al., INFOCOM 1999).
 */
export interface Zipf {
  readonly keys: number;
  readonly exponent: number;
  probability(key: number): number;
  /** The probability mass of the k most popular keys: the hit ratio of an ideal cache of size k. */
  topMass(k: number): number;
  /** A key drawn by inverting the cumulative distribution: one uniform draw, O(log n). */
  sample(random: Random): number;
}

export function createZipf(keys: number, exponent: number): Zipf {
  const cumulative = new Float64Array(keys);
  let total = 0;
  for (let k = 0; k < keys; k++) {
    total += (k + 1) ** -exponent;
    cumulative[k] = total;
  }
  for (let k = 0; k < keys; k++) cumulative[k]! /= total;
  // Rounding can leave the last entry a hair below 1; a draw must never fall past it.
  cumulative[keys - 1] = 1;

  const topMass = (k: number) => (k <= 0 ? 0 : cumulative[Math.min(k, keys) - 1]!);
  return {
    keys,
    exponent,
    probability: (key) => topMass(key + 1) - topMass(key),
    topMass,
    sample(random) {
      const u = random.next();
      let low = 0;
      let high = keys - 1;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (cumulative[middle]! > u) high = middle;
        else low = middle + 1;
      }
      return low;
    },
  };
}
