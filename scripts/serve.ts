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
 * leaves it holding the port.
 */
import http from "node:http";
import next from "next";
import { resolveClientAddress } from "./lib/client-address";

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

const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-real-ip", "forwarded"];

const app = next({ dev: false, dir: process.cwd(), hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

/** HSTS only where the browser reached us over TLS (directly, or through a trusted proxy that says so). */
const HSTS = "max-age=63072000; includeSubDomains";

const server = http.createServer((req, res) => {
  req.headers["x-forwarded-for"] = resolveClientAddress(req.headers["x-forwarded-for"], req.socket.remoteAddress, trustProxy);
  if (trustProxy === 0) for (const name of FORWARDED) delete req.headers[name];
  if (req.headers["x-forwarded-proto"] === "https") res.setHeader("Strict-Transport-Security", HSTS);
  void handle(req, res);
});
server.keepAliveTimeout = 65_000; // longer than common proxies' idle timeouts, so they never reuse a closed socket
server.headersTimeout = 66_000;

let closing = false;
function shutdown(reason: string) {
  if (closing) return;
  closing = true;
  console.log(`[serve] stopping (${reason})`);
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
server.listen(port, host, () => {
  console.log(`[serve] listening on http://${host.includes(":") ? `[${host}]` : host}:${port}${trustProxy ? ` (trusting ${trustProxy} proxy hop${trustProxy > 1 ? "s" : ""})` : ""}`);
});
