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
 *
 * Pages rendered per request whose HTML depends only on their URL and the
 * build (the filtered catalog, search results: `queryPaths`) are held the same
 * way, keyed by path and query, but only from the second request for a URL (a
 * query asked once is not rendered a second time to fill the cache), only for
 * visitors without a session (as nginx's cache does), and at most
 * `maxQueryPages` of them, the least recently used going first.
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
/** Longer query URLs are left to Next: no real filter or search needs more, and keys stay small. */
const MAX_QUERY_URL = 512;
/** Marks the cache's own request to Next, which must not be answered from the cache. */
const FILL_HEADER = "x-page-cache-fill";

type Page = { headers: [string, string][]; etag: string | undefined; body: Buffer };

export type QueryPageOptions = {
  /** Paths whose HTML, for any query string, depends only on the URL and the build. */
  queryPaths?: Iterable<string>;
  /** How many query pages to hold (default 500). */
  maxQueryPages?: number;
  /** Requests that carry a session: query pages are never answered from the cache for them. */
  signedIn?: (req: http.IncomingMessage) => boolean;
};

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
export function createPageCache(paths: Iterable<string>, origin: () => string, options: QueryPageOptions = {}): PageCache {
  const cacheable = new Set([...paths].filter((p) => p.startsWith("/") && !p.startsWith("/_")));
  const queryPaths = new Set(options.queryPaths ?? []);
  const maxQueryPages = options.maxQueryPages ?? 500;
  const signedIn = options.signedIn ?? (() => false);
  const pages = new Map<string, Page>();
  const filling = new Set<string>();
  /** Query pages held, and query URLs asked for once, each in least-recently-used order (a Map keeps insertion order). */
  const queryPages = new Map<string, Page>();
  const askedOnce = new Map<string, true>();

  const touch = <V>(map: Map<string, V>, key: string, value: V, max: number) => {
    map.delete(key);
    map.set(key, value);
    while (map.size > max) map.delete(map.keys().next().value!);
  };

  /** The copy held for this URL, if any; starts fetching one when the URL qualifies and it is time. */
  function lookup(url: string, req: http.IncomingMessage): Page | undefined {
    if (cacheable.has(url)) {
      const page = pages.get(url);
      if (!page && !filling.has(url)) fill(url, (copy) => pages.set(url, copy));
      return page;
    }
    const query = url.indexOf("?");
    if (query < 0 || url.length > MAX_QUERY_URL || !queryPaths.has(url.slice(0, query)) || signedIn(req)) return undefined;
    const page = queryPages.get(url);
    if (page) {
      touch(queryPages, url, page, maxQueryPages);
      return page;
    }
    if (!askedOnce.has(url)) touch(askedOnce, url, true as const, maxQueryPages * 4);
    else if (!filling.has(url)) {
      askedOnce.delete(url);
      fill(url, (copy) => touch(queryPages, url, copy, maxQueryPages));
    }
    return undefined;
  }

  function fill(path: string, keep: (page: Page) => void): void {
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
          keep({ headers, etag: res.headers.etag, body });
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
      return pages.size + queryPages.size;
    },
    serve(req, res) {
      if (req.method !== "GET" && req.method !== "HEAD") return false;
      if (req.headers[FILL_HEADER] !== undefined) return false;
      if (NOT_A_PAGE_LOAD.some((name) => req.headers[name] !== undefined)) return false;
      if (new Negotiator(req).encoding(["gzip", "identity"]) !== "gzip") return false;
      const page = lookup(req.url ?? "", req);
      if (!page) return false;
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
