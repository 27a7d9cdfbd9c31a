/**
 * Look-aside caches over integer keys 0..keys-1: a lookup that misses (or
 * finds the entry expired) loads the key from the database and stores it,
 * evicting one entry when full. Expired entries stay until looked up or
 * evicted, as in memcached, which checks expiry lazily.
 */
export interface Cache {
  /** Whether the lookup at `now` (ms) was a hit. */
  access(key: number, now: number): boolean;
}

/** ttlMs 0 means entries never expire. */
const expiryOf = (now: number, ttlMs: number) => (ttlMs > 0 ? now + ttlMs : Number.POSITIVE_INFINITY);

/** A doubly linked recency list in typed arrays: O(1) per access and no allocation, because runs make millions of them. */
export function createLruCache(capacity: number, keys: number, ttlMs: number): Cache {
  const head = keys;
  const previous = new Int32Array(keys + 1);
  const next = new Int32Array(keys + 1);
  const cached = new Uint8Array(keys);
  const expiresAt = new Float64Array(keys);
  previous[head] = head;
  next[head] = head;
  let size = 0;

  const unlink = (key: number) => {
    next[previous[key]!] = next[key]!;
    previous[next[key]!] = previous[key]!;
  };
  const pushFront = (key: number) => {
    previous[key] = head;
    next[key] = next[head]!;
    previous[next[head]!] = key;
    next[head] = key;
  };

  return {
    access(key, now) {
      if (cached[key]) {
        unlink(key);
        pushFront(key);
        if (expiresAt[key]! > now) return true;
        expiresAt[key] = expiryOf(now, ttlMs);
        return false;
      }
      if (size === capacity) {
        const oldest = previous[head]!;
        unlink(oldest);
        cached[oldest] = 0;
        size--;
      }
      pushFront(key);
      cached[key] = 1;
      expiresAt[key] = expiryOf(now, ttlMs);
      size++;
      return false;
    },
  };
}

/**
 * Least frequently used, counting only while an entry is cached (a key that
 * is evicted starts again from 1), with the least recent of the least frequent
 * evicted first. Buckets per count keep every step O(1); a Set keeps
 * insertion order, which gives the recency within a bucket for free.
 */
export function createLfuCache(capacity: number, keys: number, ttlMs: number): Cache {
  const count = new Int32Array(keys);
  const expiresAt = new Float64Array(keys);
  const buckets = new Map<number, Set<number>>();
  let lowest = 0;
  let size = 0;

  const bucket = (n: number) => {
    let found = buckets.get(n);
    if (!found) buckets.set(n, (found = new Set()));
    return found;
  };
  const bump = (key: number) => {
    const from = buckets.get(count[key]!)!;
    from.delete(key);
    if (from.size === 0 && lowest === count[key]) lowest++;
    count[key]!++;
    bucket(count[key]!).add(key);
  };

  return {
    access(key, now) {
      if (count[key]! > 0) {
        bump(key);
        if (expiresAt[key]! > now) return true;
        expiresAt[key] = expiryOf(now, ttlMs);
        return false;
      }
      if (size === capacity) {
        const victims = buckets.get(lowest)!;
        const victim = victims.values().next().value!;
        victims.delete(victim);
        count[victim] = 0;
        size--;
      }
      count[key] = 1;
      expiresAt[key] = expiryOf(now, ttlMs);
      bucket(1).add(key);
      lowest = 1;
      size++;
      return false;
    },
  };
}
