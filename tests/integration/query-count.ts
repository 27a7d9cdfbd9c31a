import pg from "pg";

/**
 * Counts the SQL statements sent to Postgres while `fn` runs, by wrapping
 * pg's Client#query (every pooled connection is a Client). Library-agnostic:
 * it sees exactly what reaches the database.
 */
export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const original = pg.Client.prototype.query;
  let queries = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    queries++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    const result = await fn();
    return { result, queries };
  } finally {
    pg.Client.prototype.query = original;
  }
}
