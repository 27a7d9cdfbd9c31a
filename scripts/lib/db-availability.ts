/**
 * Whether Postgres answers, probed once a second over one connection of its
 * own. While it does not, the server answers pages that need the database
 * with a friendly 503 at once instead of letting each request wait for, then
 * fail on, the pool (docs/operations.md, "When the database is down").
 */
import pg from "pg";

export type Availability = { readonly up: boolean; readonly downSince: number | null; probeNow: () => void; stop: () => void };

export function watchDatabase(connectionString: string, onChange: (up: boolean) => void, intervalMs = 1_000): Availability {
  let client: pg.Client | null = null;
  let downSince: number | null = null;
  let probing = false;
  let stopped = false;

  const markDown = () => {
    if (downSince === null) {
      downSince = Date.now();
      onChange(false);
    }
  };
  const markUp = () => {
    if (downSince !== null) {
      downSince = null;
      onChange(true);
    }
  };

  async function probe() {
    if (probing || stopped) return;
    probing = true;
    try {
      if (!client) {
        const c = new pg.Client({ connectionString, connectionTimeoutMillis: 2_000, query_timeout: 2_000, application_name: "case-studies-probe" });
        c.on("error", () => {
          client = null;
          markDown();
        });
        await c.connect();
        client = c;
      }
      await client.query("SELECT 1");
      markUp();
    } catch {
      const broken = client;
      client = null;
      await broken?.end().catch(() => {});
      markDown();
    } finally {
      probing = false;
    }
  }

  const timer = setInterval(() => void probe(), intervalMs);
  timer.unref();
  void probe();
  return {
    get up() {
      return downSince === null;
    },
    get downSince() {
      return downSince;
    },
    probeNow: () => void probe(),
    stop: () => {
      stopped = true;
      clearInterval(timer);
      void client?.end().catch(() => {});
    },
  };
}

/** Paths Next serves from the build without the database (prerendered pages, static assets). */
export function servedWithoutDatabase(prerendered: ReadonlySet<string>, path: string): boolean {
  return path.startsWith("/_next/") || prerendered.has(path) || prerendered.has(path.replace(/\/$/, "")) || /\.(ico|png|svg|txt|xml|webmanifest)$/.test(path);
}

export const UNAVAILABLE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>Back in a moment · Case Studies</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem}a{color:#1d4ed8}@media(prefers-color-scheme:dark){body{background:#0f172a;color:#e2e8f0}a{color:#60a5fa}}</style>
</head><body><main><h1>Back in a moment</h1>
<p>We cannot reach our database just now, so pages with your progress, classes and account are paused. The case studies themselves are still readable.</p>
<p>This page will work again as soon as the database is back; try again in a few seconds.</p>
<p><a href="/">Go to the home page</a> · <a href="/case-studies">Browse the case studies</a></p></main></body></html>`;
