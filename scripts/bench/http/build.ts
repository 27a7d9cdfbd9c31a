/** The benchmarks' production build, in its own folder so that it never replaces the one `npm start` serves. */
import fs from "node:fs";
import path from "node:path";
import { runNext } from "../../lib/next";

export const DIST_DIR = ".next-bench";

/** `next build` into .next-bench. The build writes its folder into tsconfig.json and next-env.d.ts: where it did, they are put back as they were. */
export async function build(env: NodeJS.ProcessEnv): Promise<number | null> {
  if (process.env.BENCH_REUSE_BUILD === "1" && fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) {
    console.log(`reusing the build in ${DIST_DIR} (BENCH_REUSE_BUILD=1)`);
    return null;
  }
  const started = Date.now();
  const kept = ["tsconfig.json", "next-env.d.ts"].map((file) => ({ file, content: fs.existsSync(file) ? fs.readFileSync(file, "utf8") : null }));
  let code: number;
  try {
    // Built as a deployment is, with a public origin, so that canonical links are absolute (app/layout.tsx).
    code = await runNext(["build"], { AUTH_URL: "http://127.0.0.1", ...env });
  } finally {
    for (const { file, content } of kept) {
      const now = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
      if (!now.includes(DIST_DIR) || content?.includes(DIST_DIR)) continue;
      if (content === null) fs.rmSync(file, { force: true });
      else fs.writeFileSync(file, content);
    }
  }
  if (code !== 0) throw new Error(`the production build failed (exit ${code}); see its output above`);
  return (Date.now() - started) / 1000;
}
