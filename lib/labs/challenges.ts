import type { ConsistentHashingParams, ConsistentHashingResult } from "./consistent-hashing";
import { findLab, type FieldIssue } from "./index";
import { runLab, type AnyLab } from "./lab";
import { controlsOf } from "./params";
import type { QuorumParams, QuorumResult } from "./quorum-replication";

/**
 * Challenges an instructor can set on a lab: a goal, the parameters it fixes,
 * and a score where lower is better. `checkChallenge` decides an attempt from
 * the learner's parameters and seed alone, by running the simulation again
 * (it is deterministic), so a result a browser claims is never needed or
 * taken.
 */
export interface Outcome {
  met: boolean;
  /** Lower is better; compare only attempts that met the goal. */
  score: number;
  /** The attempt in words, for the roster: "12 tokens per node: busiest node 1.08x the mean". */
  detail: string;
}

interface Challenge<Params, Result> {
  id: string;
  labId: string;
  title: string;
  goal: string;
  /** What the score counts, e.g. "tokens per node". */
  scoreUnit: string;
  /** Parameters the challenge sets: an attempt with other values for them is refused. */
  fixed: Partial<Params>;
  /**
   * The seed every attempt runs, so learners in a class are compared on the
   * same random draws and a lucky seed cannot stand in for a better design.
   */
  seed: number;
  evaluate(params: Params, result: Result): Outcome;
}

type AnyChallenge = Challenge<Record<string, unknown>, unknown>;

const defineChallenge = <Params, Result>(challenge: Challenge<Params, Result>) => challenge as unknown as AnyChallenge;
const times = (value: number) => `${Math.round(value * 1000) / 1000}x`;

export const challenges: readonly AnyChallenge[] = [
  defineChallenge<ConsistentHashingParams, ConsistentHashingResult>({
    id: "ring-balance-10-nodes",
    labId: "consistent-hashing-ring",
    title: "Balance a ring of 10 nodes",
    goal: "With 10 nodes and 100,000 keys, use the fewest tokens per node that keep the busiest node under 1.1 times the mean load.",
    scoreUnit: "tokens per node",
    fixed: { nodes: 10, keys: 100_000 },
    seed: 1,
    evaluate: (params, result) => {
      const chosen = result.balance.find((b) => b.tokensPerNode === params.tokensPerNode)!;
      const tokens = params.tokensPerNode;
      return {
        met: chosen.maxOverMean < 1.1,
        score: tokens,
        detail: `${tokens} ${tokens === 1 ? "token" : "tokens"} per node: busiest node ${times(chosen.maxOverMean)} the mean`,
      };
    },
  }),
  defineChallenge<QuorumParams, QuorumResult>({
    id: "quorum-no-stale-reads",
    labId: "quorum-stale-reads",
    title: "No stale reads, as cheaply as possible",
    goal: "With 3 replicas, 50 ms of mean replica lag, 20 writes and 100 reads per second, reach zero stale reads while asking as few replicas as you can: the smallest R + W.",
    scoreUnit: "replicas asked (R + W)",
    fixed: { replicas: 3, meanLagMs: 50, writesPerSecond: 20, readsPerSecond: 100 },
    seed: 1,
    evaluate: (params, result) => ({
      met: result.chosen.staleFraction === 0,
      score: params.readQuorum + params.writeQuorum,
      detail: `R = ${params.readQuorum}, W = ${params.writeQuorum}: ${Math.round(result.chosen.staleFraction * 10_000) / 100}% stale reads`,
    }),
  }),
];

export function findChallenge(id: string): AnyChallenge | undefined {
  return challenges.find((c) => c.id === id);
}

export type ChallengeCheck = ({ ok: true; params: Record<string, unknown>; seed: number } & Outcome) | { ok: false; issues: FieldIssue[] };

/** Decides an attempt: valid parameters for the lab, the challenge's fixed values kept, then the run's outcome. */
export function checkChallenge(challengeId: string, params: unknown, seed: unknown): ChallengeCheck {
  const challenge = findChallenge(challengeId);
  const lab: AnyLab | undefined = challenge ? findLab(challenge.labId) : undefined;
  if (!challenge || !lab) return { ok: false, issues: [{ field: "", message: `There is no challenge '${challengeId}'` }] };
  const run = runLab(lab, params, seed);
  if (!run.ok) return run;
  const given = run.params as Record<string, unknown>;
  const broken = Object.entries(challenge.fixed).filter(([name, value]) => given[name] !== value);
  if (broken.length > 0) {
    const controls = new Map(controlsOf(lab.schema).map(({ name, control }) => [name, control]));
    const describe = (name: string, value: unknown) => {
      const control = controls.get(name);
      const label = control ? control.label.charAt(0).toLowerCase() + control.label.slice(1) : name;
      const unit = control && control.kind !== "choice" && control.unit ? ` ${control.unit}` : "";
      return `This challenge sets ${label} to ${typeof value === "number" ? value.toLocaleString("en-US") : String(value)}${unit}.`;
    };
    return { ok: false, issues: broken.map(([name, value]) => ({ field: name, message: describe(name, value) })) };
  }
  if (run.seed !== challenge.seed) return { ok: false, issues: [{ field: "seed", message: `This challenge runs seed ${challenge.seed}.` }] };
  return { ok: true, params: given, seed: run.seed, ...challenge.evaluate(given, run.result) };
}
