/**
 * Lighthouse 12.2.3 (pinned: newer ones need Node 22) with its default mobile
 * settings (a Moto G Power-sized screen, simulated slow 4G and a 4x slower
 * CPU) in Debian's Chromium, on the production build (.next-bench, built by
 * the http benchmark when it is not there yet) serving the bench's data set:
 * the home page, the catalog, the longest study and the heavy learner's
 * dashboard (signed in with a session cookie). One run per page; the scores,
 * the paint metrics and every audit that kept a score below its target go
 * into the notes.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium as playwright } from "@playwright/test";
import lighthouse from "lighthouse";
import { encode } from "next-auth/jwt";
import { freePort } from "../lib/embedded-postgres";
import { spawnServer, waitForServer } from "../lib/next";
import type { Benchmark } from "../lib/bench-kit";
import { build, DIST_DIR } from "./http/build";
import { seedDataset } from "./http/dataset";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const CHROMIUM_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];
const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const TARGET: Record<(typeof CATEGORIES)[number], number> = { performance: 95, accessibility: 100, "best-practices": 100, seo: 100 };
const SESSION_COOKIE = "authjs.session-token";

/** Chromium with a DevTools port for Lighthouse to drive, in a throwaway profile. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "bench-lighthouse-"));
  const child = spawn(CHROMIUM, [...CHROMIUM_FLAGS, `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"], { stdio: "ignore" });
  const deadline = Date.now() + 30_000;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/json/version`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`${CHROMIUM} did not open its DevTools port`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    port,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGKILL");
        await exited;
      }
      fs.rmSync(profile, { recursive: true, force: true, maxRetries: 5 });
    },
  };
}

/** Puts a cookie into the running Chromium's default profile, over its DevTools port. */
async function setCookie(port: number, cookie: { name: string; value: string; url: string }): Promise<void> {
  const browser = await playwright.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    await browser.contexts()[0]!.addCookies([{ ...cookie, httpOnly: true, sameSite: "Lax" }]);
  } finally {
    await browser.close();
  }
}

const bench: Benchmark = {
  name: "lighthouse",
  async run(ctx) {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Lighthouse needs Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    const databaseUrl = await ctx.createDatabase();
    const secret = crypto.randomBytes(33).toString("base64url");
    const env = { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: secret, NODE_ENV: "production" as const, NEXT_DIST_DIR: DIST_DIR, NEXT_TELEMETRY_DISABLED: "1" };
    if (!fs.existsSync(path.join(DIST_DIR, "BUILD_ID"))) await build(env);
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST_DIR, "prerender-manifest.json"), "utf8")) as { routes: Record<string, unknown> };
    const studyRoutes = Object.keys(manifest.routes).filter((r) => /^\/case-studies\/[^/]+\/[^/]+$/.test(r));
    const htmlBytes = (route: string) => fs.statSync(path.join(DIST_DIR, "server", "app", `${route.slice(1)}.html`)).size;
    const longest = studyRoutes.reduce((a, b) => (htmlBytes(b) > htmlBytes(a) ? b : a));
    const data = await seedDataset(databaseUrl, studyRoutes.map((r) => r.slice("/case-studies/".length)).sort());
    const token = await encode({
      token: { sub: data.heavy.id, sv: 0, name: data.heavy.name, email: data.heavy.email, authTime: Math.floor(Date.now() / 1000) },
      secret,
      salt: SESSION_COOKIE,
    });

    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    // Served as a deployment is, on its public origin: pages rendered per request (the catalog) make their canonical links absolute on it.
    const app = spawnServer({ ...env, AUTH_URL: origin, PORT: String(port), HOST: "127.0.0.1", METRICS_PORT: "off", LOG_LEVEL: "warn" });
    const chromium = await startChromium();
    const pages: [string, string, boolean?][] = [
      ["home", "/"],
      ["catalog", "/case-studies"],
      ["longest study", longest],
      ["dashboard, heavy learner", "/dashboard", true],
    ];
    try {
      await waitForServer(origin);
      for (const [label, route, signedIn] of pages) {
        // Chromium drops a Cookie header passed as an extra header, and Lighthouse clears the site's
        // storage before a run: the session goes into the browser's cookie jar, and is kept there.
        if (signedIn) await setCookie(chromium.port, { name: SESSION_COOKIE, value: token, url: origin });
        // One visit first, so that the page cache and Next's caches hold what a real visitor would meet.
        await fetch(`${origin}${route}`, { headers: signedIn ? { Cookie: `${SESSION_COOKIE}=${token}` } : {} });
        console.log(`  lighthouse: ${label} (${route})...`);
        const result = await lighthouse(`${origin}${route}`, {
          port: chromium.port,
          output: "json",
          logLevel: "error",
          onlyCategories: [...CATEGORIES],
          disableStorageReset: signedIn === true,
        });
        if (!result) throw new Error(`Lighthouse returned nothing for ${route}`);
        const { lhr } = result;
        if (lhr.runtimeError) throw new Error(`Lighthouse could not load ${route}: ${lhr.runtimeError.message}`);
        if (lhr.finalDisplayedUrl.replace(origin, "") !== route) throw new Error(`Lighthouse ended on ${lhr.finalDisplayedUrl}, not ${route}`);
        const scores = CATEGORIES.map((id) => ({ id, score: Math.round((lhr.categories[id]?.score ?? 0) * 100) }));
        const failing: string[] = [];
        for (const { id, score } of scores) {
          if (score >= TARGET[id]) continue;
          for (const ref of lhr.categories[id]!.auditRefs) {
            const audit = lhr.audits[ref.id]!;
            if (ref.weight > 0 && audit.score !== null && audit.score < 1) failing.push(`${id}: ${ref.id} ${audit.displayValue ?? audit.score}`);
          }
        }
        const met = scores.every(({ id, score }) => score >= TARGET[id]);
        const metrics = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift"]
          .map((id) => `${id.replace(/-/g, " ")} ${lhr.audits[id]?.displayValue ?? "n/a"}`)
          .join(", ");
        ctx.note(
          `${met ? "MET" : "MISSED"}: Lighthouse ${lhr.lighthouseVersion} mobile, ${label} (${route}): ` +
            `${scores.map(({ id, score }) => `${id} ${score}`).join(", ")} (targets 95/100/100/100); ${metrics}` +
            (failing.length ? `; below target: ${failing.join("; ")}` : ""),
        );
      }
    } finally {
      if (app.exitCode === null) {
        const exited = new Promise((resolve) => app.once("exit", resolve));
        app.kill("SIGTERM");
        await exited;
      }
      await chromium.stop();
    }
    // Scores are notes: one run per page has no percentiles.
    return [];
  },
};
export default bench;
