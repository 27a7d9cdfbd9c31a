/**
 * A reference server for the HTTP bench, run in its own process: node:http
 * answering every request with the same page, the way the two obvious servers
 * would.
 *
 *   precompressed  sends bytes gzipped once, up front: the ceiling for node:http
 *   gzip-6         gzips the page for every request at level 6: the naive server
 *
 * Usage: node --import tsx reference-server.ts <mode> <page.html> <port>
 * (<page.html>.gz must sit beside the page for `precompressed`.) Clients that
 * do not accept gzip get the page as it is.
 */
import fs from "node:fs";
import http from "node:http";
import zlib from "node:zlib";

export const REFERENCE_MODES = ["precompressed", "gzip-6"] as const;
export type ReferenceMode = (typeof REFERENCE_MODES)[number];

function serve(mode: ReferenceMode, file: string, port: number) {
  const html = fs.readFileSync(file);
  const gzipped = mode === "precompressed" ? fs.readFileSync(`${file}.gz`) : null;
  const server = http.createServer((req, res) => {
    const headers = { "Content-Type": "text/html; charset=utf-8", Vary: "Accept-Encoding" };
    if (!/\bgzip\b/i.test(req.headers["accept-encoding"] ?? "")) {
      res.writeHead(200, { ...headers, "Content-Length": html.length }).end(html);
      return;
    }
    const send = (body: Buffer) => res.writeHead(200, { ...headers, "Content-Encoding": "gzip", "Content-Length": body.length }).end(body);
    if (gzipped) return send(gzipped);
    zlib.gzip(html, { level: 6 }, (error, body) => (error ? res.writeHead(500).end() : send(body)));
  });
  server.keepAliveTimeout = 65_000;
  server.listen(port, "127.0.0.1");
  // Stop with the bench, however it ends (the IPC channel closes when the parent dies).
  process.on("disconnect", () => process.exit(0));
  process.on("SIGTERM", () => process.exit(0));
}

if (process.argv[1] === import.meta.filename) {
  const [mode, file, port] = process.argv.slice(2);
  if (!REFERENCE_MODES.includes(mode as ReferenceMode) || !file || !port) {
    console.error(`usage: reference-server.ts <${REFERENCE_MODES.join("|")}> <page.html> <port>`);
    process.exit(2);
  }
  serve(mode as ReferenceMode, file, Number(port));
}
