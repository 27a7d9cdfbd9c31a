/**
 * The production HTTP server: `npm start` runs it, and so do the tests and the
 * bench. It is Next's own request handler behind a small node:http server that
 * decides, before Next sees the request, which forwarding headers to believe:
 *
 * - the client address is the socket's peer, unless TRUST_PROXY (a number of
 *   proxy hops, default 0) says a proxy in front may be believed; the result
 *   replaces X-Forwarded-For, so the app reads one value nobody can forge;
 * - X-Forwarded-Host/Proto/Port are dropped unless a proxy is trusted, so a
 *   client cannot make the app believe it is served on another origin.
 *
 * It binds HOST (default 127.0.0.1) and PORT (default 3000), and stops when
 * its parent goes away (the IPC channel closes), so a killed `npm start` never
 * leaves it holding the port. Every request gets an id (X-Request-Id, kept
 * from a trusted proxy) that every log line written while serving it carries;
 * Prometheus metrics are served on METRICS_PORT (default 9464) on 127.0.0.1
 * only (METRICS_PORT=off turns them off), never on the public port.
 */
import crypto from "node:crypto";
import http from "node:http";
import next from "next";
import { requestContext } from "../lib/observability/context";
import { lostConnectionRecently } from "../lib/observability/database-trouble";
import { log } from "../lib/observability/log";
import { metrics } from "../lib/observability/metrics";
import { routeLabel } from "../lib/observability/route-label";
import fs from "node:fs";
import path from "node:path";
import { resolveClientAddress } from "./lib/client-address";
import { createPageCache } from "./lib/page-cache";
import { servedWithoutDatabase, UNAVAILABLE_HTML, watchDatabase } from "./lib/db-availability";

const port = Number.parseInt(process.env.PORT ?? "3000", 10);
const host = process.env.HOST || "127.0.0.1";
const trustProxy = Number.parseInt(process.env.TRUST_PROXY ?? "0", 10);
if (!Number.isInteger(trustProxy) || trustProxy < 0 || trustProxy > 10) {
  console.error("[serve] TRUST_PROXY must be a whole number of proxy hops between 0 and 10");
  process.exit(2);
}
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error("[serve] PORT must be a port number (1-65535)");
  process.exit(2);
}
const metricsPort = process.env.METRICS_PORT === "off" ? null : Number.parseInt(process.env.METRICS_PORT ?? "9464", 10);
const REQUEST_ID = /^[A-Za-z0-9._-]{8,128}$/;

const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

const app = next({ dev: false, dir: process.cwd(), hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

// Pages the build prerendered can be served while the database is away; others get a friendly 503.
const distDir = process.env.NEXT_DIST_DIR ?? ".next";
const prerenderRoutes = JSON.parse(fs.readFileSync(path.join(distDir, "prerender-manifest.json"), "utf8")).routes as Record<string, { initialRevalidateSeconds: number | false }>;
const prerendered = new Set(Object.keys(prerenderRoutes));
// Pages that never revalidate are the same bytes until the next build: gzipped once, served from memory.
// So are the filtered catalog and search results for a given query: they render nothing per visitor (who
// is signed in comes from /api/me/state), so a repeated query is answered from memory, for visitors without a session.
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-|__Host-)?authjs\.session-token(?:\.\d+)?=/;
const pageCache = createPageCache(
  Object.entries(prerenderRoutes).flatMap(([route, { initialRevalidateSeconds }]) => (initialRevalidateSeconds === false ? [route] : [])),
  () => ownOrigin,
  { queryPaths: ["/case-studies", "/search"], signedIn: (req) => SESSION_COOKIE.test(req.headers.cookie ?? "") },
);
const database = watchDatabase(process.env.DATABASE_URL!, (up) =>
  up ? log.warn({ event: "database_up" }, "database is reachable again") : log.error({ event: "database_down" }, "database is unreachable: answering 503 for pages that need it"),
);

/** HSTS only where the browser reached us over TLS (directly, or through a trusted proxy that says so). */
const HSTS = "max-age=63072000; includeSubDomains";

const server = http.createServer((req, res) => {
  const started = process.hrtime.bigint();
  const given = req.headers["x-request-id"];
  const requestId = trustProxy > 0 && typeof given === "string" && REQUEST_ID.test(given) ? given : crypto.randomUUID();
  req.headers["x-request-id"] = requestId;
  res.setHeader("X-Request-Id", requestId);
  req.headers["x-forwarded-for"] = resolveClientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustProxy);
  if (trustProxy === 0) for (const name of FORWARDED) delete req.headers[name];
  if (req.headers["x-forwarded-proto"] === "https") res.setHeader("Strict-Transport-Security", HSTS);
  // The path without its query string: queries can carry tokens, and metrics need bounded labels.
  const path = (req.url ?? "/").split("?")[0]!;
  res.on("finish", () => {
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const route = routeLabel(path);
    metrics.httpDuration.observe({ route, method: req.method ?? "GET", status: `${Math.floor(res.statusCode / 100)}xx` }, seconds);
    if (route.startsWith("/_next/static")) return;
    requestContext.run({ requestId }, () =>
      log.info({ method: req.method, path, route, status: res.statusCode, ms: Math.round(seconds * 1000), client: req.headers["x-forwarded-for"] }, "request"),
    );
  });
  if (!database.up && path !== "/api/health" && !servedWithoutDatabase(prerendered, path)) {
    res.writeHead(503, { "Content-Type": "text/html; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" });
    res.end(UNAVAILABLE_HTML);
    return;
  }
  // A failure right after the pool lost connections is the database's, not a bug: say 503, try again.
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => http.ServerResponse;
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    if (status === 500 && (!database.up || lostConnectionRecently())) {
      res.setHeader("Retry-After", "5");
      return writeHead(503, ...rest);
    }
    return writeHead(status, ...rest);
  }) as typeof res.writeHead;
  // A failure the probe has not seen yet: look now, so the next requests are answered 503 at once.
  res.on("finish", () => {
    if (res.statusCode >= 500) database.probeNow();
  });
  if (pageCache.serve(req, res)) return;
  requestContext.run({ requestId }, () => void handle(req, res));
});

if (metricsPort !== null) {
  const metricsServer = http.createServer(async (req, res) => {
    if (req.url !== "/metrics") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": metrics.registry.contentType });
    res.end(await metrics.registry.metrics());
  });
  metricsServer.on("error", (error) => log.warn({ err: { message: error.message } }, `metrics: cannot listen on 127.0.0.1:${metricsPort}; running without /metrics`));
  metricsServer.listen(metricsPort, "127.0.0.1");
  metricsServer.unref();
}
server.keepAliveTimeout = 65_000; // longer than common proxies' idle timeouts, so they never reuse a closed socket
server.headersTimeout = 66_000;

let closing = false;
function shutdown(reason: string) {
  if (closing) return;
  closing = true;
  log.info({ reason }, "stopping");
  database.stop();
  server.close(() => process.exit(0));
  server.closeIdleConnections();
  setTimeout(() => process.exit(0), 5_000).unref();
}
process.on("SIGTERM", () => shutdown("SIGTERM"));
process.on("SIGINT", () => shutdown("SIGINT"));
process.on("disconnect", () => shutdown("parent exited"));

server.on("error", (error: NodeJS.ErrnoException) => {
  const hint = error.code === "EADDRINUSE" ? `: port ${port} is in use; stop what holds it or set PORT` : "";
  console.error(`[serve] cannot listen on ${host}:${port}${hint} (${error.message})`);
  process.exit(1);
});
/** Where this server answers itself (the page cache asks it for pages): loopback when it listens on every address. */
let ownOrigin = `http://127.0.0.1:${port}`;
server.listen(port, host, () => {
  const address = server.address();
  if (address && typeof address === "object" && address.address !== "0.0.0.0" && address.address !== "::") {
    ownOrigin = `http://${address.family === "IPv6" ? `[${address.address}]` : address.address}:${address.port}`;
  }
  log.info({ host, port, trustProxy, metricsPort }, `listening on http://${host.includes(":") ? `[${host}]` : host}:${port}`);
});
