import { expect, test } from "@playwright/test";

test("health reports the app and database up", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", database: "up" });
});

test("the URL shortener study renders with its sections and diagrams", async ({ page }) => {
  await page.goto("/case-studies/infrastructure/url-shortener");
  await expect(page.getByRole("heading", { level: 1, name: "URL Shortener" })).toBeVisible();
  for (const section of ["Architecture Overview", "Key Challenges", "Solutions Applied", "Lessons Learned", "Current State", "Further reading"]) {
    await expect(page.getByRole("heading", { level: 2, name: section })).toBeVisible();
  }
  expect(await page.getByRole("img").count()).toBeGreaterThanOrEqual(2);
  await expect(page.getByRole("navigation", { name: "On this page" })).toBeAttached();
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "URL Shortener");
});

test("the seed's -enhanced paths redirect permanently", async ({ request }) => {
  const res = await request.get("/case-studies/infrastructure/s3-object-storage-enhanced", { maxRedirects: 0 });
  expect(res.status()).toBe(308);
  expect(res.headers()["location"]).toBe("/case-studies/infrastructure/s3-object-storage");
});

test("an unknown page explains and links home, with a 404", async ({ page }) => {
  const res = await page.goto("/case-studies/databases/no-such-study");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We could not find that page" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
});

test("a path with broken percent-encoding gets the usual not-found page and a 4xx, never a 500", async ({ page }) => {
  for (const path of ["/paths/%E0%A4%A", "/case-studies/databases/%E0%A4%A", "/case-studies/%E0%A4%A", "/classes/%E0%A4%A", "/patterns/%ZZ"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBeGreaterThanOrEqual(400);
    expect(res?.status(), path).toBeLessThan(500);
    await expect(page.getByRole("heading", { name: "We could not find that page" }), path).toBeVisible();
  }
});

test("pages carry a Content-Security-Policy without eval, refuse framing, and break none of its rules", async ({ page }) => {
  const violations: string[] = [];
  page.on("console", (msg) => {
    if (/Content Security Policy|Refused to/i.test(msg.text())) violations.push(msg.text());
  });
  for (const path of ["/", "/case-studies/messaging-streaming/kafka", "/case-studies", "/search?q=raft", "/signin"]) {
    const res = await page.goto(path);
    const csp = res?.headers()["content-security-policy"] ?? "";
    expect(csp, path).toContain("frame-ancestors 'none'");
    expect(csp, path).toContain("object-src 'none'");
    expect(csp, path).not.toContain("unsafe-eval");
    await page.waitForLoadState("networkidle");
  }
  // The theme toggle and the study's islands still work under the policy.
  await page.goto("/case-studies/messaging-streaming/kafka");
  await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  expect(violations).toEqual([]);
});

test("study pages stay prerendered: the same HTML for every visitor, served from the build", async ({ request }) => {
  const res = await request.get("/case-studies/messaging-streaming/kafka");
  expect(res.status()).toBe(200);
  expect(res.headers()["x-nextjs-cache"] ?? res.headers()["x-nextjs-prerender"] ?? "").not.toBe("");
});

/** Each app instance's own address (two when the tests go through nginx, whose cache would answer first). */
const appUrls = (process.env.APP_URLS ?? "").split(" ").filter(Boolean);

test("a prerendered page is answered from memory with the HTML and headers Next gives it; navigations and queries still reach Next", async ({ request, baseURL }) => {
  for (const origin of appUrls.length ? appUrls : [baseURL!]) {
    const page = `${origin}/case-studies/databases/cassandra`;
    // The first request is Next's own; the copy is taken meanwhile.
    await expect.poll(async () => (await request.get(page)).headers()["x-page-cache"], { timeout: 15_000 }).toBe("HIT");
    const cached = await request.get(page);
    const fromNext = await request.get(`${page}?from=next`);
    expect(fromNext.headers()["x-page-cache"]).toBeUndefined();
    expect(await cached.text()).toBe(await fromNext.text());
    const perResponse = new Set(["date", "x-request-id", "x-page-cache", "content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"]);
    const pageHeaders = (res: typeof cached) => res.headersArray().filter((h) => !perResponse.has(h.name.toLowerCase()));
    expect(pageHeaders(cached)).toEqual(pageHeaders(fromNext));
    expect(cached.headers()["content-encoding"]).toBe("gzip");

    const etag = cached.headers()["etag"]!;
    expect((await request.get(page, { headers: { "If-None-Match": etag } })).status()).toBe(304);
    const navigation = await request.get(page, { headers: { RSC: "1" } });
    expect(navigation.headers()["x-page-cache"]).toBeUndefined();
    expect(navigation.headers()["content-type"]).toContain("text/x-component");
  }
});

test("a repeated catalog filter or search is answered from memory for visitors without a session, with the HTML Next renders", async ({ request, baseURL }) => {
  for (const origin of appUrls.length ? appUrls : [baseURL!]) {
    for (const page of [`${origin}/case-studies?difficulty=advanced&theme=global-scale`, `${origin}/search?q=leader+election`]) {
      // Asked once, a query is only rendered; asked again, its copy is taken.
      await expect.poll(async () => (await request.get(page)).headers()["x-page-cache"], { timeout: 15_000 }).toBe("HIT");
      const cached = await request.get(page);
      expect(cached.headers()["content-encoding"]).toBe("gzip");
      const withSession = await request.get(page, { headers: { Cookie: "authjs.session-token=not-a-real-session" } });
      expect(withSession.headers()["x-page-cache"]).toBeUndefined();
      expect(await cached.text()).toBe(await withSession.text());
    }
  }
});
