import { describe, expect, it } from "vitest";
import { RaftCluster } from "./raft-cluster";
import { createRandom } from "./random";

const timing = { electionTimeoutMinMs: 150, electionTimeoutMaxMs: 300, heartbeatMs: 50, networkDelayMinMs: 5, networkDelayMaxMs: 15 };

describe("RaftCluster", () => {
  it("elects one leader, which replicates and commits a client's command on every node", () => {
    const cluster = new RaftCluster(3, timing, createRandom(1));
    cluster.runUntil(1000);
    const [leader, ...others] = cluster.leaders();
    expect(leader).toBeDefined();
    expect(others).toEqual([]);
    expect(cluster.propose(leader!.id, 42)).toBe(true);
    cluster.runUntil(2000);
    for (const node of cluster.nodes) {
      expect(node.log.map((entry) => entry.command)).toEqual([0, 42]);
      expect(node.commitIndex).toBe(2);
    }
    expect(cluster.violations).toEqual([]);
  });

  it("a follower refuses client commands", () => {
    const cluster = new RaftCluster(3, timing, createRandom(1));
    cluster.runUntil(1000);
    const follower = cluster.nodes.find((node) => node.role === "follower")!;
    expect(cluster.propose(follower.id, 7)).toBe(false);
  });

  it("stops at its event budget, so no timing can make a run unbounded", () => {
    // Timeouts shorter than the network delay: elections never finish and never stop.
    const storm = { electionTimeoutMinMs: 2, electionTimeoutMaxMs: 3, heartbeatMs: 1, networkDelayMinMs: 10, networkDelayMaxMs: 50 };
    const cluster = new RaftCluster(9, storm, createRandom(1), {}, 2_000);
    cluster.runUntil(60_000);
    expect(cluster.budgetExhausted).toBe(true);
    expect(cluster.processedEvents).toBe(2_000);
  });
});
