import { describe, expect, it } from "vitest";
import { type QuorumParams, quorumDefaults, quorumParameters, simulateQuorum } from "./quorum-replication";

/**
 * Four binomial standard errors, sqrt(p(1-p)/reads), widened by a quarter
 * because reads between the same two writes share the replicas' state (across
 * 20 seeds the spread at p = 1/3 was 1.2 times the binomial one). The 0.001
 * floor keeps p near 0 from demanding exactness.
 */
const tolerance = (p: number, reads: number) => 4 * 1.25 * Math.sqrt((p * (1 - p)) / reads) + 0.001;

describe("quorum replication with replica lag", () => {
  it.each([
    { replicas: 3, meanLagMs: 50, writesPerSecond: 20, reads: 40_000 },
    { replicas: 5, meanLagMs: 200, writesPerSecond: 2, reads: 10_000 },
  ])("stale reads match the computed probability for N = $replicas, and vanish once R + W > N", (setting) => {
    const params: QuorumParams = { ...quorumDefaults, ...setting, readsPerSecond: setting.writesPerSecond };
    const { grid } = simulateQuorum(params, 11);
    for (const outcome of grid) {
      const label = `R=${outcome.readQuorum} W=${outcome.writeQuorum}`;
      if (outcome.readQuorum + outcome.writeQuorum > params.replicas) {
        expect(outcome.staleReads, label).toBe(0);
        expect(outcome.expectedStaleFraction, label).toBe(0);
      } else {
        expect(outcome.expectedStaleFraction, label).toBeGreaterThan(0);
        expect(Math.abs(outcome.staleFraction - outcome.expectedStaleFraction), label).toBeLessThan(
          tolerance(outcome.expectedStaleFraction, params.reads),
        );
      }
    }
  });

  it("a larger W or R never adds stale reads, since every pair sees the same arrivals and lags", () => {
    const { grid } = simulateQuorum({ ...quorumDefaults, replicas: 4, reads: 5000 }, 3);
    const stale = (r: number, w: number) => grid.find((o) => o.readQuorum === r && o.writeQuorum === w)!.staleReads;
    for (let r = 1; r <= 4; r++)
      for (let w = 1; w <= 4; w++) {
        if (w > 1) expect(stale(r, w)).toBeLessThanOrEqual(stale(r, w - 1));
        if (r > 1) expect(stale(r, w)).toBeLessThanOrEqual(stale(r - 1, w));
      }
  });

  it("without lag no read is stale, whatever the quorums", () => {
    const { grid } = simulateQuorum({ ...quorumDefaults, meanLagMs: 0, reads: 2000 }, 5);
    expect(grid.every((o) => o.staleReads === 0)).toBe(true);
  });

  it("reports the chosen pair as the measured value", () => {
    const result = simulateQuorum({ ...quorumDefaults, readQuorum: 2, writeQuorum: 1, reads: 2000 }, 5);
    expect(result.chosen).toMatchObject({ readQuorum: 2, writeQuorum: 1 });
    expect(result.figures[0]!.table.rows).toHaveLength(9);
  });

  it("refuses quorums larger than the replica set, naming the field", () => {
    const result = quorumParameters.safeParse({ ...quorumDefaults, readQuorum: 4 });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ["readQuorum"], message: expect.stringMatching(/R can be at most N/) }),
    ]);
  });

  it("refuses a run with too many events", () => {
    const result = quorumParameters.safeParse({ ...quorumDefaults, replicas: 9, reads: 200_000 });
    expect(result.error?.issues[0]?.message).toMatch(/limit is 2,000,000/);
  });
});
