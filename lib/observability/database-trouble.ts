/**
 * When the pool last lost a connection (a Postgres restart, a terminated
 * backend). Shared on globalThis between the app's pool and scripts/serve.ts,
 * which answers a failure that follows such a loss with 503 (try again)
 * rather than 500 (our bug).
 */
const globalForTrouble = globalThis as unknown as { __databaseTrouble?: { lastConnectionLossAt: number } };
const trouble = (globalForTrouble.__databaseTrouble ??= { lastConnectionLossAt: 0 });

export function noteConnectionLoss(): void {
  trouble.lastConnectionLossAt = Date.now();
}

export function lostConnectionRecently(withinMs = 5_000): boolean {
  return Date.now() - trouble.lastConnectionLossAt <= withinMs;
}
