import "server-only";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { env } from "./env";
import { log } from "./observability/log";
import { noteConnectionLoss } from "./observability/database-trouble";
import { observePool } from "./observability/metrics";

/**
 * The one Prisma client, over our own pg Pool: a connection timeout so a
 * request fails fast instead of waiting forever for a connection, and an error
 * handler so a Postgres restart does not crash the process.
 */
function createClient() {
  const pool = new pg.Pool({
    connectionString: env.DATABASE_URL,
    max: env.DATABASE_POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  pool.on("error", (error) => {
    noteConnectionLoss();
    log.warn({ err: { message: error.message, code: (error as Error & { code?: string }).code } }, "postgres: idle client error");
  });
  // A connection lost while in use (terminated backend, server restart) errors on the client itself.
  pool.on("connect", (client) => client.on("error", () => noteConnectionLoss()));
  observePool(pool, env.DATABASE_POOL_SIZE);
  return { pool, prisma: new PrismaClient({ adapter: new PrismaPg(pool) }) };
}

const globalForDb = globalThis as unknown as { __db?: ReturnType<typeof createClient> };
const client = (globalForDb.__db ??= createClient());

export const db = client.prisma;
export const pool = client.pool;
export type Db = typeof db;
