import fs from "node:fs";
import path from "node:path";

const VITEST_ROOTS = ["lib", "components", "scripts", "tests"];
const VITEST_FILE = /\.test\.tsx?$/;
const E2E_FILE = /\.spec\.ts$/;

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : walk(full);
    return [full];
  });
}

/**
 * Which test files `npm test -- <patterns>` means: every Vitest or Playwright
 * file whose path contains one of the patterns (a file path, a folder, or a
 * word such as `roster`).
 */
export function selectTests(patterns: string[], root = process.cwd()): { vitest: string[]; e2e: string[] } {
  const rel = (f: string) => path.relative(root, f);
  const matches = (file: string) => patterns.some((p) => file.includes(p.replace(/^\.\//, "")));
  const vitest = VITEST_ROOTS.flatMap((r) => walk(path.join(root, r)))
    .map(rel)
    .filter((f) => VITEST_FILE.test(f) && matches(f));
  const e2e = walk(path.join(root, "e2e"))
    .map(rel)
    .filter((f) => E2E_FILE.test(f) && matches(f));
  return { vitest, e2e };
}
