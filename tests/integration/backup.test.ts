import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { seedDemo } from "@/prisma/demo-seed";
import { backupDatabase, restoreDatabase, summarizeDatabase } from "@/scripts/lib/backup";

const admin = process.env.TEST_ADMIN_DATABASE_URL!;
const scratch = `restore_${Date.now().toString(36)}`;
const scratchUrl = (() => {
  const u = new URL(admin);
  u.pathname = `/${scratch}`;
  return u.toString();
})();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "backup-"));

afterAll(async () => {
  const c = new pg.Client({ connectionString: admin });
  await c.connect();
  await c.query(`DROP DATABASE IF EXISTS "${scratch}" WITH (FORCE)`);
  await c.end();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores into a scratch database with the same row count and checksum in every table", async () => {
    const source = process.env.DATABASE_URL!;
    await seedDemo(source);
    // Text that JSON and SQL both make awkward: quotes, backslashes, newlines, emoji, a far-future date.
    const learner = await db.user.findUniqueOrThrow({ where: { email: "learner@example.com" } });
    await db.bookmark.update({
      where: { userId_studyId: { userId: learner.id, studyId: "infrastructure/consistent-hashing" } },
      data: { note: 'He said "rings" \\ not ‘rings’.\nLine two 🧭 tab\tend' },
    });
    const file = path.join(dir, "backup.ndjson.gz");
    const manifest = await backupDatabase(source, file);
    expect(manifest.tables.find((t) => t.table === "User")?.rows).toBe(3);

    const c = new pg.Client({ connectionString: admin });
    await c.connect();
    await c.query(`CREATE DATABASE "${scratch}"`);
    await c.end();
    const { verified } = await restoreDatabase(file, scratchUrl);
    expect(verified.length).toBeGreaterThanOrEqual(10);

    const before = (await summarizeDatabase(source)).filter((t) => t.table !== "_prisma_migrations");
    const after = (await summarizeDatabase(scratchUrl)).filter((t) => t.table !== "_prisma_migrations");
    expect(after).toEqual(before);
    expect(before.reduce((n, t) => n + t.rows, 0)).toBeGreaterThan(20);
  });

  it("refuses to restore over a database that has tables", async () => {
    const file = path.join(dir, "again.ndjson.gz");
    await backupDatabase(process.env.DATABASE_URL!, file);
    await expect(restoreDatabase(file, process.env.DATABASE_URL!)).rejects.toThrow(/not empty/);
  });

  it("never leaves a half-written backup file behind", async () => {
    const file = path.join(dir, "missing-folder", "x.ndjson.gz");
    await expect(backupDatabase(process.env.DATABASE_URL!, file)).rejects.toThrow();
    expect(fs.existsSync(file)).toBe(false);
  });
});
