import { describe, expect, it } from "vitest";
import { type ConsumerGroupParams, consumerGroupDefaults, consumerGroupParameters, simulateConsumerGroup } from "./consumer-groups";

const seeds = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;
/** One join at 10 s into a group of 3 over 12 partitions: 1,000 messages/s, 500/s per consumer, a 3 s pause. */
const oneJoin: ConsumerGroupParams = { ...consumerGroupDefaults, assignor: "round-robin", events: [{ change: "join", atMs: 10_000 }], durationMs: 25_000 };

describe("consumer group lag through a rebalance", () => {
  it("a stop-the-world pause adds about produce rate x pause to the lag", () => {
    // Arrivals are Poisson, so the growth over 3 s is Poisson(3000): sd 55 per run,
    // 12 for the mean of 20 runs. 50 messages is 4 standard errors.
    const growth = mean(seeds(20).map((seed) => {
      const [rebalance] = simulateConsumerGroup(oneJoin, seed).rebalances;
      return rebalance!.lagAtResume - rebalance!.lagBefore;
    }));
    expect(Math.abs(growth - 3000)).toBeLessThan(50);
  });

  it("then drains at the consumers' spare capacity, consume rate minus produce rate", () => {
    // 3,000 messages over 4 consumers with 2,000/s of capacity against 1,000/s
    // produced: 3 s. Two effects make the measured drain later, never earlier:
    // the busiest consumer (its backlog is about 4% above the mean one) decides,
    // and drains are seen on 50 ms ticks. Hence the window of 3% below to 12% above.
    const runs = seeds(20).map((seed) => simulateConsumerGroup(oneJoin, seed).rebalances[0]!);
    expect(runs[0]!.expectedDrainMs).toBe(3000);
    const drain = mean(runs.map((r) => r.drainMs!));
    expect(drain).toBeGreaterThan(0.97 * 3000);
    expect(drain).toBeLessThan(1.12 * 3000);
  });

  it("cooperative-sticky stops only the partitions that move, so the lag grows by their share", () => {
    const growths = seeds(20).map((seed) => {
      const [rebalance] = simulateConsumerGroup({ ...oneJoin, assignor: "cooperative-sticky" }, seed).rebalances;
      expect(rebalance!.moved).toBe(3);
      return rebalance!.lagAtResume - rebalance!.lagBefore;
    });
    // Poisson(750): sd 27, standard error 6 over 20 runs; 25 is 4 of them.
    expect(Math.abs(mean(growths) - 750)).toBeLessThan(25);
  });

  it("range over two topics leaves the first members with twice the partitions of the others, and they drain last", () => {
    const [rebalance] = simulateConsumerGroup({ ...oneJoin, assignor: "range" }, 1).rebalances;
    expect(rebalance!.counts).toEqual([4, 4, 2, 2]);
    expect(rebalance!.spread).toBe(2);
    // Consumer 1 receives 333/s and has 1,000 messages of backlog: 1,000 / (500 - 333) = 6 s.
    expect(rebalance!.expectedDrainMs).toBeCloseTo(6000, 6);
  });

  it("a group that cannot keep up never drains", () => {
    const [rebalance] = simulateConsumerGroup({ ...oneJoin, consumePerSecond: 200 }, 1).rebalances;
    expect(rebalance!.expectedDrainMs).toBe(Number.POSITIVE_INFINITY);
    expect(rebalance!.drainMs).toBeNull();
  });

  it("lists every rebalance in the text table", () => {
    const result = simulateConsumerGroup(consumerGroupDefaults, 1);
    expect(result.figures[1]!.table.rows.map((row) => row[1])).toEqual(["consumer 4 joins", "consumer 1 leaves"]);
  });
});

describe("consumer group parameters", () => {
  it("refuses a leave by a consumer that is not in the group", () => {
    const result = consumerGroupParameters.safeParse({ ...consumerGroupDefaults, events: [{ change: "leave", atMs: 1000, consumer: 9 }] });
    expect(result.error?.issues[0]).toMatchObject({ path: ["events"], message: "Consumer 9 is not in the group at 1000 ms, so it cannot leave" });
  });
  it("refuses an event of an unknown kind", () => {
    const result = consumerGroupParameters.safeParse({ ...consumerGroupDefaults, events: [{ change: "crash", atMs: 1000 }] });
    expect(result.error?.issues[0]?.message).toMatch(/"join" or a "leave"/);
  });
  it("refuses more work than the step budget", () => {
    const result = consumerGroupParameters.safeParse({ ...consumerGroupDefaults, producePerSecond: 1_000_000 });
    expect(result.error?.issues[0]?.message).toMatch(/limit is 2,000,000/);
  });
});
