import { consistentHashingDefaults, consistentHashingParameters, simulateConsistentHashing } from "./consistent-hashing";
import { cacheHitRatioDefaults, cacheHitRatioParameters, simulateCacheHitRatio } from "./cache-hit-ratio";
import { simulateStampede, stampedeDefaults, stampedeParameters } from "./cache-stampede";
import { consumerGroupDefaults, consumerGroupParameters, simulateConsumerGroup } from "./consumer-groups";
import type { AnyLab, Lab, StudyId } from "./lab";
import { quorumDefaults, quorumParameters, simulateQuorum } from "./quorum-replication";
import { raftPartitionDefaults, raftPartitionParameters, simulateRaftPartition } from "./raft-partition";
import { rateLimiterDefaults, rateLimiterParameters, simulateRateLimiters } from "./rate-limiters";
import type { LabResult } from "./result";

/**
 * Every lab, in the order a study page shows them. A lab lives in a study: the
 * learner reads, predicts a number, runs the simulation and compares.
 */

export type { AnyLab, FieldIssue, Lab, LabRun, Prediction, StudyId } from "./lab";
export { runLab } from "./lab";
export { controlsOf, MAX_STEPS, type Control } from "./params";
export { challenges, checkChallenge, findChallenge, type ChallengeCheck, type Outcome as ChallengeOutcome } from "./challenges";
export type { Axis, Cell, Chart, Column, Figure, LabResult, Metric, Point, Series, Table } from "./result";

/** Ties a lab's parameter and result types together while it is written; the list below forgets them. */
const defineLab = <Params, Result extends LabResult>(lab: Lab<Params, Result>) => lab;

export const labs: readonly AnyLab[] = [
  defineLab({
    id: "consistent-hashing-ring",
    title: "Keys moved and load balance on a hash ring",
    study: "infrastructure/consistent-hashing",
    schema: consistentHashingParameters,
    defaults: consistentHashingDefaults,
    prediction: {
      question: "When one more node joins your ring, what share of the keys move?",
      unit: "%",
      insight:
        "A node that joins a ring of n nodes takes about 1/(n+1) of the keys, and only those move. With few tokens per node the arcs are uneven, so the newcomer's share strays from 1/(n+1); more tokens bring it closer.",
    },
    simulate: simulateConsistentHashing,
    measure: (result) => result.join.movedFraction * 100,
  }),
  defineLab({
    id: "quorum-stale-reads",
    title: "Stale reads with read and write quorums",
    study: "databases/amazon-dynamo",
    schema: quorumParameters,
    defaults: quorumDefaults,
    prediction: {
      question: "With your N, R and W, what share of reads return a stale value?",
      unit: "%",
      insight:
        "When R + W > N every read asks at least one replica that acknowledged the last write, so no read is stale. Below that, a read is stale only when every replica it asks is still behind: longer replica lag and more writes per read make that likelier.",
    },
    simulate: simulateQuorum,
    measure: (result) => result.chosen.staleFraction * 100,
  }),
  defineLab({
    id: "raft-partition",
    title: "Raft through a network partition",
    study: "databases/etcd",
    schema: raftPartitionParameters,
    defaults: raftPartitionDefaults,
    prediction: {
      question: "After the cut, how long until the majority side has a leader?",
      unit: "ms",
      insight:
        "If the leader ends up on the minority side, the majority waits until a follower's randomized election timeout runs out, then needs one round of votes: about the timeout plus a network round trip. If the leader is on the majority side, it simply stays leader.",
    },
    simulate: simulateRaftPartition,
    measure: (result) => result.partition.newLeaderAfterMs ?? Number.NaN,
  }),
  defineLab({
    id: "rate-limiters",
    title: "Token bucket and sliding windows under bursty traffic",
    study: "monitoring-observability/rate-limiter",
    schema: rateLimiterParameters,
    defaults: rateLimiterDefaults,
    prediction: {
      question: "Over the whole run, how many requests per second does the token bucket let through?",
      unit: "requests/s",
      insight:
        "Over a long run a token bucket passes at most its refill rate for each key it limits (each client, or everyone under a shared limit), plus one bucket of burst. Bursty traffic loses more than its average suggests: a burst faster than the refill rate empties the bucket, and what arrives after that is refused even when the client's average is under the limit.",
    },
    simulate: simulateRateLimiters,
    measure: (result) => result.outcomes["token-bucket"].acceptedPerSecond,
  }),
  defineLab({
    id: "consumer-group-rebalance",
    title: "Consumer group rebalances and lag",
    study: "messaging-streaming/kafka",
    schema: consumerGroupParameters,
    defaults: consumerGroupDefaults,
    prediction: {
      question: "How many messages of lag does the first rebalance add?",
      unit: "messages",
      insight:
        "Producers keep writing while the group is paused, so the lag grows by about the produce rate times the pause on every partition that stopped: all of them with the eager assignors, only the moved ones with cooperative-sticky.",
    },
    simulate: simulateConsumerGroup,
    measure: (result) => {
      const first = result.rebalances[0];
      return first ? first.lagAtResume - first.lagBefore : Number.NaN;
    },
  }),
  defineLab({
    id: "cache-hit-ratio",
    title: "LRU and LFU hit ratio under a Zipf workload",
    study: "databases/memcached",
    schema: cacheHitRatioParameters,
    defaults: cacheHitRatioDefaults,
    prediction: {
      question: "What hit ratio does an LRU cache of your size reach?",
      unit: "%",
      insight:
        "Under a Zipf workload a few keys take most requests, so even a small cache hits often, more so as the exponent grows. LRU stays below the ideal cache that keeps the most popular keys; Che's approximation predicts LRU closely.",
    },
    simulate: simulateCacheHitRatio,
    measure: (result) => result.chosen.lru * 100,
  }),
  defineLab({
    id: "cache-stampede",
    title: "A stampede when a hot key expires",
    study: "databases/memcached",
    schema: stampedeParameters,
    defaults: stampedeDefaults,
    prediction: {
      question: "With no protection, how many requests reach the database at once when the hot key expires?",
      unit: "requests",
      insight:
        "Every request that arrives while the first reload is still running misses too, so about the request rate times the database's load time reach it at once. Coalescing the misses, or refreshing early, brings that down to one or a few.",
    },
    simulate: simulateStampede,
    measure: (result) => result.outcomes.none.meanPeakConcurrent,
  }),
];

export function findLab(id: string): AnyLab | undefined {
  return labs.find((lab) => lab.id === id);
}

export function labsForStudy(study: StudyId): AnyLab[] {
  return labs.filter((lab) => lab.study === study);
}
