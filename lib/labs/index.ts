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
export { MAX_STEPS } from "./params";
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
    prediction: { question: "When one more node joins your ring, what share of the keys move?", unit: "%" },
    simulate: simulateConsistentHashing,
    measure: (result) => result.join.movedFraction * 100,
  }),
  defineLab({
    id: "quorum-stale-reads",
    title: "Stale reads with read and write quorums",
    study: "databases/amazon-dynamo",
    schema: quorumParameters,
    defaults: quorumDefaults,
    prediction: { question: "With your N, R and W, what share of reads return a stale value?", unit: "%" },
    simulate: simulateQuorum,
    measure: (result) => result.chosen.staleFraction * 100,
  }),
  defineLab({
    id: "raft-partition",
    title: "Raft through a network partition",
    study: "databases/etcd",
    schema: raftPartitionParameters,
    defaults: raftPartitionDefaults,
    prediction: { question: "After the cut, how long until the majority side has a leader?", unit: "ms" },
    simulate: simulateRaftPartition,
    measure: (result) => result.partition.newLeaderAfterMs ?? Number.NaN,
  }),
  defineLab({
    id: "rate-limiters",
    title: "Token bucket and sliding windows under bursty traffic",
    study: "monitoring-observability/rate-limiter",
    schema: rateLimiterParameters,
    defaults: rateLimiterDefaults,
    prediction: { question: "Over the whole run, how many requests per second does the token bucket let through?", unit: "requests/s" },
    simulate: simulateRateLimiters,
    measure: (result) => result.outcomes["token-bucket"].acceptedPerSecond,
  }),
  defineLab({
    id: "consumer-group-rebalance",
    title: "Consumer group rebalances and lag",
    study: "messaging-streaming/kafka",
    schema: consumerGroupParameters,
    defaults: consumerGroupDefaults,
    prediction: { question: "How many messages of lag does the first rebalance add?", unit: "messages" },
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
    prediction: { question: "What hit ratio does an LRU cache of your size reach?", unit: "%" },
    simulate: simulateCacheHitRatio,
    measure: (result) => result.chosen.lru * 100,
  }),
  defineLab({
    id: "cache-stampede",
    title: "A stampede when a hot key expires",
    study: "databases/memcached",
    schema: stampedeParameters,
    defaults: stampedeDefaults,
    prediction: { question: "With no protection, how many requests reach the database at once when the hot key expires?", unit: "requests" },
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
