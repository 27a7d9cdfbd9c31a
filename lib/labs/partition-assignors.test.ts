import { describe, expect, it } from "vitest";
import { type Assignment, type AssignorKind, assignPartitions, ownersOf } from "./partition-assignors";

const KINDS: readonly AssignorKind[] = ["range", "round-robin", "sticky", "cooperative-sticky"];
const spread = (assignment: Assignment) => {
  const counts = [...assignment.values()].map((owned) => owned.length);
  return Math.max(...counts) - Math.min(...counts);
};
const moved = (before: Assignment, after: Assignment, partitions: number) => {
  const a = ownersOf(before, partitions);
  const b = ownersOf(after, partitions);
  return a.filter((owner, partition) => owner !== b[partition]).length;
};
const members = (count: number) => Array.from({ length: count }, (_, i) => i + 1);

describe("partition assignors", () => {
  it("give every partition to exactly one member of the group", () => {
    for (const kind of KINDS)
      for (const topics of [1, 3])
        for (const partitionsPerTopic of [1, 5, 12])
          for (const count of [1, 2, 4, 7]) {
            const assignment = assignPartitions(kind, members(count), { topics, partitionsPerTopic }, new Map());
            const owned = [...assignment.values()].flat().sort((a, b) => a - b);
            expect(owned, `${kind} ${topics}x${partitionsPerTopic} over ${count}`).toEqual(Array.from({ length: topics * partitionsPerTopic }, (_, i) => i));
            expect([...assignment.keys()].sort()).toEqual(members(count));
          }
  });

  it("round-robin and sticky keep every member within one partition of the others", () => {
    for (const kind of ["round-robin", "sticky", "cooperative-sticky"] as const)
      for (const topics of [1, 2, 5])
        for (const count of [2, 3, 4, 7])
          expect(spread(assignPartitions(kind, members(count), { topics, partitionsPerTopic: 6 }, new Map())), `${kind} ${topics} topics, ${count} members`).toBeLessThanOrEqual(1);
  });

  it("range balances one topic, but gives the same members the extra partition of every topic", () => {
    expect(spread(assignPartitions("range", members(4), { topics: 1, partitionsPerTopic: 6 }, new Map()))).toBe(1);
    // 6 partitions over 4 members: members 1 and 2 take one extra per topic.
    const assignment = assignPartitions("range", members(4), { topics: 5, partitionsPerTopic: 6 }, new Map());
    expect([...assignment.values()].map((owned) => owned.length)).toEqual([10, 10, 5, 5]);
  });

  it("sticky moves only what balance requires: the joiner's share, or the leaver's partitions", () => {
    const topics = { topics: 2, partitionsPerTopic: 6 };
    let group = members(3);
    let assignment = assignPartitions("sticky", group, topics, new Map());
    const steps: [string, number[]][] = [
      ["join", [...group, 4]],
      ["join", [1, 2, 3, 4, 5]],
      ["leave", [1, 3, 4, 5]],
      ["leave", [1, 4, 5]],
      ["join", [1, 4, 5, 6]],
    ];
    for (const [change, next] of steps) {
      const after = assignPartitions("sticky", next, topics, assignment);
      const joiner = next.find((m) => !group.includes(m));
      const leaver = group.find((m) => !next.includes(m));
      const minimal = change === "join" ? after.get(joiner!)!.length : assignment.get(leaver!)!.length;
      expect(moved(assignment, after, 12), `${change} to ${next.join(",")}`).toBe(minimal);
      expect(spread(after)).toBeLessThanOrEqual(1);
      group = next;
      assignment = after;
    }
  });

  it("round-robin reshuffles most partitions on a join; sticky moves three of twelve", () => {
    const topics = { topics: 2, partitionsPerTopic: 6 };
    const before = assignPartitions("round-robin", members(3), topics, new Map());
    expect(moved(before, assignPartitions("round-robin", members(4), topics, before), 12)).toBe(9);
    const stickyBefore = assignPartitions("sticky", members(3), topics, new Map());
    expect(moved(stickyBefore, assignPartitions("sticky", members(4), topics, stickyBefore), 12)).toBe(3);
  });

  it("leaves members without partitions when there are more members than partitions", () => {
    const assignment = assignPartitions("sticky", members(5), { topics: 1, partitionsPerTopic: 3 }, new Map());
    expect([...assignment.values()].map((owned) => owned.length).sort()).toEqual([0, 0, 1, 1, 1]);
  });
});
