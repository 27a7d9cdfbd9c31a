/**
 * Seeded randomness for the labs. Every simulation draws only from here, so a
 * run is a pure function of its parameters and seed: a learner can share a
 * seed, and a server can replay a run exactly.
 *
 * The generator is xoshiro128** (Blackman and Vigna, 2018): 128 bits of state,
 * period 2^128 - 1, passes BigCrush, and needs only 32-bit integer arithmetic,
 * which JavaScript does exactly through Math.imul and unsigned shifts.
 */
export interface Random {
  /** A uniform whole number in [0, 2^32). */
  uint32(): number;
  /** A uniform number in [0, 1), with 32 bits of resolution. */
  next(): number;
  /**
   * A uniform whole number in [0, n). Scaling a 32-bit draw is biased by at
   * most n / 2^32 per value, far below anything a lab can measure.
   */
  int(n: number): number;
  /** A uniform number in [min, max). */
  between(min: number, max: number): number;
  /** An exponential draw with this mean: the gap between arrivals of a Poisson process. */
  exponential(mean: number): number;
}

export const SEED_MAX = 0xffff_ffff;

const TWO_TO_32 = 0x1_0000_0000;

/** The finaliser of MurmurHash3: every input bit flips about half the output bits. */
function fmix32(value: number): number {
  let h = value >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85eb_ca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2_ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

const GOLDEN_GAMMA = 0x9e37_79b9;

/**
 * A seed for an independent sub-stream, such as "node 7's tokens" or "trial 12".
 * Giving each part of a simulation its own stream keeps it stable when another
 * part draws more or fewer numbers, so changing one parameter does not reshuffle
 * everything else.
 */
export function deriveSeed(seed: number, ...streams: readonly number[]): number {
  let h = fmix32(seed + GOLDEN_GAMMA);
  // Mixing the raw stream into an already mixed value keeps (seed, stream) and
  // (stream, seed) apart, and a bijection of the stream keeps sibling streams distinct.
  for (const stream of streams) h = fmix32(Math.imul(h ^ stream, 0x85eb_ca6b) + GOLDEN_GAMMA);
  return h;
}

const rotl = (x: number, k: number) => (x << k) | (x >>> (32 - k));

export function createRandom(seed: number): Random {
  // SplitMix32 spreads the seed over the whole state: nearby seeds give unrelated
  // streams, and the all-zero state, from which xoshiro never leaves, cannot occur
  // in practice.
  let weyl = seed >>> 0;
  const splitmix = () => {
    weyl = (weyl + GOLDEN_GAMMA) >>> 0;
    return fmix32(weyl);
  };
  let s0 = splitmix();
  let s1 = splitmix();
  let s2 = splitmix();
  let s3 = splitmix();

  const uint32 = () => {
    const result = Math.imul(rotl(Math.imul(s1, 5), 7), 9) >>> 0;
    const t = s1 << 9;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3, 11);
    return result;
  };
  const next = () => uint32() / TWO_TO_32;

  return {
    uint32,
    next,
    int: (n) => Math.floor(next() * n),
    between: (min, max) => min + (max - min) * next(),
    // 1 - u lies in (0, 1], so the logarithm is always finite.
    exponential: (mean) => -mean * Math.log(1 - next()),
  };
}
