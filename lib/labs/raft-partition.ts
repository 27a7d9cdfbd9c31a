import type { z } from "zod";
import { EventQueue } from "./event-queue";
import { choice, decimal, labParameters, MAX_STEPS, wholeNumber } from "./params";
import { type Entry, RaftCluster, type RaftTiming } from "./raft-cluster";
import { createRandom, deriveSeed } from "./random";
import { type Chart, type LabResult, round, tableFromChart } from "./result";

/**
 * A Raft cluster that is cut in two and then healed, with clients proposing
 * to whichever node believes it leads. Beside it, many cold-start elections
 * give the distribution of the time to elect a leader.
 */

export const raftPartitionParameters = labParameters(
  {
    nodes: wholeNumber({ label: "Nodes", min: 3, max: 9 }),
    electionTimeoutMinMs: decimal({ label: "The shortest election timeout", min: 1, max: 10_000, unit: "ms" }),
    electionTimeoutMaxMs: decimal({ label: "The longest election timeout", min: 1, max: 10_000, unit: "ms" }),
    heartbeatMs: decimal({ label: "The heartbeat interval", min: 1, max: 5_000, unit: "ms" }),
    networkDelayMinMs: decimal({ label: "The shortest network delay", min: 0, max: 1_000, unit: "ms" }),
    networkDelayMaxMs: decimal({ label: "The longest network delay", min: 0, max: 1_000, unit: "ms" }),
    proposalsPerSecond: decimal({ label: "Client proposals per second", min: 0, max: 1_000 }),
    partitionAtMs: decimal({ label: "The start of the partition", min: 0, max: 60_000, unit: "ms" }),
    healAtMs: decimal({ label: "The end of the partition", min: 0, max: 60_000, unit: "ms" }),
    durationMs: decimal({ label: "The run length", min: 100, max: 60_000, unit: "ms" }),
    leaderSide: choice("The leader's side of the partition", ["minority", "majority"]),
    electionTrials: wholeNumber({ label: "Election trials", min: 10, max: 2_000 }),
  },
  {
    check: (p, report) => {
      if (p.electionTimeoutMinMs > p.electionTimeoutMaxMs)
        report("electionTimeoutMinMs", "The shortest election timeout cannot be longer than the longest");
      if (p.networkDelayMinMs > p.networkDelayMaxMs) report("networkDelayMinMs", "The shortest network delay cannot be longer than the longest");
      // Raft needs broadcast time << election timeout; at least the heartbeat must come first.
      if (p.heartbeatMs >= p.electionTimeoutMinMs)
        report("heartbeatMs", "The heartbeat interval must be shorter than the shortest election timeout, or followers give up on a healthy leader");
      if (p.partitionAtMs >= p.healAtMs) report("healAtMs", "The partition must end after it starts");
      if (p.healAtMs >= p.durationMs) report("durationMs", "The run must last beyond the end of the partition, to see the cluster heal");
    },
    steps: (p) => raftPartitionSteps(p),
    advice: "Use fewer election trials, fewer proposals per second, a longer heartbeat interval or a shorter run.",
  },
);

export type RaftPartitionParams = z.output<typeof raftPartitionParameters>;

/**
 * A Raft event (a message or a timer) costs about two steps, and the trials and
 * the partition run each get half the budget: a hard cap whatever the timing.
 */
const EVENT_CAP = MAX_STEPS / 4;

/** What the work of a run depends on (spelled out: deriving it from the schema would make the schema refer to itself). */
interface RunSize {
  nodes: number;
  electionTimeoutMinMs: number;
  electionTimeoutMaxMs: number;
  heartbeatMs: number;
  proposalsPerSecond: number;
  durationMs: number;
  electionTrials: number;
}

/** An estimate of the events a run processes, to refuse runs that are plainly too big; the engine's event cap is the hard bound. */
export function raftPartitionSteps(p: RunSize): number {
  // Two leaders may replicate at once, one on each side of the cut; each
  // message has a reply, and each one received restarts a follower's timer.
  const perLeaderPerMs = 3 * (p.nodes - 1) * (1 / p.heartbeatMs + p.proposalsPerSecond / 1000);
  const electionsPerMs = (2 * p.nodes * p.nodes) / p.electionTimeoutMinMs;
  const run = (p.durationMs + settleMs(p)) * (2 * perLeaderPerMs + electionsPerMs);
  return 2 * (run + p.electionTrials * 12 * p.nodes * p.nodes);
}

export const raftPartitionDefaults: RaftPartitionParams = {
  nodes: 5,
  electionTimeoutMinMs: 150,
  electionTimeoutMaxMs: 300,
  heartbeatMs: 50,
  networkDelayMinMs: 5,
  networkDelayMaxMs: 15,
  proposalsPerSecond: 20,
  partitionAtMs: 1000,
  healAtMs: 3000,
  durationMs: 5000,
  leaderSide: "minority",
  electionTrials: 200,
};

export interface ElectionStats {
  trials: number;
  /** Trials that elected a leader before giving up (after 50 longest timeouts, or at the trial's share of the event cap). */
  elected: number;
  meanMs: number;
  medianMs: number;
  /** Share of elections won in term 1, that is, without a split vote. */
  firstTermShare: number;
  /** The mean of the earliest of N uniform timeouts: min + (max - min) / (N + 1). */
  expectedFirstTimeoutMs: number;
  timesMs: readonly number[];
}

export interface PartitionOutcome {
  /** Node ids count from 0; the figures name them from 1. */
  leaderAtPartition: number | null;
  minority: readonly number[];
  majority: readonly number[];
  /** From the cut to a leader on the majority side: 0 if the old leader is there, null if none was elected. */
  newLeaderAfterMs: number | null;
  /**
   * Entries the minority side commits during the cut that it could not have
   * completed on its own side. The old leader may still commit an entry that
   * enough majority-side nodes held before the cut: copying it to the minority
   * followers then completes a majority without crossing the cut. Anything
   * newer needs a majority-side copy made after the cut, which cannot happen.
   */
  minorityNewCommits: number;
  /** Entries committed on the majority side during the cut beyond what was committed anywhere before it. */
  majorityNewCommits: number;
  /** Commands the minority side's stale leader accepted during the cut, and how many of them ever committed. */
  minorityProposalsAccepted: number;
  minorityProposalsCommitted: number;
}

export interface RaftPartitionResult extends LabResult {
  elections: ElectionStats;
  partition: PartitionOutcome;
  /** After the clients stop and the cluster settles: every log identical and fully committed. */
  converged: boolean;
  /** Every entry the majority had committed when the cut healed is in every final log, at the same index. */
  keepsMajorityCommits: boolean;
  violations: readonly string[];
  /** The event budget ran out, so the run ended early (only with extreme timing). */
  stoppedEarly: boolean;
  /** Steps used, trials included, two per event as the schema counts them. */
  steps: number;
}

/** Quiet time after the clients stop, long enough for a few election rounds and for followers to learn the commit index. */
function settleMs(p: { electionTimeoutMaxMs: number; heartbeatMs: number }): number {
  return 5 * p.electionTimeoutMaxMs + 10 * p.heartbeatMs;
}

function timingOf(p: RaftPartitionParams): RaftTiming {
  return {
    electionTimeoutMinMs: p.electionTimeoutMinMs,
    electionTimeoutMaxMs: p.electionTimeoutMaxMs,
    heartbeatMs: p.heartbeatMs,
    networkDelayMinMs: p.networkDelayMinMs,
    networkDelayMaxMs: p.networkDelayMaxMs,
  };
}

function runElections(p: RaftPartitionParams, seed: number): ElectionStats & { steps: number } {
  const budget = EVENT_CAP / p.electionTrials;
  const won: { timeMs: number; term: number }[] = [];
  let steps = 0;
  for (let trial = 0; trial < p.electionTrials; trial++) {
    let first: { timeMs: number; term: number } | null = null;
    const cluster = new RaftCluster(
      p.nodes,
      timingOf(p),
      createRandom(deriveSeed(seed, 2, trial)),
      { onLeader: (_, term, time) => (first ??= { timeMs: time, term }) },
      budget,
    );
    cluster.runUntil(50 * p.electionTimeoutMaxMs, () => first !== null);
    if (first) won.push(first);
    steps += cluster.processedEvents;
  }
  const times = won.map((w) => w.timeMs).sort((a, b) => a - b);
  return {
    trials: p.electionTrials,
    elected: won.length,
    meanMs: times.reduce((sum, t) => sum + t, 0) / times.length,
    medianMs: times[Math.floor(times.length / 2)] ?? Number.NaN,
    firstTermShare: won.filter((w) => w.term === 1).length / p.electionTrials,
    expectedFirstTimeoutMs: p.electionTimeoutMinMs + (p.electionTimeoutMaxMs - p.electionTimeoutMinMs) / (p.nodes + 1),
    timesMs: times,
    steps,
  };
}

type Action = "partition" | "heal" | "sample" | "propose";

const sameEntry = (a: Entry | undefined, b: Entry | undefined) => a?.term === b?.term && a?.command === b?.command;

/**
 * The largest minority the cut can make, holding the current leader or not.
 * Which followers join it does not matter: they are interchangeable.
 */
function chooseMinority(nodes: number, leader: number | null, leaderSide: RaftPartitionParams["leaderSide"]): number[] {
  const size = Math.floor((nodes - 1) / 2);
  const followers = Array.from({ length: nodes }, (_, id) => id).filter((id) => id !== leader);
  return leaderSide === "minority" && leader !== null ? [leader, ...followers.slice(0, size - 1)] : followers.slice(0, size);
}

/** The highest index of `log` whose majority-side copies, with every minority node, would make a majority. */
function completableOnMinority(cluster: RaftCluster, log: readonly Entry[], majoritySide: readonly number[]): number {
  const needed = Math.floor(cluster.nodes.length / 2) + 1 - (cluster.nodes.length - majoritySide.length);
  for (let index = log.length; index > 0; index--) {
    const copies = majoritySide.filter((id) => sameEntry(cluster.nodes[id]!.log[index - 1], log[index - 1])).length;
    if (copies >= needed) return index;
  }
  return 0;
}

export function simulateRaftPartition(p: RaftPartitionParams, seed: number): RaftPartitionResult {
  const { steps: electionSteps, ...elections } = runElections(p, seed);

  let side: ("minority" | "majority")[] = [];
  let cut = false;
  const newCommitsAbove = { minority: 0, majority: 0 };
  let newLeaderAt: number | null = null;
  const newCommits = { minority: new Set<number>(), majority: new Set<number>() };
  const minorityCommands = new Set<number>();
  const minorityCommandsCommitted = new Set<number>();

  const cluster = new RaftCluster(
    p.nodes,
    timingOf(p),
    createRandom(deriveSeed(seed, 1)),
    {
      onLeader: (node, _, time) => {
        if (cut && side[node] === "majority") newLeaderAt ??= time;
      },
      onCommit: (node, index, entry) => {
        if (cut && index > newCommitsAbove[side[node]!]) newCommits[side[node]!].add(index);
        if (minorityCommands.has(entry.command)) minorityCommandsCommitted.add(entry.command);
      },
    },
    EVENT_CAP,
  );

  // The scenario's own timeline: the cut, the heal, samples for the chart and client proposals.
  const timeline = new EventQueue<Action>();
  timeline.push(p.partitionAtMs, "partition");
  timeline.push(p.healAtMs, "heal");
  const sampleEvery = p.durationMs / 100;
  for (let i = 0; i <= 100; i++) timeline.push(i * sampleEvery, "sample");
  if (p.proposalsPerSecond > 0) for (let t = 1000 / p.proposalsPerSecond; t < p.durationMs; t += 1000 / p.proposalsPerSecond) timeline.push(t, "propose");

  const samples: { time: number; commits: number[] }[] = [];
  let leaderAtPartition: number | null = null;
  let committedAtHeal: Entry[] = [];
  let command = 1;
  const minority: number[] = [];
  const majority: number[] = [];

  for (let next = timeline.pop(); next && !cluster.budgetExhausted; next = timeline.pop()) {
    cluster.runUntil(next.time);
    switch (next.value) {
      case "partition": {
        // A stale leader of an older term may linger; the newest one is the leader.
        const leader = cluster.leaders().sort((a, b) => b.term - a.term)[0];
        leaderAtPartition = leader?.id ?? null;
        minority.push(...chooseMinority(p.nodes, leaderAtPartition, p.leaderSide));
        majority.push(...cluster.nodes.map((n) => n.id).filter((id) => !minority.includes(id)));
        side = cluster.nodes.map((n) => (minority.includes(n.id) ? "minority" : "majority"));
        if (leader && side[leader.id] === "majority") newLeaderAt = next.time;
        newCommitsAbove.majority = Math.max(...cluster.nodes.map((n) => n.commitIndex));
        newCommitsAbove.minority = Math.max(newCommitsAbove.majority, completableOnMinority(cluster, leader?.log ?? [], majority));
        cut = true;
        cluster.setLinks((from, to) => side[from] === side[to]);
        break;
      }
      case "heal": {
        const ahead = majority.map((id) => cluster.nodes[id]!).sort((a, b) => b.commitIndex - a.commitIndex)[0]!;
        committedAtHeal = ahead.log.slice(0, ahead.commitIndex);
        cut = false;
        cluster.setLinks(() => true);
        break;
      }
      case "sample":
        samples.push({ time: next.time, commits: cluster.nodes.map((n) => n.commitIndex) });
        break;
      case "propose":
        for (const leader of cluster.leaders()) {
          if (cut && side[leader.id] === "minority") minorityCommands.add(command);
          cluster.propose(leader.id, command++);
        }
        break;
    }
  }
  cluster.runUntil(p.durationMs + settleMs(p));

  const reference = cluster.nodes[0]!.log;
  const converged = cluster.nodes.every(
    (n) => n.commitIndex === n.log.length && n.log.length === reference.length && n.log.every((entry, i) => sameEntry(entry, reference[i])),
  );
  const keepsMajorityCommits = cluster.nodes.every((n) => committedAtHeal.every((entry, i) => sameEntry(entry, n.log[i])));
  const partition: PartitionOutcome = {
    leaderAtPartition,
    minority,
    majority,
    newLeaderAfterMs: newLeaderAt === null ? null : newLeaderAt - p.partitionAtMs,
    minorityNewCommits: newCommits.minority.size,
    majorityNewCommits: newCommits.majority.size,
    minorityProposalsAccepted: minorityCommands.size,
    minorityProposalsCommitted: minorityCommandsCommitted.size,
  };

  return {
    elections,
    partition,
    converged,
    keepsMajorityCommits,
    violations: cluster.violations,
    stoppedEarly: cluster.budgetExhausted,
    steps: 2 * (electionSteps + cluster.processedEvents),
    metrics: [
      { label: "Time from the cut to a leader on the majority side", value: round(partition.newLeaderAfterMs ?? Number.NaN), unit: "ms" },
      { label: "New entries committed on the minority side during the cut", value: partition.minorityNewCommits, unit: "entries" },
      { label: "New entries committed on the majority side during the cut", value: partition.majorityNewCommits, unit: "entries" },
      { label: "Minority-side proposals ever committed", value: partition.minorityProposalsCommitted, unit: `of ${minorityCommands.size}` },
      { label: "Mean time to elect a leader from a cold start", value: round(elections.meanMs), unit: "ms" },
      { label: "Mean of the earliest timeout, min + (max - min)/(N + 1)", value: round(elections.expectedFirstTimeoutMs), unit: "ms" },
      { label: "Elections won without a split vote", value: round(elections.firstTermShare * 100), unit: "%" },
    ],
    figures: [commitFigure(samples, minority), electionFigure(elections)],
  };
}

function commitFigure(samples: readonly { time: number; commits: readonly number[] }[], minority: readonly number[]) {
  const nodes = samples[0]?.commits.length ?? 0;
  const chart: Chart = {
    title: "Committed entries on each node through the partition",
    type: "step",
    x: { label: "Time", unit: "ms" },
    y: { label: "Commit index", unit: "entries" },
    series: Array.from({ length: nodes }, (_, id) => ({
      name: `Node ${id + 1} (${minority.includes(id) ? "minority" : "majority"})`,
      kind: "measured",
      points: samples.map((s) => ({ x: s.time, y: s.commits[id]! })),
    })),
  };
  const everyTenth: Chart = { ...chart, series: chart.series.map((s) => ({ ...s, points: s.points.filter((_, i) => i % 10 === 0) })) };
  return { id: "commits", chart, table: tableFromChart(everyTenth, "Commit index of each node, every tenth of the run") };
}

function electionFigure(elections: ElectionStats) {
  const times = elections.timesMs;
  const low = Math.floor(times[0] ?? 0);
  const width = Math.max(1, Math.ceil(((times[times.length - 1] ?? low) - low + 1) / 12));
  const counts = new Map<number, number>();
  for (const time of times) {
    const bin = low + Math.floor((time - low) / width) * width;
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  const chart: Chart = {
    title: `Time to elect a leader from a cold start, over ${elections.trials} trials`,
    type: "bar",
    x: { label: "Election time (start of a bin)", unit: "ms" },
    y: { label: "Trials", unit: "trials" },
    series: [{ name: "Trials", kind: "measured", points: [...counts].map(([x, y]) => ({ x, y })) }],
  };
  return { id: "elections", chart, table: tableFromChart(chart, `Trials by election time, in bins of ${width} ms`) };
}
