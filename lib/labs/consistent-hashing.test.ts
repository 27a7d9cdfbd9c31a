import { describe, expect, it } from "vitest";
import { consistentHashingDefaults, consistentHashingParameters, simulateConsistentHashing } from "./consistent-hashing";

const seeds = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const mean = (values: readonly number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

describe("consistent hashing with virtual nodes", () => {
  it("moves about 1/(n+1) of the keys on a join, all of them to the new node", () => {
    // One ring's new node owns a Beta(T, nT) share of the ring: relative sd
    // sqrt((1 - 1/11)/T) = 9.5% with T = 100, plus 2.2% from sampling 20,000 keys.
    // Over 30 rings the mean has a relative standard error of 1.8%, so 7% (4 SE) is
    // tight enough to catch a wrong ring and loose enough never to flake.
    const runs = seeds(30).map((seed) => simulateConsistentHashing({ nodes: 10, tokensPerNode: 100, keys: 20_000 }, seed));
    for (const run of runs) expect(run.join.strayMoves).toBe(0);
    const moved = mean(runs.map((run) => run.join.movedFraction));
    expect(Math.abs(moved - 1 / 11)).toBeLessThan(0.07 / 11);
  });

  it("moves exactly the leaving node's keys, about 1/n of them", () => {
    const runs = seeds(30).map((seed) => simulateConsistentHashing({ nodes: 10, tokensPerNode: 100, keys: 20_000 }, seed));
    for (const run of runs) expect(run.leave.strayMoves).toBe(0);
    const moved = mean(runs.map((run) => run.leave.movedFraction));
    expect(Math.abs(moved - 1 / 10)).toBeLessThan(0.07 / 10);
  });

  it("with one token per node, the busiest node owns H(n) times its fair share", () => {
    // n random points cut the ring into spacings whose largest has mean H(n)/n
    // (Renyi's representation). n times the largest spacing has sd about 1.25 for
    // n = 10, so the mean of 1,000 rings has a standard error of 0.04: 0.16 is 4 SE.
    const harmonic10 = Array.from({ length: 10 }, (_, k) => 1 / (k + 1)).reduce((a, b) => a + b);
    const runs = seeds(1000).map((seed) => simulateConsistentHashing({ nodes: 10, tokensPerNode: 1, keys: 1000 }, seed));
    const maxShare = mean(runs.map((run) => run.balance[0]!.maxShareOverMean));
    expect(Math.abs(maxShare - harmonic10)).toBeLessThan(0.16);
  });

  it("the busiest node's load falls toward the mean as tokens per node grow", () => {
    // Averaging 20 rings keeps the noise of each point (about 0.01) well below the
    // gap between neighbouring points (0.04 or more), so the trend must be strictly down.
    const runs = seeds(20).map((seed) => simulateConsistentHashing({ nodes: 10, tokensPerNode: 256, keys: 20_000 }, seed));
    const tokenCounts = runs[0]!.balance.map((b) => b.tokensPerNode);
    expect(tokenCounts).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256]);
    const maxOverMean = tokenCounts.map((_, i) => mean(runs.map((run) => run.balance[i]!.maxOverMean)));
    for (let i = 1; i < maxOverMean.length; i++) expect(maxOverMean[i]).toBeLessThan(maxOverMean[i - 1]!);
    expect(maxOverMean[0]).toBeGreaterThan(2.5);
    expect(maxOverMean[7]).toBeLessThan(1.2);
  });

  it("is a pure function of its parameters and seed", () => {
    expect(simulateConsistentHashing(consistentHashingDefaults, 7)).toEqual(simulateConsistentHashing(consistentHashingDefaults, 7));
    expect(simulateConsistentHashing(consistentHashingDefaults, 7).join).not.toEqual(simulateConsistentHashing(consistentHashingDefaults, 8).join);
  });

  it("refuses a run that would do too much work, saying what to lower", () => {
    const result = consistentHashingParameters.safeParse({ nodes: 500, tokensPerNode: 1000, keys: 1_000_000 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/limit is 2,000,000\. Use fewer keys/);
  });

  it("explains an out-of-range field with its range", () => {
    const result = consistentHashingParameters.safeParse({ nodes: 1, tokensPerNode: 1.5, keys: 100_000 });
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([
      "Nodes must be a whole number from 2 to 500",
      "Tokens per node must be a whole number from 1 to 1,000",
    ]);
  });
});
