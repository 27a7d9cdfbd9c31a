import crypto from "node:crypto";
import pg from "pg";
import { describe, expect, it } from "vitest";
import { applyMigrations } from "@/scripts/lib/migrations";
import { diffScript, schemaTarget } from "@/scripts/lib/schema-engine";

/** Tables, columns, constraints, indexes and enums: the schema as Postgres sees it. */
async function describeSchema(url: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const rows: string[] = [];
    const q = async (sql: string) => (await client.query(sql)).rows.map((r) => Object.values(r).join(" | "));
    rows.push(
      ...(await q(`SELECT table_name, column_name, data_type, is_nullable, coalesce(column_default, '')
                   FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'`)),
      ...(await q(`SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
                   WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`)),
      ...(await q(`SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations'`)),
      ...(await q(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_type t
                   JOIN pg_enum e ON e.enumtypid = t.oid GROUP BY t.typname`)),
    );
    return rows.sort();
  } finally {
    await client.end();
  }
}

async function freshDatabase(): Promise<string> {
  const admin = process.env.TEST_ADMIN_DATABASE_URL!;
  const name = `drift_${crypto.randomBytes(5).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = new URL(admin);
  url.pathname = `/${name}`;
  return url.toString();
}

describe("migrations and schema.prisma", () => {
  it("the migrated database matches what Prisma's engine makes of schema.prisma", async () => {
    const migrated = await freshDatabase();
    await applyMigrations(migrated);

    const fromSchema = await freshDatabase();
    const sql = await diffScript(fromSchema, { tag: "empty" }, schemaTarget("prisma/schema.prisma"));
    expect(sql).toContain("CREATE TABLE");
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(sql);
    await client.end();

    expect(await describeSchema(migrated)).toEqual(await describeSchema(fromSchema));
  });

  it("re-running migrations applies nothing and an edited migration is refused", async () => {
    const url = await freshDatabase();
    expect((await applyMigrations(url)).length).toBeGreaterThan(0);
    expect(await applyMigrations(url)).toEqual([]);
    const { readMigrations } = await import("@/scripts/lib/migrations");
    const edited = readMigrations().map((m, i) => (i === 0 ? { ...m, checksum: "0".repeat(64) } : m));
    await expect(applyMigrations(url, edited)).rejects.toThrow(/was edited after it was applied/);
  });

  it("a failing migration is rolled back completely", async () => {
    const url = await freshDatabase();
    const bad = [{ name: "99990101000000_bad", sql: 'CREATE TABLE "Half" (id int); SELECT 1/0;', checksum: "x".repeat(64) }];
    await expect(applyMigrations(url, bad)).rejects.toThrow(/failed and was rolled back/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rowCount } = await client.query(`SELECT 1 FROM information_schema.tables WHERE table_name = 'Half'`);
    await client.end();
    expect(rowCount).toBe(0);
  });
});
