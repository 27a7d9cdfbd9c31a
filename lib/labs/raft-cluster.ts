import { EventQueue } from "./event-queue";
import type { Random } from "./random";

/**
 * Raft as in the extended paper (Ongaro and Ousterhout, 2014, figure 2):
 * leader election and log replication over a network that delays messages by
 * a random amount (so it also reorders them) and drops them across a cut link.
 * Like etcd, a new leader appends an empty entry so it can commit, and learn,
 * everything before its term without waiting for a client. Not modelled:
 * crashes, snapshots, membership changes, PreVote and CheckQuorum.
 */

export interface RaftTiming {
  electionTimeoutMinMs: number;
  electionTimeoutMaxMs: number;
  heartbeatMs: number;
  networkDelayMinMs: number;
  networkDelayMaxMs: number;
}

export interface Entry {
  term: number;
  /** 0 is a new leader's empty entry; clients' commands are positive. */
  command: number;
}

type Role = "follower" | "candidate" | "leader";

type Message =
  | { type: "request-vote"; term: number; lastIndex: number; lastTerm: number }
  | { type: "vote"; term: number; granted: boolean }
  | { type: "append"; term: number; prevIndex: number; prevTerm: number; entries: Entry[]; leaderCommit: number }
  | { type: "append-reply"; term: number; success: boolean; matchIndex: number; hint: number };

type Event =
  | { kind: "election-timeout"; node: number; generation: number }
  | { kind: "heartbeat"; node: number; term: number }
  | { kind: "deliver"; from: number; to: number; message: Message };

export interface RaftNode {
  readonly id: number;
  role: Role;
  term: number;
  votedFor: number | null;
  /** Raft indexes from 1: entry i is log[i - 1]. */
  log: Entry[];
  commitIndex: number;
  votes: Set<number>;
  nextIndex: number[];
  matchIndex: number[];
  /** Bumped whenever the election timer restarts, so older timeouts are ignored. */
  timerGeneration: number;
}

export interface RaftObserver {
  onLeader?(node: number, term: number, time: number): void;
  onCommit?(node: number, index: number, entry: Entry, time: number): void;
}

// etcd bounds a message by size (MaxSizePerMsg); a count does the same job here.
const MAX_ENTRIES_PER_MESSAGE = 100;

const lastTermOf = (log: readonly Entry[]) => log[log.length - 1]?.term ?? 0;

export class RaftCluster {
  readonly nodes: RaftNode[];
  /**
   * Broken safety properties (two leaders in a term, two different entries
   * committed at one index, a committed entry overwritten), which the paper
   * proves cannot happen: the labs check this stays empty.
   */
  readonly violations: string[] = [];
  now = 0;
  processedEvents = 0;
  private readonly queue = new EventQueue<Event>();
  private readonly majority: number;
  private readonly leaderOfTerm = new Map<number, number>();
  private readonly committed: Entry[] = [];
  private canReach: (from: number, to: number) => boolean = () => true;

  constructor(
    size: number,
    private readonly timing: RaftTiming,
    private readonly random: Random,
    private readonly observer: RaftObserver = {},
    /** A hard cap on events, so that no choice of timing can make a run unbounded. */
    private readonly eventBudget = Number.POSITIVE_INFINITY,
  ) {
    this.majority = Math.floor(size / 2) + 1;
    this.nodes = Array.from({ length: size }, (_, id) => ({
      id,
      role: "follower",
      term: 0,
      votedFor: null,
      log: [],
      commitIndex: 0,
      votes: new Set(),
      nextIndex: [],
      matchIndex: [],
      timerGeneration: 0,
    }));
    for (const node of this.nodes) this.restartElectionTimer(node);
  }

  get budgetExhausted(): boolean {
    return this.processedEvents >= this.eventBudget;
  }

  /** Messages flow between two nodes only while this says so, both when sent and when delivered. */
  setLinks(canReach: (from: number, to: number) => boolean): void {
    this.canReach = canReach;
  }

  leaders(): RaftNode[] {
    return this.nodes.filter((node) => node.role === "leader");
  }

  /** A client's command reaches a node; only a leader takes it. */
  propose(id: number, command: number): boolean {
    const node = this.nodes[id]!;
    if (node.role !== "leader") return false;
    node.log.push({ term: node.term, command });
    node.matchIndex[id] = node.log.length;
    this.replicate(node);
    return true;
  }

  /** Processes events up to `time` (or until `stop` says so, or the budget runs out). */
  runUntil(time: number, stop: () => boolean = () => false): void {
    for (;;) {
      if (stop() || this.budgetExhausted) return;
      const due = this.queue.peekTime();
      if (due === undefined || due > time) break;
      const next = this.queue.pop()!;
      this.now = next.time;
      this.processedEvents++;
      this.handle(next.value);
    }
    this.now = Math.max(this.now, time);
  }

  private handle(event: Event): void {
    if (event.kind === "deliver") {
      if (this.canReach(event.from, event.to)) this.receive(this.nodes[event.to]!, event.from, event.message);
      return;
    }
    const node = this.nodes[event.node]!;
    if (event.kind === "election-timeout") {
      if (event.generation === node.timerGeneration && node.role !== "leader") this.startElection(node);
    } else if (node.role === "leader" && node.term === event.term) {
      this.replicate(node);
      this.queue.push(this.now + this.timing.heartbeatMs, event);
    }
  }

  private send(from: number, to: number, message: Message): void {
    if (!this.canReach(from, to)) return;
    const delay = this.random.between(this.timing.networkDelayMinMs, this.timing.networkDelayMaxMs);
    this.queue.push(this.now + delay, { kind: "deliver", from, to, message });
  }

  private restartElectionTimer(node: RaftNode): void {
    node.timerGeneration++;
    const timeout = this.random.between(this.timing.electionTimeoutMinMs, this.timing.electionTimeoutMaxMs);
    this.queue.push(this.now + timeout, { kind: "election-timeout", node: node.id, generation: node.timerGeneration });
  }

  private startElection(node: RaftNode): void {
    node.role = "candidate";
    node.term++;
    node.votedFor = node.id;
    node.votes = new Set([node.id]);
    this.restartElectionTimer(node);
    const request: Message = { type: "request-vote", term: node.term, lastIndex: node.log.length, lastTerm: lastTermOf(node.log) };
    for (const peer of this.nodes) if (peer.id !== node.id) this.send(node.id, peer.id, request);
  }

  private becomeLeader(node: RaftNode): void {
    const rival = this.leaderOfTerm.get(node.term);
    if (rival !== undefined) this.violations.push(`nodes ${rival + 1} and ${node.id + 1} both led term ${node.term}`);
    this.leaderOfTerm.set(node.term, node.id);
    node.role = "leader";
    node.timerGeneration++;
    node.nextIndex = this.nodes.map(() => node.log.length + 1);
    node.matchIndex = this.nodes.map(() => 0);
    node.log.push({ term: node.term, command: 0 });
    node.matchIndex[node.id] = node.log.length;
    this.observer.onLeader?.(node.id, node.term, this.now);
    this.replicate(node);
    this.queue.push(this.now + this.timing.heartbeatMs, { kind: "heartbeat", node: node.id, term: node.term });
  }

  /** Any message from a later term means this node is behind: it follows, and votes afresh. */
  private observeTerm(node: RaftNode, term: number): void {
    if (term <= node.term) return;
    const wasLeader = node.role === "leader";
    node.term = term;
    node.role = "follower";
    node.votedFor = null;
    if (wasLeader) this.restartElectionTimer(node);
  }

  private receive(node: RaftNode, from: number, message: Message): void {
    this.observeTerm(node, message.term);
    switch (message.type) {
      case "request-vote": {
        const lastTerm = lastTermOf(node.log);
        // The election restriction (section 5.4.1): only a candidate whose log is at
        // least as up to date can win, so a new leader holds every committed entry.
        const upToDate = message.lastTerm > lastTerm || (message.lastTerm === lastTerm && message.lastIndex >= node.log.length);
        const granted = message.term === node.term && (node.votedFor === null || node.votedFor === from) && upToDate;
        if (granted) {
          node.votedFor = from;
          this.restartElectionTimer(node);
        }
        this.send(node.id, from, { type: "vote", term: node.term, granted });
        return;
      }
      case "vote": {
        if (node.role !== "candidate" || message.term !== node.term || !message.granted) return;
        node.votes.add(from);
        if (node.votes.size >= this.majority) this.becomeLeader(node);
        return;
      }
      case "append":
        this.receiveAppend(node, from, message);
        return;
      case "append-reply":
        this.receiveAppendReply(node, from, message);
        return;
    }
  }

  private receiveAppend(node: RaftNode, from: number, message: Extract<Message, { type: "append" }>): void {
    const reject = (hint: number) => this.send(node.id, from, { type: "append-reply", term: node.term, success: false, matchIndex: 0, hint });
    if (message.term < node.term) return reject(node.log.length);
    node.role = "follower";
    this.restartElectionTimer(node);
    const { prevIndex, prevTerm, entries } = message;
    if (prevIndex > node.log.length) return reject(node.log.length);
    if (prevIndex > 0 && node.log[prevIndex - 1]!.term !== prevTerm) return reject(prevIndex - 1);

    let index = prevIndex;
    for (const entry of entries) {
      index++;
      const existing = node.log[index - 1];
      // Same index and term means the same entry (Log Matching): keep it, since a
      // late, reordered message must not cut off entries that arrived after it.
      if (existing?.term === entry.term) continue;
      if (existing) {
        if (index <= node.commitIndex) this.violations.push(`node ${node.id + 1} overwrote committed entry ${index}`);
        node.log.length = index - 1;
      }
      node.log.push(entry);
    }
    const lastNew = prevIndex + entries.length;
    this.commit(node, Math.min(message.leaderCommit, lastNew));
    this.send(node.id, from, { type: "append-reply", term: node.term, success: true, matchIndex: lastNew, hint: 0 });
  }

  private receiveAppendReply(leader: RaftNode, from: number, message: Extract<Message, { type: "append-reply" }>): void {
    if (leader.role !== "leader" || message.term !== leader.term) return;
    const matched = leader.matchIndex[from]!;
    if (message.success) {
      leader.matchIndex[from] = Math.max(matched, message.matchIndex);
      leader.nextIndex[from] = Math.max(leader.nextIndex[from]!, leader.matchIndex[from]! + 1);
      this.advanceCommit(leader);
      if (leader.nextIndex[from]! <= leader.log.length) this.sendAppend(leader, from);
    } else {
      // Back up to the follower's hint, never below what it is known to hold.
      leader.nextIndex[from] = Math.max(matched + 1, Math.min(leader.nextIndex[from]! - 1, message.hint + 1));
      this.sendAppend(leader, from);
    }
  }

  private replicate(leader: RaftNode): void {
    for (const peer of this.nodes) if (peer.id !== leader.id) this.sendAppend(leader, peer.id);
  }

  private sendAppend(leader: RaftNode, peer: number): void {
    if (!this.canReach(leader.id, peer)) return;
    const prevIndex = leader.nextIndex[peer]! - 1;
    const entries = leader.log.slice(prevIndex, prevIndex + MAX_ENTRIES_PER_MESSAGE);
    this.send(leader.id, peer, {
      type: "append",
      term: leader.term,
      prevIndex,
      prevTerm: prevIndex > 0 ? leader.log[prevIndex - 1]!.term : 0,
      entries,
      leaderCommit: leader.commitIndex,
    });
    // Pipelining, as etcd does for a follower that keeps up: assume delivery and
    // send each entry once; a rejection moves nextIndex back (receiveAppendReply).
    leader.nextIndex[peer] = prevIndex + entries.length + 1;
  }

  /**
   * A leader commits only entries of its own term by counting replicas
   * (section 5.4.2); earlier entries commit with them. Counting an old-term
   * entry could commit something a later leader then overwrites (figure 8).
   */
  private advanceCommit(leader: RaftNode): void {
    for (let index = leader.log.length; index > leader.commitIndex; index--) {
      if (leader.log[index - 1]!.term !== leader.term) return;
      const replicas = leader.matchIndex.filter((match) => match >= index).length;
      if (replicas >= this.majority) {
        this.commit(leader, index);
        return;
      }
    }
  }

  private commit(node: RaftNode, index: number): void {
    for (let i = node.commitIndex + 1; i <= index; i++) {
      const entry = node.log[i - 1]!;
      const agreed = this.committed[i - 1];
      if (!agreed) this.committed[i - 1] = entry;
      else if (agreed.term !== entry.term || agreed.command !== entry.command)
        this.violations.push(`node ${node.id + 1} committed a different entry at index ${i}`);
      this.observer.onCommit?.(node.id, i, entry, this.now);
    }
    node.commitIndex = Math.max(node.commitIndex, index);
  }
}
