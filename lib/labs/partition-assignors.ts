/**
 * Kafka's consumer-group assignors for a group whose members all subscribe
 * to the same topics. Partitions are numbered topic by topic: partition p of
 * topic t is t * partitionsPerTopic + p. Members are ordered by id, as Kafka
 * orders them by member id.
 */

export type AssignorKind = "range" | "round-robin" | "sticky" | "cooperative-sticky";

/** Member id to the partitions it owns, ascending. */
export type Assignment = ReadonlyMap<number, readonly number[]>;

export interface Topics {
  topics: number;
  partitionsPerTopic: number;
}

/**
 * RangeAssignor: per topic, contiguous ranges in member order, the first
 * members taking one extra when the count does not divide. The extras land on
 * the same members for every topic, which is why range assignment drifts out
 * of balance as topics are added.
 */
function rangeAssign(members: readonly number[], { topics, partitionsPerTopic }: Topics): Map<number, number[]> {
  const assignment = new Map(members.map((m) => [m, [] as number[]]));
  const share = Math.floor(partitionsPerTopic / members.length);
  const extra = partitionsPerTopic % members.length;
  for (let topic = 0; topic < topics; topic++) {
    members.forEach((member, i) => {
      const start = i * share + Math.min(i, extra);
      const count = share + (i < extra ? 1 : 0);
      for (let p = start; p < start + count; p++) assignment.get(member)!.push(topic * partitionsPerTopic + p);
    });
  }
  return assignment;
}

/** RoundRobinAssignor: every partition of every topic dealt in turn. */
function roundRobinAssign(members: readonly number[], { topics, partitionsPerTopic }: Topics): Map<number, number[]> {
  const assignment = new Map(members.map((m) => [m, [] as number[]]));
  for (let partition = 0; partition < topics * partitionsPerTopic; partition++) {
    assignment.get(members[partition % members.length]!)!.push(partition);
  }
  return assignment;
}

/**
 * StickyAssignor for equal subscriptions: as balanced as round-robin (counts
 * differ by at most one) while keeping as many previous partitions as that
 * allows. Members keep their partitions up to their quota, the members that
 * owned the most get the larger quotas, and the rest is dealt to whoever is
 * below quota.
 */
function stickyAssign(members: readonly number[], { topics, partitionsPerTopic }: Topics, previous: Assignment): Map<number, number[]> {
  const total = topics * partitionsPerTopic;
  const minQuota = Math.floor(total / members.length);
  let largerQuotas = total % members.length;
  const assignment = new Map(members.map((m) => [m, [] as number[]]));
  const taken = new Set<number>();

  const byOwned = [...members].sort((a, b) => (previous.get(b)?.length ?? 0) - (previous.get(a)?.length ?? 0) || a - b);
  for (const member of byOwned) {
    const owned = previous.get(member) ?? [];
    let quota = minQuota;
    if (owned.length > minQuota && largerQuotas > 0) {
      quota = minQuota + 1;
      largerQuotas--;
    }
    for (const partition of owned.slice(0, quota)) {
      assignment.get(member)!.push(partition);
      taken.add(partition);
    }
  }

  const free: number[] = [];
  for (let partition = 0; partition < total; partition++) if (!taken.has(partition)) free.push(partition);
  let next = 0;
  for (const member of members) {
    const mine = assignment.get(member)!;
    while (mine.length < minQuota) mine.push(free[next++]!);
  }
  for (const member of members) {
    if (next >= free.length) break;
    const mine = assignment.get(member)!;
    if (mine.length === minQuota && largerQuotas > 0) {
      mine.push(free[next++]!);
      largerQuotas--;
    }
  }
  for (const mine of assignment.values()) mine.sort((a, b) => a - b);
  return assignment;
}

export function assignPartitions(kind: AssignorKind, members: readonly number[], topics: Topics, previous: Assignment): Assignment {
  const ordered = [...members].sort((a, b) => a - b);
  if (ordered.length === 0) return new Map();
  if (kind === "range") return rangeAssign(ordered, topics);
  if (kind === "round-robin") return roundRobinAssign(ordered, topics);
  // The cooperative protocol changes how a rebalance runs, not who gets what.
  return stickyAssign(ordered, topics, previous);
}

/** Partition to owner, -1 for none. */
export function ownersOf(assignment: Assignment, partitions: number): Int32Array {
  const owners = new Int32Array(partitions).fill(-1);
  for (const [member, owned] of assignment) for (const partition of owned) owners[partition] = member;
  return owners;
}
