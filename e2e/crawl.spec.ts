import { expect, test } from "@playwright/test";

const START = ["/", "/case-studies", "/paths", "/patterns"];
/** Links that are not pages to crawl: the API, and sign-in links that only carry a return address. */
const SKIP = [/^\/api\//, /^\/signin\?next=/];
const CONCURRENCY = 6;
const MAX_PAGES = 3000;

/** Same-site links of a page's `<a href>`s, without fragments. */
function linksIn(html: string, base: URL): string[] {
  const found: string[] = [];
  for (const match of html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
    const href = match[1]!.replace(/&amp;/g, "&");
    if (!href || href.startsWith("#") || /^(mailto|tel|javascript):/i.test(href)) continue;
    const url = new URL(href, base);
    if (url.origin !== base.origin) continue;
    const path = `${url.pathname}${url.search}`;
    if (!SKIP.some((re) => re.test(path))) found.push(path);
  }
  return found;
}

test("every internal link on the site answers 200", async ({ request, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!);
  const linkedFrom = new Map<string, string>(START.map((p) => [p, "(start)"]));
  const queue = [...START];
  const broken: string[] = [];
  let crawled = 0;

  while (queue.length > 0) {
    const batch = queue.splice(0, CONCURRENCY);
    await Promise.all(
      batch.map(async (path) => {
        crawled += 1;
        const res = await request.get(path);
        if (res.status() !== 200) {
          broken.push(`${path} -> ${res.status()} (linked from ${linkedFrom.get(path)})`);
          return;
        }
        if (!(res.headers()["content-type"] ?? "").includes("text/html")) return;
        for (const link of linksIn(await res.text(), new URL(path, origin))) {
          if (linkedFrom.has(link)) continue;
          linkedFrom.set(link, path);
          queue.push(link);
        }
      }),
    );
    expect(linkedFrom.size, "the crawl should end").toBeLessThan(MAX_PAGES);
  }

  expect(broken, `${broken.length} broken of ${crawled} crawled`).toEqual([]);
  // The catalog alone has 88 studies, 12 domains and 76 patterns: a short crawl means links were missed.
  expect(crawled).toBeGreaterThan(180);
});
