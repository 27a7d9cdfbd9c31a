import fs from "node:fs";
import { createUser, expect, test } from "./fixtures";

/** Each app instance's metrics endpoint (two when the tests go through nginx). */
const metricsUrls = (process.env.METRICS_URL ?? "").split(" ").filter(Boolean);
const serverLog = process.env.SERVER_LOG;

test("metrics are on a loopback-only port, not on the public one", async ({ request }) => {
  expect((await request.get("/metrics")).status()).toBe(404);
  expect(metricsUrls.length).toBeGreaterThan(0);
  // A study page reaches the app (nginx may cache one, so ask for a few; one instance answers each).
  for (const slug of ["databases/etcd", "databases/zookeeper", "databases/cassandra", "databases/mongodb"]) await request.get(`/case-studies/${slug}`);
  let body = "";
  for (const url of metricsUrls) {
    const res = await request.get(url);
    expect(res.status()).toBe(200);
    body += await res.text();
  }
  expect(body).toMatch(/http_request_duration_seconds_bucket\{[^}]*route="\/case-studies\/\[domain\]\/\[slug\]"/);
  expect(body).toMatch(/db_pool_connections\{state="max"\} \d+/);
  expect(body).toContain("rate_limit_refusals_total");
});

test("every request line is JSON with a request id, security events are logged, and no password ever is", async ({ request }) => {
  const user = await createUser();
  const secretGuess = `never-log-this-${Date.now()}`;
  const { csrfToken } = await (await request.get("/api/auth/csrf")).json();
  const res = await request.post("/api/auth/callback/credentials", { form: { email: user.email, password: secretGuess, csrfToken }, maxRedirects: 0 });
  const requestId = res.headers()["x-request-id"];
  // The app's own id (a UUID), or nginx's (32 hex digits) when the tests go through nginx.
  expect(requestId).toMatch(/^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32})$/);

  // Next itself may print a plain line or two; everything the app logs is one JSON object per line.
  const read = () => {
    const text = fs.readFileSync(serverLog!, "utf8");
    const lines = text.split("\n").filter((line) => line.startsWith("{")).map((line) => JSON.parse(line) as Record<string, unknown>);
    return { text, lines, ours: lines.filter((l) => l.requestId === requestId) };
  };
  // The security event is written while the request runs, the request line once its answer has gone
  // out, which can be after the client already has it: wait for both.
  await expect.poll(() => read().ours.some((l) => l.msg === "request" && l.status === res.status())).toBe(true);
  const { text, lines, ours } = read();
  expect(ours.some((l) => l.event === "sign_in_failed" && l.security === true)).toBe(true);
  expect(lines.filter((l) => l.msg === "request").every((l) => typeof l.requestId === "string")).toBe(true);
  expect(text).not.toContain(secretGuess);
  expect(text).not.toContain(user.email);
});
