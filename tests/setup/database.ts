/**
 * Each integration test file gets its own database, copied from a migrated
 * template (scripts/test.ts prepares it), so files never see each other's rows
 * and can run in parallel.
 */
import crypto from "node:crypto";
import pg from "pg";
import { afterAll } from "vitest";

const admin = process.env.TEST_ADMIN_DATABASE_URL;
const template = process.env.TEST_TEMPLATE_DATABASE;
if (!admin || !template) throw new Error("integration tests need TEST_ADMIN_DATABASE_URL and TEST_TEMPLATE_DATABASE: run them with `npm test`");

const name = `t_${crypto.randomBytes(6).toString("hex")}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
await client.end();

const url = new URL(admin);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= "integration-test-secret-7Hq2Lm9XvB4kW1zR";

afterAll(async () => {
  const { db, pool } = await import("@/lib/db");
  await db.$disconnect();
  await pool.end().catch(() => {});
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
});
