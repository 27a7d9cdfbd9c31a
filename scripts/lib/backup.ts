/**
 * Logical backups of the app's database, for the embedded Postgres and for any
 * DATABASE_URL (docs/decisions/011-backups.md).
 *
 * pg_dump must be at least as new as the server, and the embedded server is
 * PostgreSQL 18 while neither npm nor Debian 12 ships a pg_dump 18; so the
 * backup is made with SQL over the normal connection, inside one read-only
 * repeatable-read transaction (a consistent snapshot, like pg_dump's), as
 * gzip-compressed JSON lines: a header, then every row of every table, then a
 * manifest with each table's row count and checksum. A restore applies the
 * migrations the backup was taken at, loads the rows in foreign-key order,
 * applies any newer migrations, and checks every count and checksum.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import zlib from "node:zlib";
import pg from "pg";
import { applyMigrations, readMigrations } from "./migrations";

export const BACKUP_FORMAT = "case-studies-backup/1";
const BATCH = 2_000;

export type TableSummary = { table: string; rows: number; checksum: string };
export type Manifest = { format: string; createdAt: string; migrations: string[]; tables: TableSummary[] };

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

/** Tables of the public schema, parents before children (so rows load without breaking foreign keys). */
async function tablesInLoadOrder(client: pg.ClientBase): Promise<string[]> {
  const { rows: tables } = await client.query<{ name: string }>(
    `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
  );
  const { rows: edges } = await client.query<{ child: string; parent: string }>(`
    SELECT c.conrelid::regclass::text AS child, c.confrelid::regclass::text AS parent
    FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
    WHERE c.contype = 'f' AND n.nspname = 'public' AND c.conrelid <> c.confrelid`);
  const unquote = (name: string) => name.replace(/^"|"$/g, "").replaceAll('""', '"');
  const parents = new Map(tables.map((t) => [t.name, new Set<string>()]));
  for (const e of edges) parents.get(unquote(e.child))?.add(unquote(e.parent));
  const ordered: string[] = [];
  const visit = (name: string, path: Set<string>) => {
    if (ordered.includes(name) || path.has(name)) return;
    path.add(name);
    for (const parent of parents.get(name) ?? []) visit(parent, path);
    ordered.push(name);
  };
  for (const t of tables) visit(t.name, new Set());
  return ordered;
}

/** Row count and an order-independent checksum of a table's content, computed by Postgres itself. */
export async function summarizeTable(client: pg.ClientBase, table: string): Promise<TableSummary> {
  const { rows } = await client.query<{ rows: string; checksum: string | null }>(
    `SELECT count(*)::text AS rows, md5(string_agg(r, E'\\n' ORDER BY r)) AS checksum
     FROM (SELECT row_to_json(t)::text AS r FROM ${quote(table)} t) x`,
  );
  return { table, rows: Number(rows[0]!.rows), checksum: rows[0]!.checksum ?? "empty" };
}

export async function summarizeDatabase(connectionString: string): Promise<TableSummary[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const tables = await tablesInLoadOrder(client);
    const out: TableSummary[] = [];
    for (const t of tables) out.push(await summarizeTable(client, t));
    return out.sort((a, b) => a.table.localeCompare(b.table));
  } finally {
    await client.end();
  }
}

export async function backupDatabase(connectionString: string, file: string): Promise<Manifest> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const tmp = `${file}.partial-${crypto.randomBytes(4).toString("hex")}`;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const tables = await tablesInLoadOrder(client);
    const { rows: applied } = await client.query<{ migration_name: string }>(
      `SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
    );
    const summaries: TableSummary[] = [];
    async function* lines() {
      yield `${JSON.stringify({ format: BACKUP_FORMAT, createdAt: new Date().toISOString(), tables })}\n`;
      for (const table of tables) {
        yield `${JSON.stringify({ table })}\n`;
        await client.query(`DECLARE rows_cursor NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS r FROM ${quote(table)} t`);
        for (;;) {
          const { rows } = await client.query<{ r: string }>(`FETCH ${BATCH} FROM rows_cursor`);
          if (rows.length === 0) break;
          yield `${rows.map((row) => row.r).join("\n")}\n`;
        }
        await client.query("CLOSE rows_cursor");
        summaries.push(await summarizeTable(client, table));
      }
      const manifest: Manifest = {
        format: BACKUP_FORMAT,
        createdAt: new Date().toISOString(),
        migrations: applied.map((m) => m.migration_name),
        tables: summaries,
      };
      yield `${JSON.stringify({ manifest })}\n`;
    }
    await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(tmp, { mode: 0o600 }));
    await client.query("COMMIT");
    fs.renameSync(tmp, file); // a backup file exists only once it is complete
    return await readManifest(file);
  } catch (error) {
    fs.rmSync(tmp, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

async function readManifest(file: string): Promise<Manifest> {
  let manifest: Manifest | null = null;
  for await (const line of readLines(file)) if (line.startsWith('{"manifest"')) manifest = (JSON.parse(line) as { manifest: Manifest }).manifest;
  if (!manifest) throw new Error(`${file} is not a complete backup (no manifest)`);
  return manifest;
}

function readLines(file: string) {
  return readline.createInterface({ input: fs.createReadStream(file).pipe(zlib.createGunzip()), crlfDelay: Infinity });
}

/**
 * Restores a backup into an empty database (no tables in its public schema),
 * in one transaction: it either arrives whole and verified, or not at all.
 */
export async function restoreDatabase(file: string, connectionString: string): Promise<{ manifest: Manifest; verified: TableSummary[] }> {
  const manifest = await readManifest(file);
  if (manifest.format !== BACKUP_FORMAT) throw new Error(`${file}: unknown backup format ${manifest.format}`);
  const known = new Set(readMigrations().map((m) => m.name));
  const unknown = manifest.migrations.filter((m) => !known.has(m));
  if (unknown.length) throw new Error(`${file} was taken at migrations this checkout does not have: ${unknown.join(", ")}`);

  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (rows[0]!.n > 0) throw new Error("the target database is not empty: restore into a new, empty database");
  } finally {
    await client.end();
  }
  // The schema as it was when the backup was taken; newer migrations run after the data is in.
  const last = manifest.migrations.at(-1) ?? "";
  await applyMigrations(connectionString, readMigrations().filter((m) => m.name <= last));

  const loader = new pg.Client({ connectionString });
  await loader.connect();
  try {
    await loader.query("BEGIN");
    // Migrations seed some rows (roles, permissions); the backup's rows replace them.
    for (const t of [...(await tablesInLoadOrder(loader))].reverse()) {
      if (t !== "_prisma_migrations") await loader.query(`DELETE FROM ${quote(t)}`);
    }
    let table: string | null = null;
    let batch: string[] = [];
    const flush = async () => {
      if (!table || batch.length === 0 || table === "_prisma_migrations") return void (batch = []);
      await loader.query(`INSERT INTO ${quote(table)} SELECT * FROM json_populate_recordset(NULL::${quote(table)}, $1::json)`, [`[${batch.join(",")}]`]);
      batch = [];
    };
    let lineNo = 0;
    for await (const line of readLines(file)) {
      lineNo++;
      if (lineNo === 1 || line === "") continue;
      if (line.startsWith('{"manifest"')) break;
      if (line.startsWith('{"table"')) {
        await flush();
        table = (JSON.parse(line) as { table: string }).table;
        continue;
      }
      batch.push(line);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    const verified: TableSummary[] = [];
    for (const expected of manifest.tables) {
      if (expected.table === "_prisma_migrations") continue;
      const actual = await summarizeTable(loader, expected.table);
      if (actual.rows !== expected.rows || actual.checksum !== expected.checksum) {
        throw new Error(`${expected.table}: restored ${actual.rows} rows (checksum ${actual.checksum}), the backup has ${expected.rows} (${expected.checksum})`);
      }
      verified.push(actual);
    }
    await loader.query("COMMIT");
    await applyMigrations(connectionString);
    return { manifest, verified };
  } catch (error) {
    await loader.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await loader.end();
  }
}
