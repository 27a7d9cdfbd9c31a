/**
 * Resolves DATABASE_URL and AUTH_SECRET for `npm start`: given values win;
 * otherwise an embedded Postgres is started and a secret is generated once
 * and kept beside its data.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "./embedded-postgres";

export type RuntimeDatabase = { url: string; embedded: EmbeddedServer | null };

export async function resolveDatabase(options: {
  dataDir: string;
  database: string;
  fast?: boolean;
  log: (msg: string) => void;
}): Promise<RuntimeDatabase> {
  const given = process.env.DATABASE_URL;
  if (given) return { url: given, embedded: null };
  // The demo database listens on 54329 when it can, so psql and other tools find it at a stable address.
  const embedded = await startEmbeddedPostgres({ dataDir: options.dataDir, fast: options.fast, log: options.log, preferredPort: 54329 });
  await ensureDatabase(embedded.url("postgres"), options.database);
  return { url: embedded.url(options.database), embedded };
}

export function resolveAuthSecret(dir: string): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(33).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}
