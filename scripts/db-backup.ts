/**
 * `npm run db:backup [-- <file>]`: a consistent logical backup of DATABASE_URL,
 * or of the embedded database (started, or shared if npm start is running).
 * Default file: backups/case-studies-<timestamp>.ndjson.gz.
 */
import fs from "node:fs";
import path from "node:path";
import { backupDatabase } from "./lib/backup";
import { resolveDatabase } from "./lib/runtime-env";

const log = (msg: string) => console.log(`[backup] ${msg}`);
const file = path.resolve(process.argv[2] ?? path.join("backups", `case-studies-${new Date().toISOString().replace(/[:.]/g, "-")}.ndjson.gz`));
fs.mkdirSync(path.dirname(file), { recursive: true });

const database = await resolveDatabase({ dataDir: ".data/postgres", database: "case_studies", log });
try {
  const started = Date.now();
  const manifest = await backupDatabase(database.url, file);
  const rows = manifest.tables.reduce((n, t) => n + t.rows, 0);
  log(`${rows.toLocaleString("en")} rows in ${manifest.tables.length} tables, at migration ${manifest.migrations.at(-1)}, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  log(`wrote ${file} (${(fs.statSync(file).size / 1024).toFixed(0)} KiB)`);
} catch (error) {
  console.error(`[backup] failed: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await database.embedded?.stop();
}
