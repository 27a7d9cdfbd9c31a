import type { z } from "zod";
import { labParameters, wholeNumber } from "./params";
import { createRandom, deriveSeed } from "./random";
import { type Chart, type LabResult, round, tableFromChart } from "./result";

/**
 * A hash ring with virtual nodes (tokens). Positions are 32-bit; a key belongs
 * to the first token at or clockwise after it. Each node draws its tokens from
 * its own seeded stream, the way a real ring hashes "node#i": a node's tokens
 * do not depend on which other nodes exist, so a join or a leave changes only
 * the tokens of the node that joins or leaves.
 */

const RING_SIZE = 0x1_0000_0000;
// Nodes are packed beside the position in one float so one numeric sort orders the ring.
const NODE_SLOTS = 1024;
const TOKEN_STREAM = 1;
const KEY_STREAM = 2;

export const consistentHashingParameters = labParameters(
  {
    nodes: wholeNumber({ label: "Nodes", min: 2, max: 500 }),
    tokensPerNode: wholeNumber({ label: "Tokens per node", min: 1, max: 1000 }),
    keys: wholeNumber({ label: "Keys", min: 1000, max: 1_000_000 }),
  },
  {
    steps: ({ nodes, tokensPerNode, keys }) =>
      tokenSweep(tokensPerNode).reduce((sum, tokens) => sum + nodes * tokens + keys, 0) +
      2 * (nodes * tokensPerNode + keys),
    advice: "Use fewer keys, fewer nodes or fewer tokens per node.",
  },
);

export type ConsistentHashingParams = z.output<typeof consistentHashingParameters>;

export const consistentHashingDefaults: ConsistentHashingParams = { nodes: 10, tokensPerNode: 100, keys: 100_000 };

export interface RingBalance {
  tokensPerNode: number;
  /** Keys on the busiest node divided by keys per node on average. */
  maxOverMean: number;
  minOverMean: number;
  /** The same ratio for the share of the ring owned, which is what the key counts estimate. */
  maxShareOverMean: number;
}

export interface MembershipChange {
  movedKeys: number;
  movedFraction: number;
  expectedFraction: number;
  /** Keys that moved somewhere other than the joining node (on a join) or away from a node that stayed (on a leave). */
  strayMoves: number;
}

export interface ConsistentHashingResult extends LabResult {
  join: MembershipChange;
  leave: MembershipChange;
  balance: readonly RingBalance[];
}

interface Ring {
  positions: Uint32Array;
  owners: Uint16Array;
}

/** 1, 2, 4, ... up to the chosen count, and the chosen count itself. */
function tokenSweep(tokensPerNode: number): number[] {
  const counts: number[] = [];
  for (let tokens = 1; tokens < tokensPerNode; tokens *= 2) counts.push(tokens);
  counts.push(tokensPerNode);
  return counts;
}

function buildRing(seed: number, nodes: readonly number[], tokensPerNode: number): Ring {
  const packed = new Float64Array(nodes.length * tokensPerNode);
  let slot = 0;
  for (const node of nodes) {
    const random = createRandom(deriveSeed(seed, TOKEN_STREAM, node));
    for (let t = 0; t < tokensPerNode; t++) packed[slot++] = random.uint32() * NODE_SLOTS + node;
  }
  packed.sort();
  const positions = new Uint32Array(packed.length);
  const owners = new Uint16Array(packed.length);
  packed.forEach((value, i) => {
    positions[i] = Math.floor(value / NODE_SLOTS);
    owners[i] = value % NODE_SLOTS;
  });
  return { positions, owners };
}

/**
 * Owners of keys given in ascending order: one merge walk over keys and tokens,
 * instead of a binary search per key, because every ring here is asked about
 * every key.
 */
function ownersOf(ring: Ring, sortedKeys: Uint32Array): Uint16Array {
  const { positions, owners } = ring;
  const keyOwners = new Uint16Array(sortedKeys.length);
  let token = 0;
  for (let i = 0; i < sortedKeys.length; i++) {
    while (token < positions.length && positions[token]! < sortedKeys[i]!) token++;
    keyOwners[i] = owners[token === positions.length ? 0 : token]!;
  }
  return keyOwners;
}

/** Each token owns the arc from the token before it, so the shares follow from the gaps. */
function ringShares(ring: Ring, nodeCount: number): Float64Array {
  const shares = new Float64Array(nodeCount);
  const { positions, owners } = ring;
  for (let i = 0; i < positions.length; i++) {
    const previous = i === 0 ? positions[positions.length - 1]! - RING_SIZE : positions[i - 1]!;
    shares[owners[i]!]! += (positions[i]! - previous) / RING_SIZE;
  }
  return shares;
}

function balanceOf(ring: Ring, keyOwners: Uint16Array, nodeCount: number, tokensPerNode: number): RingBalance {
  const counts = new Float64Array(nodeCount);
  for (const owner of keyOwners) counts[owner]!++;
  const mean = keyOwners.length / nodeCount;
  return {
    tokensPerNode,
    maxOverMean: Math.max(...counts) / mean,
    minOverMean: Math.min(...counts) / mean,
    maxShareOverMean: Math.max(...ringShares(ring, nodeCount)) * nodeCount,
  };
}

function countMoves(before: Uint16Array, after: Uint16Array, isExpected: (from: number, to: number) => boolean) {
  let moved = 0;
  let stray = 0;
  for (let i = 0; i < before.length; i++) {
    if (before[i] === after[i]) continue;
    moved++;
    if (!isExpected(before[i]!, after[i]!)) stray++;
  }
  return { moved, stray };
}

export function simulateConsistentHashing(params: ConsistentHashingParams, seed: number): ConsistentHashingResult {
  const { nodes, tokensPerNode, keys: keyCount } = params;
  const keyStream = createRandom(deriveSeed(seed, KEY_STREAM));
  const keys = Uint32Array.from({ length: keyCount }, () => keyStream.uint32()).sort();
  const members = Array.from({ length: nodes }, (_, node) => node);

  const balance = tokenSweep(tokensPerNode).map((tokens) => {
    const ring = buildRing(seed, members, tokens);
    return balanceOf(ring, ownersOf(ring, keys), nodes, tokens);
  });

  const owners = ownersOf(buildRing(seed, members, tokensPerNode), keys);
  const joiner = nodes;
  const afterJoin = countMoves(owners, ownersOf(buildRing(seed, [...members, joiner], tokensPerNode), keys), (_, to) => to === joiner);
  const leaver = 0;
  const afterLeave = countMoves(owners, ownersOf(buildRing(seed, members.slice(1), tokensPerNode), keys), (from) => from === leaver);

  const join = {
    movedKeys: afterJoin.moved,
    movedFraction: afterJoin.moved / keyCount,
    expectedFraction: 1 / (nodes + 1),
    strayMoves: afterJoin.stray,
  };
  const leave = {
    movedKeys: afterLeave.moved,
    movedFraction: afterLeave.moved / keyCount,
    expectedFraction: 1 / nodes,
    strayMoves: afterLeave.stray,
  };
  const chosen = balance[balance.length - 1]!;
  const chart: Chart = {
    title: "Load on the busiest and the idlest node as tokens per node grow",
    type: "line",
    x: { label: "Tokens per node", unit: "tokens", scale: "log" },
    y: { label: "Keys relative to the mean", unit: "× mean" },
    series: [
      { name: "Busiest node", kind: "measured", points: balance.map((b) => ({ x: b.tokensPerNode, y: b.maxOverMean })) },
      { name: "Idlest node", kind: "measured", points: balance.map((b) => ({ x: b.tokensPerNode, y: b.minOverMean })) },
    ],
  };
  return {
    join,
    leave,
    balance,
    metrics: [
      { label: `Keys moved when node ${nodes + 1} joins`, value: round(join.movedFraction * 100), unit: "%" },
      { label: `Expected share, 1/${nodes + 1}`, value: round(join.expectedFraction * 100), unit: "%" },
      { label: "Keys moved when node 1 leaves", value: round(leave.movedFraction * 100), unit: "%" },
      { label: `Expected share, 1/${nodes}`, value: round(leave.expectedFraction * 100), unit: "%" },
      { label: `Busiest node with ${tokensPerNode} tokens each`, value: round(chosen.maxOverMean), unit: "× mean" },
    ],
    figures: [{ id: "balance", chart, table: tableFromChart(chart, "Keys on the busiest and idlest node, relative to the mean, by tokens per node") }],
  };
}
