import { describe, expect, it } from "vitest";
import { createLfuCache, createLruCache } from "./cache-policies";

const hits = (cache: { access(key: number, now: number): boolean }, keys: number[], step = 1) => keys.map((key, i) => cache.access(key, i * step));

describe("LRU cache", () => {
  it("evicts the least recently used key", () => {
    const lru = createLruCache(2, 10, 0);
    // 1, 2, touch 1, add 3 (evicts 2), then 1 hits and 2 misses.
    expect(hits(lru, [1, 2, 1, 3, 1, 2])).toEqual([false, false, true, false, true, false]);
  });
  it("treats an expired entry as a miss and reloads it", () => {
    const lru = createLruCache(2, 10, 100);
    expect(hits(lru, [1, 1, 1], 60)).toEqual([false, true, false]);
  });
});

describe("LFU cache", () => {
  it("evicts the least frequently used key, the least recent of them on a tie", () => {
    const lfu = createLfuCache(2, 10, 0);
    // Once 1 has been used twice, each newcomer evicts the previous newcomer and 1 stays.
    expect(hits(lfu, [1, 1, 2, 3, 1, 2, 4, 3, 1])).toEqual([false, true, false, false, true, false, false, false, true]);
  });
  it("keeps a popular key through a scan that would flush an LRU cache", () => {
    const scan = [7, 7, 7, ...Array.from({ length: 20 }, (_, i) => i + 10), 7];
    expect(hits(createLfuCache(3, 40, 0), scan).at(-1)).toBe(true);
    expect(hits(createLruCache(3, 40, 0), scan).at(-1)).toBe(false);
  });
});
