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
