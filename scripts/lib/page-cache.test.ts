import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { createPageCache, type PageCache, type QueryPageOptions } from "./page-cache";

type Upstream = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A server that answers from the cache when it can and from `upstream` (standing in for Next) otherwise. */
async function start(paths: string[], upstream: Upstream, options?: QueryPageOptions) {
  let origin = "";
  const upstreamCalls: string[] = [];
  const cache: PageCache = createPageCache(paths, () => origin, options);
  const server = http.createServer((req, res) => {
    if (cache.serve(req, res)) return;
    upstreamCalls.push(`${req.method} ${req.url}`);
    upstream(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  servers.push(server);
  return { origin, cache, upstreamCalls };
}

const servers: http.Server[] = [];
afterEach(() => {
  for (const s of servers.splice(0)) s.close();
});

function get(url: string, headers: Record<string, string> = {}, method = "GET") {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on("error", reject);
    req.end();
  });
}

const HTML = "<!DOCTYPE html><html><body>" + "a study ".repeat(2000) + "</body></html>";
const page: Upstream = (_req, res) => {
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  res.setHeader("ETag", '"abc"');
  res.setHeader("Vary", "rsc, Accept-Encoding");
  res.appendHeader("x-nextjs-prerender", "1");
  res.appendHeader("x-nextjs-prerender", "1");
  res.end(HTML);
};

async function filled(cache: PageCache, size: number) {
  for (let i = 0; i < 100 && cache.size < size; i++) await new Promise((r) => setTimeout(r, 10));
  expect(cache.size).toBe(size);
}

describe("page cache", () => {
  it("serves a page gzipped from memory after Next served it once, with Next's headers, repeated ones included", async () => {
    const { origin, cache, upstreamCalls } = await start(["/study"], page);
    const first = await get(`${origin}/study`, { "Accept-Encoding": "gzip" });
    expect(first.headers["x-page-cache"]).toBeUndefined();
    await filled(cache, 1);
    const second = await get(`${origin}/study`, { "Accept-Encoding": "gzip, br" });
    expect(second.headers["x-page-cache"]).toBe("HIT");
    expect(second.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(second.body).toString()).toBe(HTML);
    expect(second.headers.etag).toBe('"abc"');
    expect(second.headers.vary).toBe("rsc, Accept-Encoding");
    expect(second.headers["x-nextjs-prerender"]).toBe("1, 1");
    // The visitor's request and the cache's own request for the copy, then nothing more.
    expect(upstreamCalls).toEqual(["GET /study", "GET /study"]);
  });

  it("answers If-None-Match with 304, and HEAD with headers only", async () => {
    const { origin, cache } = await start(["/study"], page);
    await get(`${origin}/study`, { "Accept-Encoding": "gzip" });
    await filled(cache, 1);
    expect((await get(`${origin}/study`, { "Accept-Encoding": "gzip", "If-None-Match": '"abc"' })).status).toBe(304);
    const head = await get(`${origin}/study`, { "Accept-Encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.body.length).toBe(0);
    expect(Number(head.headers["content-length"])).toBeGreaterThan(0);
  });

  it("leaves to Next what is not the page everyone gets: queries, navigations, clients without gzip, other paths and methods", async () => {
    const { origin, cache, upstreamCalls } = await start(["/study"], page);
    await get(`${origin}/study`, { "Accept-Encoding": "gzip" });
    await filled(cache, 1);
    upstreamCalls.length = 0;
    await get(`${origin}/study?x=1`, { "Accept-Encoding": "gzip" });
    await get(`${origin}/study`, { "Accept-Encoding": "gzip", RSC: "1" });
    await get(`${origin}/study`, { "Accept-Encoding": "gzip", "Next-Router-Prefetch": "1" });
    await get(`${origin}/study`, { "Accept-Encoding": "gzip;q=0, identity" });
    await get(`${origin}/study`);
    await get(`${origin}/dashboard`, { "Accept-Encoding": "gzip" });
    await get(`${origin}/study`, { "Accept-Encoding": "gzip" }, "POST");
    expect(upstreamCalls).toEqual(["GET /study?x=1", "GET /study", "GET /study", "GET /study", "GET /study", "GET /dashboard", "POST /study"]);
  });

  it("never keeps an answer that is not a plain 200 without cookies, and never holds Next's internal pages", async () => {
    const failing = await start(["/broken"], (_req, res) => res.writeHead(500).end("no"));
    await get(`${failing.origin}/broken`, { "Accept-Encoding": "gzip" });
    const cookie = await start(["/cookie"], (_req, res) => res.setHeader("Set-Cookie", "a=1").end(HTML));
    await get(`${cookie.origin}/cookie`, { "Accept-Encoding": "gzip" });
    const internal = await start(["/_not-found"], page);
    await get(`${internal.origin}/_not-found`, { "Accept-Encoding": "gzip" });
    await new Promise((r) => setTimeout(r, 200));
    expect([failing.cache.size, cookie.cache.size, internal.cache.size]).toEqual([0, 0, 0]);
    expect(internal.upstreamCalls).toEqual(["GET /_not-found"]);
  });

  describe("pages per query", () => {
    const query = { queryPaths: ["/search"], maxQueryPages: 2, signedIn: (req: http.IncomingMessage) => (req.headers.cookie ?? "").includes("session=") };
    const gz = { "Accept-Encoding": "gzip" };

    it("holds a query's page from its second request on, so a query asked once is rendered once", async () => {
      const { origin, cache, upstreamCalls } = await start([], page, query);
      await get(`${origin}/search?q=once`, gz);
      await get(`${origin}/search?q=kafka`, gz);
      await new Promise((r) => setTimeout(r, 100));
      expect(cache.size).toBe(0);
      await get(`${origin}/search?q=kafka`, gz);
      await filled(cache, 1);
      const hit = await get(`${origin}/search?q=kafka`, gz);
      expect(hit.headers["x-page-cache"]).toBe("HIT");
      expect(zlib.gunzipSync(hit.body).toString()).toBe(HTML);
      // Two visitors' requests for kafka, then the cache's own copy; "once" was rendered once.
      expect(upstreamCalls).toEqual(["GET /search?q=once", "GET /search?q=kafka", "GET /search?q=kafka", "GET /search?q=kafka"]);
    });

    it("never answers a visitor with a session from it, and holds no other paths' queries nor very long URLs", async () => {
      const { origin, cache, upstreamCalls } = await start([], page, query);
      for (let i = 0; i < 2; i++) await get(`${origin}/search?q=raft`, gz);
      await filled(cache, 1);
      upstreamCalls.length = 0;
      const signedIn = await get(`${origin}/search?q=raft`, { ...gz, Cookie: "theme=dark; session=abc" });
      expect(signedIn.headers["x-page-cache"]).toBeUndefined();
      for (let i = 0; i < 3; i++) await get(`${origin}/dashboard?tab=1`, gz);
      const long = `/search?q=${"a".repeat(600)}`;
      for (let i = 0; i < 3; i++) await get(`${origin}${long}`, gz);
      expect(upstreamCalls).toEqual(["GET /search?q=raft", ...Array(3).fill("GET /dashboard?tab=1"), ...Array(3).fill(`GET ${long}`)]);
      expect(cache.size).toBe(1);
    });

    it("keeps at most maxQueryPages, dropping the least recently used", async () => {
      const { origin, cache, upstreamCalls } = await start([], page, query);
      const twice = async (q: string) => {
        for (let i = 0; i < 2; i++) await get(`${origin}/search?q=${q}`, gz);
      };
      await twice("a");
      await filled(cache, 1);
      await twice("b");
      await filled(cache, 2);
      await get(`${origin}/search?q=a`, gz); // a is now the most recently used
      await twice("c");
      await new Promise((r) => setTimeout(r, 100));
      expect(cache.size).toBe(2);
      upstreamCalls.length = 0;
      expect((await get(`${origin}/search?q=a`, gz)).headers["x-page-cache"]).toBe("HIT");
      expect((await get(`${origin}/search?q=c`, gz)).headers["x-page-cache"]).toBe("HIT");
      expect((await get(`${origin}/search?q=b`, gz)).headers["x-page-cache"]).toBeUndefined();
      expect(upstreamCalls).toEqual(["GET /search?q=b"]);
    });
  });
});
