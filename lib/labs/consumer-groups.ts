import { z } from "zod";
import { choice, decimal, labParameters, wholeNumber } from "./params";
import { type Assignment, assignPartitions, ownersOf } from "./partition-assignors";
import { createRandom, deriveSeed } from "./random";
import { type Chart, type LabResult, round, tableFromChart } from "./result";

/**
 * A Kafka consumer group through members joining and leaving. Producers
 * spread messages over the partitions at random; each consumer reads up to
 * its capacity from the partitions it owns. With the eager protocol every
 * rebalance stops the whole group for the pause (all partitions revoked, then
 * reassigned); with cooperative-sticky only the partitions that change owner
 * stop (KIP-429, which takes two rebalance rounds; here, one pause).
 */

const TICK_MS = 50;
const MAX_CHART_POINTS = 500;

const membershipEvent = z.discriminatedUnion(
  "change",
  [
    z.object({ change: z.literal("join"), atMs: decimal({ label: "An event's time", min: 0, max: 3_600_000, unit: "ms" }) }),
    z.object({
      change: z.literal("leave"),
      atMs: decimal({ label: "An event's time", min: 0, max: 3_600_000, unit: "ms" }),
      consumer: wholeNumber({ label: "The leaving consumer", min: 1, max: 200 }),
    }),
  ],
  { error: 'Each event must be a "join" or a "leave" with the consumer that leaves' },
);

export type MembershipEvent = z.output<typeof membershipEvent>;

export const consumerGroupParameters = labParameters(
  {
    topics: wholeNumber({ label: "Topics", min: 1, max: 20 }),
    partitionsPerTopic: wholeNumber({ label: "Partitions per topic", min: 1, max: 1000 }),
    initialConsumers: wholeNumber({ label: "Consumers at the start", min: 1, max: 100 }),
    events: z.array(membershipEvent, { error: "Events must be a list" }).max(20, "Use at most 20 membership events"),
    assignor: choice("The assignor", ["range", "round-robin", "sticky", "cooperative-sticky"]),
    producePerSecond: decimal({ label: "The produce rate", min: 0, max: 1_000_000, unit: "messages/s" }),
    consumePerSecond: decimal({ label: "Each consumer's capacity", min: 0, max: 1_000_000, unit: "messages/s" }),
    rebalancePauseMs: decimal({ label: "The rebalance pause", min: 0, max: 600_000, unit: "ms" }),
    durationMs: decimal({ label: "The run length", min: 1000, max: 3_600_000, unit: "ms" }),
  },
  {
    check: (p, report) => {
      const members = new Set(Array.from({ length: p.initialConsumers }, (_, i) => i + 1));
      let joined = p.initialConsumers;
      inTimeOrder(p.events).forEach((event) => {
        if (event.atMs >= p.durationMs) report("events", `An event at ${event.atMs} ms falls after the end of the run (${p.durationMs} ms)`);
        if (event.change === "join") members.add(++joined);
        else if (!members.delete(event.consumer)) report("events", `Consumer ${event.consumer} is not in the group at ${event.atMs} ms, so it cannot leave`);
      });
    },
    // Every message is produced once and consumed once; every tick visits every partition.
    steps: (p) => (2 * p.producePerSecond * p.durationMs) / 1000 + (p.durationMs / TICK_MS) * p.topics * p.partitionsPerTopic,
    advice: "Use a lower produce rate, fewer partitions or a shorter run.",
  },
);

export type ConsumerGroupParams = z.output<typeof consumerGroupParameters>;

export const consumerGroupDefaults: ConsumerGroupParams = {
  topics: 2,
  partitionsPerTopic: 6,
  initialConsumers: 3,
  events: [
    { change: "join", atMs: 10_000 },
    { change: "leave", atMs: 30_000, consumer: 1 },
  ],
  assignor: "range",
  producePerSecond: 1000,
  consumePerSecond: 500,
  rebalancePauseMs: 3000,
  durationMs: 50_000,
};

/** Stable: events at the same time keep the order they were given in. */
function inTimeOrder(events: readonly MembershipEvent[]): MembershipEvent[] {
  return events.map((event, i) => ({ event, i })).sort((a, b) => a.event.atMs - b.event.atMs || a.i - b.i).map(({ event }) => event);
}

export interface Rebalance {
  atMs: number;
  change: string;
  members: readonly number[];
  /** Partitions per member, in member order. */
  counts: readonly number[];
  /** Most minus fewest partitions on one member. */
  spread: number;
  moved: number;
  lagBefore: number;
  lagAtResume: number;
  /** Lag added while partitions were stopped: the produce rate times the pause, for the stopped share. */
  expectedGrowth: number;
  /** From the end of the pause until the lag is back to where it was; null if not before the next rebalance or the end. */
  drainMs: number | null;
  /** The busiest member's backlog over its spare capacity: lag_c / (capacity - its produce share). */
  expectedDrainMs: number;
}

export interface ConsumerGroupResult extends LabResult {
  rebalances: readonly Rebalance[];
  /** The assignment at the start, before any event. */
  initial: Pick<Rebalance, "members" | "counts" | "spread">;
}

function summarize(assignment: Assignment) {
  const members = [...assignment.keys()];
  const counts = members.map((m) => assignment.get(m)!.length);
  return { members, counts, spread: counts.length === 0 ? 0 : Math.max(...counts) - Math.min(...counts) };
}

/**
 * After the pause each member drains the backlog its stopped partitions built
 * up, at its capacity minus the rate its partitions keep receiving; the slowest
 * member decides. Balanced and eager, this is (rate x pause) / (members x capacity - rate).
 */
function expectedDrain(p: ConsumerGroupParams, assignment: Assignment, stopped: (partition: number) => boolean, total: number): number {
  const perPartition = p.producePerSecond / total;
  let slowest = 0;
  for (const owned of assignment.values()) {
    const backlog = (perPartition * owned.filter(stopped).length * p.rebalancePauseMs) / 1000;
    if (backlog === 0) continue;
    const spare = p.consumePerSecond - perPartition * owned.length;
    if (spare <= 0) return Number.POSITIVE_INFINITY;
    slowest = Math.max(slowest, (1000 * backlog) / spare);
  }
  return slowest;
}

export function simulateConsumerGroup(p: ConsumerGroupParams, seed: number): ConsumerGroupResult {
  const total = p.topics * p.partitionsPerTopic;
  const topics = { topics: p.topics, partitionsPerTopic: p.partitionsPerTopic };
  const eager = p.assignor !== "cooperative-sticky";
  const random = createRandom(deriveSeed(seed, 1));

  let members = Array.from({ length: p.initialConsumers }, (_, i) => i + 1);
  let joined = p.initialConsumers;
  let assignment = assignPartitions(p.assignor, members, topics, new Map());
  let owners = ownersOf(assignment, total);
  const resumeAt = new Float64Array(total);
  const lag = new Float64Array(total);
  // Capacity is per tick and does not bank while idle; the fraction carries so a
  // small capacity still adds up to the right rate.
  const carry = new Map<number, number>();
  let totalLag = 0;
  const arrivalGap = () => (p.producePerSecond > 0 ? random.exponential(1000 / p.producePerSecond) : Number.POSITIVE_INFINITY);
  let nextArrival = arrivalGap();

  const initial = summarize(assignment);
  const rebalances: Rebalance[] = [];
  const pending = inTimeOrder(p.events);
  const points: { x: number; y: number }[] = [];
  const sampleEvery = Math.max(1, Math.ceil(p.durationMs / TICK_MS / MAX_CHART_POINTS));
  let open: { rebalance: Rebalance; resume: number } | null = null;

  for (let tick = 0; tick * TICK_MS < p.durationMs; tick++) {
    const now = tick * TICK_MS;

    while (pending.length > 0 && pending[0]!.atMs <= now) {
      const event = pending.shift()!;
      if (event.change === "join") members = [...members, ++joined];
      else members = members.filter((m) => m !== event.consumer);
      const next = assignPartitions(p.assignor, members, topics, assignment);
      const nextOwners = ownersOf(next, total);
      let moved = 0;
      let stopped = 0;
      for (let partition = 0; partition < total; partition++) {
        const changes = nextOwners[partition] !== owners[partition];
        if (changes) moved++;
        if (eager || changes) {
          resumeAt[partition] = now + p.rebalancePauseMs;
          stopped++;
        }
      }
      const rebalance: Rebalance = {
        atMs: now,
        change: event.change === "join" ? `consumer ${joined} joins` : `consumer ${event.consumer} leaves`,
        ...summarize(next),
        moved,
        lagBefore: totalLag,
        lagAtResume: Number.NaN,
        expectedGrowth: (p.producePerSecond * p.rebalancePauseMs * stopped) / total / 1000,
        drainMs: null,
        expectedDrainMs: expectedDrain(p, next, (partition) => resumeAt[partition]! > now, total),
      };
      rebalances.push(rebalance);
      open = { rebalance, resume: now + p.rebalancePauseMs };
      assignment = next;
      owners = nextOwners;
    }

    if (open && Number.isNaN(open.rebalance.lagAtResume) && now >= open.resume) open.rebalance.lagAtResume = totalLag;
    if (open && !Number.isNaN(open.rebalance.lagAtResume) && totalLag <= open.rebalance.lagBefore) {
      open.rebalance.drainMs = now - open.resume;
      open = null;
    }

    const end = now + TICK_MS;
    for (; nextArrival < end; nextArrival += arrivalGap()) {
      lag[random.int(total)]!++;
      totalLag++;
    }
    for (const [member, owned] of assignment) {
      let budget = (p.consumePerSecond * TICK_MS) / 1000 + (carry.get(member) ?? 0);
      // Rotate the starting partition so no partition starves behind the others.
      for (let k = 0; k < owned.length && budget >= 1; k++) {
        const partition = owned[(tick + k) % owned.length]!;
        if (resumeAt[partition]! > now) continue;
        const taken = Math.min(lag[partition]!, Math.floor(budget));
        lag[partition]! -= taken;
        totalLag -= taken;
        budget -= taken;
      }
      carry.set(member, budget % 1);
    }
    if (tick % sampleEvery === 0) points.push({ x: end / 1000, y: totalLag });
  }

  const chart: Chart = {
    title: `Consumer lag through ${rebalances.length} rebalance${rebalances.length === 1 ? "" : "s"} (${p.assignor})`,
    type: "step",
    x: { label: "Time", unit: "s" },
    y: { label: "Lag", unit: "messages" },
    series: [{ name: "Total lag", kind: "measured", points }],
  };
  const coarse: Chart = { ...chart, series: [{ ...chart.series[0]!, points: points.filter((_, i) => i % Math.ceil(points.length / 50) === 0) }] };
  const first = rebalances[0];

  return {
    rebalances,
    initial,
    metrics: [
      { label: "Lag added by the first rebalance", value: first ? round(first.lagAtResume - first.lagBefore) : 0, unit: "messages" },
      { label: "Produce rate x pause x stopped share", value: first ? round(first.expectedGrowth) : 0, unit: "messages" },
      { label: "Time to drain it", value: round((first?.drainMs ?? Number.NaN) / 1000), unit: "s" },
      { label: "Expected drain time", value: round((first?.expectedDrainMs ?? Number.NaN) / 1000), unit: "s" },
      { label: "Largest spread of partitions per consumer", value: Math.max(initial.spread, ...rebalances.map((r) => r.spread)), unit: "partitions" },
    ],
    figures: [
      { id: "lag", chart, table: tableFromChart(coarse, "Total lag over time, about 50 samples") },
      {
        id: "rebalances",
        chart: assignmentChart(initial, rebalances),
        table: {
          caption: "Each rebalance: the new assignment, what it moved, and the lag it caused",
          columns: [
            { label: "Time", unit: "s" },
            { label: "Change" },
            { label: "Partitions per consumer" },
            { label: "Partitions moved" },
            { label: "Lag added", unit: "messages" },
            { label: "Expected", unit: "messages" },
            { label: "Drained after", unit: "s" },
            { label: "Expected", unit: "s" },
          ],
          rows: rebalances.map((r) => [
            round(r.atMs / 1000),
            r.change,
            r.members.map((m, i) => `c${m}: ${r.counts[i]}`).join(", "),
            r.moved,
            Number.isNaN(r.lagAtResume) ? "run ended first" : round(r.lagAtResume - r.lagBefore),
            round(r.expectedGrowth),
            r.drainMs === null ? "not drained" : round(r.drainMs / 1000),
            Number.isFinite(r.expectedDrainMs) ? round(r.expectedDrainMs / 1000) : "never",
          ]),
        },
      },
    ],
  };
}

function assignmentChart(initial: Pick<Rebalance, "spread" | "counts">, rebalances: readonly Rebalance[]): Chart {
  const steps = [initial, ...rebalances];
  const point = (y: (r: Pick<Rebalance, "counts">) => number) => steps.map((r, i) => ({ x: i, y: r.counts.length === 0 ? 0 : y(r) }));
  return {
    title: "Partitions per consumer after each rebalance (0 is the start)",
    type: "bar",
    x: { label: "Rebalance", unit: "" },
    y: { label: "Partitions", unit: "partitions" },
    series: [
      { name: "Fewest on one consumer", kind: "measured", points: point((r) => Math.min(...r.counts)) },
      { name: "Most on one consumer", kind: "measured", points: point((r) => Math.max(...r.counts)) },
      { name: "Moved", kind: "measured", points: [{ x: 0, y: 0 }, ...rebalances.map((r, i) => ({ x: i + 1, y: r.moved }))] },
    ],
  };
}
