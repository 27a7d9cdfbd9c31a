import { describe, expect, it } from "vitest";
import { stampedeDefaults, stampedeParameters, simulateStampede } from "./cache-stampede";

describe("cache stampede when a hot key expires", () => {
  // 2,000 requests/s and a 50 ms load: 100 requests arrive during one load.
  const { outcomes } = simulateStampede({ ...stampedeDefaults, trials: 200 }, 1);

  it("without protection, 1 + rate x load time requests reach the database, all at once", () => {
    // The count is 1 + Poisson(100): sd 10 per expiry, 0.7 over 200; 3 is 4 of them.
    const none = outcomes.none;
    expect(Math.abs(none.meanDbRequests - 101)).toBeLessThan(3);
    expect(none.meanPeakConcurrent).toBe(none.meanDbRequests);
  });

  it("coalescing sends exactly one load and makes the others wait for it", () => {
    expect(outcomes.coalesce.meanDbRequests).toBe(1);
    expect(outcomes.coalesce.meanPeakConcurrent).toBe(1);
    expect(outcomes.coalesce.meanWaited).toBeCloseTo(outcomes.none.meanWaited, 10);
  });

  it("early refresh keeps every request served from the cache", () => {
    // A miss needs the first recomputation to start less than one load before
    // expiry: probability exp(-100 e^-1), about 1e-16 per expiry.
    expect(outcomes["early-refresh"].meanWaited).toBe(0);
  });

  it.each([
    { beta: 1, tolerance: 0.28 },
    { beta: 2, tolerance: 0.13 },
  ])("early refresh sends e^(1/beta) loads on average, whatever the rate (beta = $beta)", ({ beta, tolerance }) => {
    // Per expiry the count is 1 + Poisson((e^(1/beta) - 1) Y) with Y ~ Exp(1): sd 2.2
    // for beta = 1 and 1.0 for beta = 2. The tolerance is 4 standard errors over 1,000.
    // The formula needs the first recomputation to start more than one load before
    // expiry, which fails with probability exp(-rate x load x beta x e^(-1/beta)):
    // with 20 requests per load, 6e-4 for beta = 1 and 4e-11 for beta = 2.
    const { outcomes: small } = simulateStampede({ requestsPerSecond: 500, dbLatencyMs: 40, beta, trials: 1000 }, 2);
    const refresh = small["early-refresh"];
    expect(Math.abs(refresh.meanDbRequests - Math.exp(1 / beta))).toBeLessThan(tolerance);
  });
});

describe("stampede parameters", () => {
  it("refuses a run above the step budget", () => {
    const result = stampedeParameters.safeParse({ ...stampedeDefaults, requestsPerSecond: 100_000, trials: 1000 });
    expect(result.error?.issues[0]?.message).toMatch(/limit is 2,000,000/);
  });
});
