/**
 * The pages the build prerendered, answered from memory and gzipped once,
 * instead of by Next, which compresses the same bytes again on every request
 * (a study page is 190 KB of HTML; compressing it was most of its cost).
 *
 * What is stored is exactly what Next answers: the first request for a page
 * is served by Next as usual, and meanwhile the cache asks Next for the page
 * itself, over loopback, and keeps its status, headers and body. Only what is
 * the same for everyone qualifies: a GET or HEAD of a prerendered path with no
 * query string, from a client that takes gzip, that is not a client-side
 * navigation (those carry RSC headers and get the payload, not HTML). Only
 * pages the build never revalidates are held, and nothing revalidates them on
 * demand (revalidatePath is only called for signed-in pages, which are never
 * prerendered), so a copy is good until the process ends; a new build starts a
 * new process.
 */
import http from "node:http";
import { promisify } from "node:util";
import zlib from "node:zlib";
import fresh from "fresh";
import Negotiator from "negotiator";

const gzip = promisify(zlib.gzip);

/** Headers that belong to one response or connection, not to the page. */
const PER_RESPONSE = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "x-request-id", "strict-transport-security"]);
/** Requests that want something other than the page's HTML. */
const NOT_A_PAGE_LOAD = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
/** Marks the cache's own request to Next, which must not be answered from the cache. */
const FILL_HEADER = "x-page-cache-fill";

type Page = { headers: [string, string][]; etag: string | undefined; body: Buffer };

export type PageCache = {
  /** Answers the request from memory and returns true, or returns false for Next to answer it. */
  serve(req: http.IncomingMessage, res: http.ServerResponse): boolean;
  /** How many pages are held. */
  readonly size: number;
};

/**
 * `paths`: the prerendered pages that never revalidate (from the build's
 * prerender manifest). `origin`: where this server itself listens, for the
 * requests that fill the cache.
 */
export function createPageCache(paths: Iterable<string>, origin: () => string): PageCache {
  const cacheable = new Set([...paths].filter((p) => p.startsWith("/") && !p.startsWith("/_")));
  const pages = new Map<string, Page>();
  const filling = new Set<string>();

  function fill(path: string): void {
    filling.add(path);
    const req = http.get(`${origin()}${path}`, { headers: { [FILL_HEADER]: "1", "accept-encoding": "identity" }, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", async () => {
        // Only a complete, plain, cookie-free 200 is the page everyone gets.
        const plain = res.statusCode === 200 && !res.headers["content-encoding"] && !res.headers["set-cookie"];
        if (plain) {
          // As sent, repeated headers included (Next repeats x-nextjs-prerender).
          const headers: [string, string][] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) {
            const name = res.rawHeaders[i]!;
            if (!PER_RESPONSE.has(name.toLowerCase())) headers.push([name, res.rawHeaders[i + 1]!]);
          }
          const body = await gzip(Buffer.concat(chunks), { level: 9 });
          pages.set(path, { headers, etag: res.headers.etag, body });
        }
        filling.delete(path);
      });
      res.on("error", () => filling.delete(path));
    });
    req.on("error", () => filling.delete(path));
    req.setTimeout(30_000, () => req.destroy());
  }

  return {
    get size() {
      return pages.size;
    },
    serve(req, res) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      const path = req.url ?? "";
      if (!cacheable.has(path) || req.headers[FILL_HEADER] !== undefined) return false;
      if (NOT_A_PAGE_LOAD.some((name) => req.headers[name] !== undefined)) return false;
      if (new Negotiator(req).encoding(["gzip", "identity"]) !== "gzip") return false;
      const page = pages.get(path);
      if (!page) {
        if (!filling.has(path)) fill(path);
        return false;
      }
      for (const [name, value] of page.headers) res.appendHeader(name, value);
      res.setHeader("X-Page-Cache", "HIT");
      if (page.etag && fresh(req.headers, { etag: page.etag })) {
        res.statusCode = 304;
        res.end();
        return true;
      }
      res.setHeader("Content-Encoding", "gzip");
      res.setHeader("Content-Length", page.body.length);
      res.statusCode = 200;
      res.end(req.method === "HEAD" ? undefined : page.body);
      return true;
    },
  };
}
