/**
 * Load rounds with wrk (Debian's package), one thread pinned to the load
 * generator's core. Requests ask for gzip as browsers do; a round over several
 * paths cycles through them on every connection.
 *
 * Errors: requests that failed outright (connect, read, write, timeout) plus
 * responses that were not 2xx. With `everyStatus`, a Lua hook sees every
 * response and counts each one outside 2xx; it costs wrk about 6 us a
 * response (it copies the body into Lua), which would cap the fastest rounds
 * at the load generator rather than the server. Without it, wrk's own count
 * of responses >= 400 is used, and the caller checks the status before and
 * after the round (for servers whose answer cannot change: files, a cache).
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { cpuSnapshot, otherCores } from "./other-load";

const run = promisify(execFile);

export type LoadTarget = {
  /** The server's origin, e.g. http://127.0.0.1:3000. */
  origin: string;
  /** Paths with their query strings; requests go round them in order. */
  paths: string[];
  headers?: Record<string, string>;
};

export type RoundOptions = { connections: number; seconds: number; cpu: number; everyStatus: boolean };

export type RoundResult = {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  /** Latency percentiles in milliseconds; NaN when no request completed. */
  p50: number;
  p95: number;
  p99: number;
  /** Responses other than 2xx (with `everyStatus`), or >= 400 (without). */
  non2xx: number;
  /** Requests that failed without a response (connect, read, write, timeout). */
  failed: number;
  bytes: number;
  /** Cores' worth of CPU that processes other than the bench's, and steal, took during the timed round (other-load.ts). */
  otherCores: number;
  /** The machine's 1-minute load average when the round ended. */
  loadAverage: number;
};

type WrkSummary = {
  requests: number;
  durationUs: number;
  bytes: number;
  non2xx: number;
  status: number;
  connect: number;
  read: number;
  write: number;
  timeout: number;
  p50: number;
  p95: number;
  p99: number;
};

const RESULT_MARK = "WRK_RESULT ";

function luaString(value: string): string {
  if (!/^[\x20-\x7e]*$/.test(value)) throw new Error(`not printable ASCII, cannot be sent by the bench: ${value}`);
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}

/** The Lua script for one target: its headers, its paths in turn, optionally a status check per response, and a JSON summary at the end. */
function wrkScript(target: LoadTarget, everyStatus: boolean): string {
  const headers = { "Accept-Encoding": "gzip", ...target.headers };
  return [
    `local headers = { ${Object.entries(headers).map(([k, v]) => `[${luaString(k)}] = ${luaString(v)}`).join(", ")} }`,
    `local paths = { ${target.paths.map(luaString).join(", ")} }`,
    "local threads = {}",
    "local requests = {}",
    "local next_request = 0",
    "function setup(thread) table.insert(threads, thread) end",
    "function init(args)",
    "  non2xx = 0",
    "  for i, p in ipairs(paths) do requests[i] = wrk.format('GET', p, headers) end",
    "end",
    "function request()",
    "  next_request = next_request % #requests + 1",
    "  return requests[next_request]",
    "end",
    ...(everyStatus ? ["function response(status, headers, body)", "  if status < 200 or status > 299 then non2xx = non2xx + 1 end", "end"] : []),
    "function done(summary, latency, requests)",
    "  local bad = 0",
    "  for _, t in ipairs(threads) do bad = bad + t:get('non2xx') end",
    "  local e = summary.errors",
    `  io.write(string.format('${RESULT_MARK}{"requests":%d,"durationUs":%d,"bytes":%d,"non2xx":%d,"status":%d,"connect":%d,"read":%d,"write":%d,"timeout":%d,"p50":%d,"p95":%d,"p99":%d}\\n',`,
    "    summary.requests, summary.duration, summary.bytes, bad, e.status, e.connect, e.read, e.write, e.timeout,",
    "    latency:percentile(50), latency:percentile(95), latency:percentile(99)))",
    "end",
    "",
  ].join("\n");
}

async function wrk(target: LoadTarget, connections: number, seconds: number, cpu: number, everyStatus: boolean): Promise<WrkSummary> {
  const script = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-wrk-")), "round.lua");
  fs.writeFileSync(script, wrkScript(target, everyStatus));
  try {
    const { stdout } = await run(
      "taskset",
      // A request still unanswered after the whole round's length counts as failed.
      ["-c", String(cpu), "wrk", "-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", `${seconds}s`, "-s", script, `${target.origin}${target.paths[0]}`],
      { timeout: (seconds + 30) * 1000, maxBuffer: 1 << 20 },
    );
    const line = stdout.split("\n").find((l) => l.startsWith(RESULT_MARK));
    if (!line) throw new Error(`wrk printed no result:\n${stdout}`);
    return JSON.parse(line.slice(RESULT_MARK.length)) as WrkSummary;
  } finally {
    fs.rmSync(path.dirname(script), { recursive: true, force: true });
  }
}

/** One timed round. */
export async function loadRound(target: LoadTarget, options: RoundOptions): Promise<RoundResult> {
  const before = cpuSnapshot();
  const s = await wrk(target, options.connections, options.seconds, options.cpu, options.everyStatus);
  const seconds = s.durationUs / 1e6;
  const others = otherCores(before, cpuSnapshot(), seconds);
  return {
    requests: s.requests,
    seconds,
    requestsPerSecond: s.requests / seconds,
    p50: s.requests > 0 ? s.p50 / 1000 : NaN,
    p95: s.requests > 0 ? s.p95 / 1000 : NaN,
    p99: s.requests > 0 ? s.p99 / 1000 : NaN,
    non2xx: options.everyStatus ? s.non2xx : s.status,
    failed: s.connect + s.read + s.write + s.timeout,
    bytes: s.bytes,
    otherCores: others,
    loadAverage: os.loadavg()[0]!,
  };
}
