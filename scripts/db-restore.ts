/**
 * `npm run db:restore -- <file> [<database name>]`: restores a backup into a
 * new, empty database on the same server as DATABASE_URL (or the embedded
 * one), default `case_studies_restored`, then checks every table's row count
 * and checksum against the backup. It never writes into a database with
 * tables: point DATABASE_URL at the restored database once you are satisfied.
 */
import { restoreDatabase } from "./lib/backup";
import { ensureDatabase } from "./lib/embedded-postgres";
import { resolveDatabase } from "./lib/runtime-env";

const log = (msg: string) => console.log(`[restore] ${msg}`);
const [file, name = "case_studies_restored"] = process.argv.slice(2);
if (!file || !/^[a-z][a-z0-9_]{0,62}$/.test(name)) {
  console.error("usage: npm run db:restore -- <backup file> [database name: lowercase letters, digits, _]");
  process.exit(2);
}

const database = await resolveDatabase({ dataDir: ".data/postgres", database: "case_studies", log });
try {
  const target = new URL(database.url);
  target.pathname = `/${name}`;
  const admin = new URL(database.url);
  admin.pathname = "/postgres";
  await ensureDatabase(admin.toString(), name);
  const started = Date.now();
  const { manifest, verified } = await restoreDatabase(file, target.toString());
  const rows = verified.reduce((n, t) => n + t.rows, 0);
  log(`restored ${rows.toLocaleString("en")} rows into ${name} in ${((Date.now() - started) / 1000).toFixed(1)} s; every table's count and checksum match the backup of ${manifest.createdAt}`);
  for (const t of verified) log(`  ${t.table.padEnd(22)} ${String(t.rows).padStart(8)} rows  md5 ${t.checksum}`);
} catch (error) {
  console.error(`[restore] failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.embedded?.stop();
}
