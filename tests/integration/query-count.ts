import pg from "pg";

/**
 * Counts the SQL statements sent to Postgres while `fn` runs, by wrapping
 * pg's Client#query (every pooled connection is a Client). Library-agnostic:
 * it sees exactly what reaches the database.
 */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number; statements: string[] }> {
  const original = pg.Client.prototype.query;
  const statements: string[] = [];
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    const [first] = args;
    statements.push(typeof first === "string" ? first : String((first as { text?: unknown } | undefined)?.text ?? ""));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const result = await fn();
    return { result, queries: statements.length, statements };
  } finally {
    pg.Client.prototype.query = original;
  }
}

/** The statements that are not rate-limit bookkeeping (lib/auth/rate-limit.ts keeps its counters in "RateLimit"). */
export const beyondRateLimits = (statements: string[]) => statements.filter((sql) => !sql.includes('"RateLimit"'));
