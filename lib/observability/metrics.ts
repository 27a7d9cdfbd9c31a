import client from "prom-client";

/**
 * Prometheus metrics for one process (prom-client), kept on globalThis so the
 * server (scripts/serve.ts) and every bundle Next loads count into the same
 * registry. Served by scripts/serve.ts on a loopback-only port, never on the
 * public one.
 */
function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  return {
    registry,
    httpDuration: new client.Histogram({
      name: "http_request_duration_seconds",
      help: "Time to answer a request, by route pattern, method and status class",
      labelNames: ["route", "method", "status"] as const,
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
    rateLimitHits: new client.Counter({
      name: "rate_limit_refusals_total",
      help: "Requests refused by a rate limiter, by limiter",
      labelNames: ["limiter"] as const,
      registers: [registry],
    }),
    securityEvents: new client.Counter({
      name: "security_events_total",
      help: "Security-relevant events (failed sign-ins, role changes, deletions), by kind",
      labelNames: ["event"] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;
const globalForMetrics = globalThis as unknown as { __metrics?: Metrics };
export const metrics = (globalForMetrics.__metrics ??= createMetrics());

/** Pool saturation, read when Prometheus scrapes. */
export function observePool(pool: { totalCount: number; idleCount: number; waitingCount: number }, max: number): void {
  const existing = metrics.registry.getSingleMetric("db_pool_connections");
  if (existing) return;
  new client.Gauge({
    name: "db_pool_connections",
    help: "Postgres pool connections by state (total, idle, waiting requests, max)",
    labelNames: ["state"] as const,
    registers: [metrics.registry],
    collect() {
      this.set({ state: "total" }, pool.totalCount);
      this.set({ state: "idle" }, pool.idleCount);
      this.set({ state: "waiting" }, pool.waitingCount);
      this.set({ state: "max" }, max);
    },
  });
}
