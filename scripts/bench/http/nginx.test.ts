/**
 * The site config in deploy/nginx/templates, rendered as the bench renders it
 * and run by the real nginx in front of a stand-in app that reports what it
 * received. Skipped where nginx is not installed (`apt-get install nginx`).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../lib/embedded-postgres";
import { renderSite, SITE_TEMPLATE, startNginx, type RunningNginx } from "./nginx";

const hasNginx = (() => {
  try {
    execFileSync("sh", ["-c", "command -v nginx"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
})();

type Seen = { method: string; url: string; headers: http.IncomingHttpHeaders };

describe.skipIf(!hasNginx)("the nginx site config", () => {
  const seen: Seen[] = [];
  let served = 0;
  let upstream: http.Server;
  let nginx: RunningNginx;
  let origin: string;
  let dir: string;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "nginx-site-"));
    fs.chmodSync(dir, 0o755);
    fs.mkdirSync(path.join(dir, "static", "chunks"), { recursive: true });
    fs.writeFileSync(path.join(dir, "static", "chunks", "app.js"), "console.log('hello');\n".repeat(200));
    // The stand-in app: every answer says how many requests reached it, and what it was sent.
    upstream = http.createServer((req, res) => {
      seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers });
      served += 1;
      const headers: http.OutgoingHttpHeaders = { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "s-maxage=31536000", "X-Request-Id": "from-the-app" };
      if (req.url === "/sets-a-cookie") headers["Set-Cookie"] = "authjs.csrf-token=x; Path=/; HttpOnly";
      if (req.url === "/per-request") headers["Cache-Control"] = "private, no-cache, no-store, max-age=0, must-revalidate";
      const body = `<p>answer ${served}</p>${" ".repeat(2048)}`;
      setTimeout(() => res.writeHead(200, headers).end(body), req.url?.startsWith("/slow/") ? 300 : 0);
    });
    const upstreamPort = await freePort();
    await new Promise<void>((resolve) => upstream.listen(upstreamPort, "127.0.0.1", resolve));
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const site = renderSite(fs.readFileSync(SITE_TEMPLATE, "utf8"), {
      APP_UPSTREAM: `127.0.0.1:${upstreamPort}`,
      NGINX_LISTEN: `127.0.0.1:${port}`,
      NEXT_STATIC_DIR: path.join(dir, "static"),
      NGINX_CACHE_DIR: path.join(dir, "cache"),
    });
    nginx = await startNginx(path.join(dir, "nginx"), site);
    for (let i = 0; i < 100; i++) {
      if (await fetch(`${origin}/metrics`).then(() => true, () => false)) break;
      await new Promise((r) => setTimeout(r, 50));
    }
  });

  afterAll(async () => {
    await nginx?.stop();
    await new Promise((resolve) => upstream?.close(resolve));
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const lastSeen = () => seen.at(-1)!;
  const answer = async (res: Response) => Number(/answer (\d+)/.exec(await res.text())?.[1]);

  it("replaces whatever X-Forwarded-For the client sent with the address nginx saw", async () => {
    await fetch(`${origin}/api/echo`, { headers: { "X-Forwarded-For": "203.0.113.9, 10.0.0.1", "X-Real-IP": "203.0.113.9", Forwarded: "for=203.0.113.9" } });
    const { headers } = lastSeen();
    expect(headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(headers["x-forwarded-proto"]).toBe("http");
    expect(headers["x-forwarded-host"]).toBe(new URL(origin).host);
    expect(headers["x-real-ip"]).toBeUndefined();
    expect(headers.forwarded).toBeUndefined();
  });

  it("gives every request an id, keeping one the client sent, and answers with that id", async () => {
    const generated = await fetch(`${origin}/api/echo`);
    expect(lastSeen().headers["x-request-id"]).toMatch(/^[0-9a-f]{32}$/);
    expect(generated.headers.get("x-request-id")).toBe(lastSeen().headers["x-request-id"]);
    const given = await fetch(`${origin}/api/echo`, { headers: { "X-Request-Id": "client-chosen-id-1" } });
    expect(lastSeen().headers["x-request-id"]).toBe("client-chosen-id-1");
    expect(given.headers.get("x-request-id")).toBe("client-chosen-id-1");
  });

  it("serves a page that is the same for everyone from its cache, with each request's own id", async () => {
    const first = await fetch(`${origin}/case-studies/databases/kafka`);
    const second = await fetch(`${origin}/case-studies/databases/kafka`);
    expect(first.headers.get("x-cache-status")).toBe("MISS");
    expect(second.headers.get("x-cache-status")).toBe("HIT");
    expect(await answer(second)).toBe(await answer(first));
    expect(second.headers.get("x-request-id")).not.toBe(first.headers.get("x-request-id"));
    expect(second.headers.get("x-request-id")).not.toBe("from-the-app");
  });

  it("sends a path it cannot decode to the app's not-found page rather than answering with its own 400 page", async () => {
    for (const broken of ["/paths/%E0%A4%A", "/patterns/%ZZ"]) {
      const before = served;
      const res = await fetch(`${origin}${broken}`);
      expect(served, broken).toBe(before + 1);
      expect(lastSeen().url).toBe("/_nginx/not-found");
      expect(await res.text()).toMatch(/answer \d+/);
    }
    // The internal location cannot be asked for directly.
    expect((await fetch(`${origin}/_nginx/not-found`)).status).toBe(404);
  });

  it("lets one request fill a missing page while the others wait for it", async () => {
    const before = served;
    const answers = await Promise.all(Array.from({ length: 8 }, () => fetch(`${origin}/slow/case-studies`).then(answer)));
    expect(served).toBe(before + 1);
    expect(new Set(answers).size).toBe(1);
  });

  it("asks the app for gzip alone, whatever list the browser sent, and keeps HTML and RSC payloads apart", async () => {
    await fetch(`${origin}/paths/data-track`, { headers: { "Accept-Encoding": "gzip, deflate, br, zstd" } });
    expect(lastSeen().headers["accept-encoding"]).toBe("gzip");
    const html = await answer(await fetch(`${origin}/paths/data-track`));
    const rsc = await answer(await fetch(`${origin}/paths/data-track`, { headers: { RSC: "1" } }));
    expect(rsc).not.toBe(html);
  });

  it("never answers from the cache, nor fills it, for a request with a session cookie", async () => {
    await fetch(`${origin}/patterns/sharding`);
    const signedIn = await fetch(`${origin}/patterns/sharding`, { headers: { Cookie: "theme=dark; authjs.session-token=abc" } });
    expect(signedIn.headers.get("x-cache-status")).toBe("BYPASS");
    const chunked = await fetch(`${origin}/patterns/sharding`, { headers: { Cookie: "__Host-authjs.session-token.0=abc" } });
    expect(chunked.headers.get("x-cache-status")).toBe("BYPASS");
  });

  it("never stores a response that sets a cookie or says it is private", async () => {
    for (const p of ["/sets-a-cookie", "/per-request"]) {
      const first = await answer(await fetch(`${origin}${p}`));
      expect(await answer(await fetch(`${origin}${p}`))).toBeGreaterThan(first);
    }
  });

  it("never caches per-user paths, even when the app's answer looks cacheable", async () => {
    for (const p of ["/api/me/state", "/dashboard", "/account", "/instructor/classes/c1", "/admin", "/classes", "/bookmarks", "/signin", "/signup"]) {
      const first = await fetch(`${origin}${p}`);
      const again = await fetch(`${origin}${p}`);
      expect(first.headers.get("x-cache-status"), p).toBeNull();
      expect(await answer(again), p).toBeGreaterThan(await answer(first));
    }
  });

  it("passes every POST to the app", async () => {
    await fetch(`${origin}/case-studies`);
    const before = served;
    await fetch(`${origin}/case-studies`, { method: "POST", body: "x" });
    await fetch(`${origin}/case-studies`, { method: "POST", body: "x" });
    expect(served).toBe(before + 2);
    expect(lastSeen().method).toBe("POST");
  });

  it("serves /_next/static/ from the build folder, compressed, cached for good, without the app", async () => {
    const before = served;
    const res = await fetch(`${origin}/_next/static/chunks/app.js`, { headers: { "Accept-Encoding": "gzip" } });
    expect(res.status).toBe(200);
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("content-encoding")).toBe("gzip");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(served).toBe(before);
  });

  it("answers /metrics itself with 404", async () => {
    const before = served;
    expect((await fetch(`${origin}/metrics`)).status).toBe(404);
    expect(served).toBe(before);
  });
});

describe("rendering the site template", () => {
  const values = { NGINX_LISTEN: "127.0.0.1:8080", NEXT_STATIC_DIR: "/srv/static", NGINX_CACHE_DIR: "/srv/cache" };
  const template = fs.readFileSync(SITE_TEMPLATE, "utf8");

  it("names one app instance in the upstream, or one server line per instance", () => {
    const one = renderSite(template, { ...values, APP_UPSTREAM: "app:3000" });
    expect(one.match(/^\s*server \S+;$/gm)).toEqual(["    server app:3000;"]);
    const two = renderSite(template, { ...values, APP_UPSTREAM: ["127.0.0.1:4001", "127.0.0.1:4002"] });
    expect(two.match(/^\s*server \S+;$/gm)).toEqual(["    server 127.0.0.1:4001;", "    server 127.0.0.1:4002;"]);
    // Nothing else changes: the two renderings differ only in the upstream's lines.
    expect(two.replace(/^\s*server 127\.0\.0\.1:400\d;\n/gm, "")).toBe(one.replace(/^\s*server app:3000;\n/m, ""));
    expect(two).not.toMatch(/\$\{[A-Z_]+\}/);
  });

  it("refuses an empty list of instances", () => {
    expect(() => renderSite(template, { ...values, APP_UPSTREAM: [] })).toThrow(/at least one/);
  });
});
