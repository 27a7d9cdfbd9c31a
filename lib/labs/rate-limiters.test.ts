import { describe, expect, it } from "vitest";
import {
  createSlidingCounter,
  createSlidingLog,
  createTokenBucket,
  maxInAnyWindow,
  type RateLimiterParams,
  rateLimiterDefaults,
  rateLimiterParameters,
  simulateRateLimiters,
} from "./rate-limiters";

const seeds = (count: number) => Array.from({ length: count }, (_, i) => i + 1);
const lightClientsAccepted = (acceptedByClient: readonly number[]) => acceptedByClient.slice(1).reduce((a, b) => a + b, 0);

describe("token bucket", () => {
  it("lets through a burst of exactly its capacity after a quiet spell", () => {
    const bucket = createTokenBucket(10, 20);
    const burst = Array.from({ length: 100 }, () => bucket.tryAcquire(5000));
    expect(burst.filter(Boolean)).toHaveLength(20);
  });

  it("under overload, the long-run rate equals the refill rate", () => {
    // One client offering 100/s against 10/s for 600 s. Tokens are conserved:
    // accepted = capacity + refill - tokens left, so the rate lies in
    // [10, 10 + 20/600] whatever the arrivals; no statistical tolerance needed.
    const run = simulateRateLimiters(
      { ...rateLimiterDefaults, clients: 1, meanRatePerClient: 100, heavyClientFactor: 1, burstFactor: 1, durationMs: 600_000 },
      1,
    );
    const rate = run.outcomes["token-bucket"].acceptedPerSecond;
    expect(rate).toBeGreaterThanOrEqual(10 - 1 / 600);
    expect(rate).toBeLessThanOrEqual(10 + 20 / 600);
  });

  it("never lets more than capacity + rate x window through in any window", () => {
    for (const seed of seeds(10)) {
      const outcome = simulateRateLimiters({ ...rateLimiterDefaults, burstFactor: 10, meanBurstMs: 500 }, seed).outcomes["token-bucket"];
      expect(outcome.maxInWindow).toBeLessThanOrEqual(20 + 10);
    }
  });
});

describe("sliding windows", () => {
  it("the log never lets more than the limit through in any window, and reaches it under bursts", () => {
    const most = seeds(10).map((seed) => simulateRateLimiters({ ...rateLimiterDefaults, burstFactor: 10, meanBurstMs: 500 }, seed).outcomes["sliding-log"].maxInWindow);
    expect(Math.max(...most)).toBe(10);
  });

  it("the two-counter approximation can exceed the limit within a window, but never twice over", () => {
    // It assumes the previous window's requests were spread evenly; a burst at
    // that window's end breaks the assumption. The true window spans two fixed
    // windows, each holding at most the limit, hence the bound of 2 x limit.
    const most = seeds(10).map((seed) => simulateRateLimiters({ ...rateLimiterDefaults, burstFactor: 10, meanBurstMs: 500 }, seed).outcomes["sliding-counter"].maxInWindow);
    expect(Math.max(...most)).toBeGreaterThan(10);
    expect(Math.max(...most)).toBeLessThanOrEqual(20);
  });

  it("count a window as half-open, (t - w, t]", () => {
    const log = createSlidingLog(2, 1000);
    expect([0, 500, 999, 1000, 1001].map((t) => log.tryAcquire(t))).toEqual([true, true, false, true, false]);
    expect(maxInAnyWindow([0, 500, 1000, 1500], 1000)).toBe(2);
    const counter = createSlidingCounter(2, 1000);
    expect(counter.tryAcquire(0) && counter.tryAcquire(1)).toBe(true);
    expect(counter.tryAcquire(2)).toBe(false);
  });
});

describe("fairness across clients", () => {
  const heavier = (scope: RateLimiterParams["scope"], heavyClientFactor: number) =>
    simulateRateLimiters({ ...rateLimiterDefaults, scope, heavyClientFactor, limitPerSecond: 40, burst: 80 }, 3);

  it("per-client limits shield light clients from a heavy one entirely", () => {
    // Each client's traffic has its own seeded stream and its own limiter, so
    // the light clients' numbers are identical whatever client 1 does.
    for (const kind of ["token-bucket", "sliding-log", "sliding-counter"] as const) {
      expect(lightClientsAccepted(heavier("per-client", 20).outcomes[kind].acceptedByClient)).toBe(
        lightClientsAccepted(heavier("per-client", 1).outcomes[kind].acceptedByClient),
      );
    }
  });

  it("under one shared limit, a heavy client crowds the others out", () => {
    const calm = heavier("shared", 1).outcomes["token-bucket"];
    const noisy = heavier("shared", 20).outcomes["token-bucket"];
    const before = lightClientsAccepted(calm.acceptedByClient);
    const after = lightClientsAccepted(noisy.acceptedByClient);
    expect(after).toBeLessThan(0.9 * before);
    expect(noisy.fairness).toBeLessThan(calm.fairness);
  });
});

describe("rate limiter parameters", () => {
  it("refuses more traffic than the step budget, saying what to lower", () => {
    const result = rateLimiterParameters.safeParse({ ...rateLimiterDefaults, clients: 1000, meanRatePerClient: 100 });
    expect(result.error?.issues[0]?.message).toMatch(/limit is 2,000,000\. Use fewer clients/);
  });
  it("names the scope choices when given something else", () => {
    const result = rateLimiterParameters.safeParse({ ...rateLimiterDefaults, scope: "global" });
    expect(result.error?.issues[0]?.message).toBe("The scope must be one of: per-client, shared");
  });
});
