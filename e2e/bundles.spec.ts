import fs from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";

const distDir = process.env.NEXT_DIST_DIR ?? ".next";

/** Every JavaScript file the browser can download, as one string. */
function clientJavaScript(): string {
  const dir = path.join(distDir, "static");
  return (fs.readdirSync(dir, { recursive: true, encoding: "utf8" }) as string[])
    .filter((f) => f.endsWith(".js"))
    .map((f) => fs.readFileSync(path.join(dir, f), "utf8"))
    .join("\n");
}

test("the common-password list is checked on the server only: no browser bundle carries it", async () => {
  // Entries from the middle of the 49,000-word list, which nothing else would contain together.
  const { dictionary } = await import("@zxcvbn-ts/language-common");
  const list = (dictionary as Record<string, string[]>)["passwords-common"]!;
  const probes = list.slice(30_000, 30_006);
  const js = clientJavaScript();
  expect(js.length).toBeGreaterThan(100_000);
  expect(probes.filter((p) => js.includes(`"${p}"`))).toEqual([]);
});
