import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const SOURCES = ["app", "components", "lib", "content", "prisma", "public", "next.config.ts", "package.json", "postcss.config.mjs"];

function newestMtime(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

/** A build is needed when there is none, or a source is newer than it. */
export function needsBuild(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!fs.existsSync(buildId)) return true;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.some((s) => newestMtime(s) > built);
}

export function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", ...args], { env, stdio: "inherit" });
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/**
 * Starts scripts/serve.ts (the production server) with an IPC channel: when
 * this process dies, even by SIGKILL, the channel closes and the server stops.
 */
export function spawnServer(env: NodeJS.ProcessEnv, { stdout = "inherit" }: { stdout?: "inherit" | "ignore" | number } = {}): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], { env, stdio: ["ignore", stdout, "inherit", "ipc"] });
}

/** Resolves once the server answers /api/health (any status), or rejects after `timeoutMs`. */
export async function waitForServer(baseUrl: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      await fetch(new URL("/api/health", baseUrl), { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  throw new Error(`the app did not start listening at ${baseUrl} within ${timeoutMs / 1000} s`);
}
