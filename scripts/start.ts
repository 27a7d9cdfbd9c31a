/**
 * `npm start`: database (embedded unless DATABASE_URL is set), migrations,
 * demo seed (embedded database only), a production build when the sources are
 * newer than it, then `next start` on PORT. Ctrl-C stops everything.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { seedDemo } from "../prisma/demo-seed";
import { needsBuild, runNext } from "./lib/next";
import { applyMigrations } from "./lib/migrations";
import { resolveAuthSecret, resolveDatabase } from "./lib/runtime-env";

const log = (msg: string) => console.log(`[start] ${msg}`);
const port = process.env.PORT ?? "3000";

const database = await resolveDatabase({ dataDir: ".data/postgres", database: "case_studies", log });
let server: ChildProcess | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    await database.embedded?.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    AUTH_SECRET: resolveAuthSecret(".data"),
    NODE_ENV: "production" as const,
  };
  log(database.embedded ? `embedded Postgres at ${database.url.replace(/\/\/.*@/, "//")}` : "using DATABASE_URL");
  const applied = await applyMigrations(database.url);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  if (database.embedded && (await seedDemo(database.url))) log("seeded the demo accounts (password: demo-password-123)");

  if (needsBuild()) {
    log("building the app (first start or sources changed)");
    const code = await runNext(["build"], env);
    if (code !== 0) {
      log("the build failed; see the messages above");
      await stop(code);
    }
  }
  server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], { env, stdio: "inherit" });
  server.on("exit", (code) => {
    if (!stopping) void stop(code ?? 1);
  });
  log(`serving on http://localhost:${port}`);
} catch (error) {
  console.error(`[start] ${(error as Error).message}`);
  await stop(1);
}
