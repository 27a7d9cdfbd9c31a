/**
 * Debian's nginx for the bench: the repo's site config (deploy/nginx/templates)
 * rendered for 127.0.0.1, or any other http-level config, inside a small main
 * config of the bench's own (one worker, no access log, files under the bench's
 * folder). Every config is checked with `nginx -t` before it is started.
 */
import { execFile, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export const SITE_TEMPLATE = path.join(process.cwd(), "deploy", "nginx", "templates", "case-studies.conf.template");
const SITE_VARIABLES = ["APP_UPSTREAM", "NGINX_LISTEN", "NEXT_STATIC_DIR", "NGINX_CACHE_DIR"] as const;
export type SiteValues = Omit<Record<(typeof SITE_VARIABLES)[number], string>, "APP_UPSTREAM"> & {
  /** One app instance, or several: the upstream's `server` line is repeated once per instance. */
  APP_UPSTREAM: string | string[];
};

/**
 * The site template with its ${...} names filled in, as the nginx image's envsubst would. Several
 * app instances repeat the line that names ${APP_UPSTREAM} (in docker-compose, scaled replicas
 * are found instead through the one service name, which resolves to all of them).
 */
export function renderSite(template: string, values: SiteValues): string {
  const upstreams = ([] as string[]).concat(values.APP_UPSTREAM);
  if (upstreams.length === 0) throw new Error("renderSite needs at least one APP_UPSTREAM");
  const fill = (line: string, upstream: string) =>
    line.replace(/\$\{([A-Z_]+)\}/g, (whole, name: string) => {
      if (!(SITE_VARIABLES as readonly string[]).includes(name)) throw new Error(`${SITE_TEMPLATE} uses an unknown variable ${whole}`);
      return name === "APP_UPSTREAM" ? upstream : values[name as Exclude<keyof SiteValues, "APP_UPSTREAM">];
    });
  return template
    .split("\n")
    .flatMap((line) => (line.includes("${APP_UPSTREAM}") ? upstreams.map((u) => fill(line, u)) : [fill(line, upstreams[0]!)]))
    .join("\n");
}

export type RunningNginx = { stop: () => Promise<void> };

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** An nginx left running by a bench that was killed: stopped by the pid it wrote, and only if that pid is still our nginx. */
function stopStale(dir: string): void {
  const pidFile = path.join(dir, "nginx.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number.parseInt(fs.readFileSync(pidFile, "utf8"), 10);
  const ours = Number.isInteger(pid) && alive(pid) && fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").includes(path.join(dir, "nginx.conf"));
  if (ours) process.kill(pid, "SIGTERM");
  fs.rmSync(pidFile, { force: true });
}

/**
 * Writes `dir/nginx.conf` around `http` (http-level directives) in a new, empty `dir`, checks it with
 * `nginx -t -c`, and starts nginx in the foreground, pinned to `cpu` when given.
 */
export async function startNginx(dir: string, http: string, cpu?: number): Promise<RunningNginx> {
  stopStale(dir);
  // A fresh folder each time: an empty cache, no old logs.
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  // Workers run as nobody: they must be able to enter the folder for the cache and temp files.
  fs.chmodSync(dir, 0o755);
  const conf = path.join(dir, "nginx.conf");
  fs.writeFileSync(
    conf,
    [
      "daemon off;",
      "worker_processes 1;",
      `pid ${dir}/nginx.pid;`,
      `error_log ${dir}/error.log warn;`,
      "events { worker_connections 4096; }",
      "http {",
      "    include /etc/nginx/mime.types;",
      "    default_type application/octet-stream;",
      "    access_log off;",
      ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `    ${kind}_temp_path ${dir}/temp-${kind};`),
      http.replace(/^/gm, "    "),
      "}",
      "",
    ].join("\n"),
  );
  try {
    await run("nginx", ["-t", "-q", "-c", conf]);
  } catch (error) {
    throw new Error(`nginx -t rejected ${conf}:\n${(error as { stderr?: string }).stderr ?? (error as Error).message}`);
  }
  const command = cpu === undefined ? ["nginx", "-c", conf] : ["taskset", "-c", String(cpu), "nginx", "-c", conf];
  const child: ChildProcess = spawn(command[0]!, command.slice(1), { stdio: ["ignore", "ignore", "inherit"] });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}
