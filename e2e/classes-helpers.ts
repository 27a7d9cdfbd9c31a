import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "@playwright/test";
import { expect, signInAs, type TestUser } from "./fixtures";

/** A page in its own browser context, signed in as `user`: two people at once in one test. */
export async function pageFor(browser: Browser, user: TestUser, options: { javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signInAs(page, user);
  return page;
}

/** axe on the page as it is, then again in dark mode. */
export async function expectAccessibleInBothThemes(page: Page) {
  for (const dark of [false, true]) {
    await page.evaluate((d) => {
      if (d) localStorage.setItem("theme", "dark");
      else localStorage.removeItem("theme");
    }, dark);
    await page.reload();
    await expect(page.locator("html")).toHaveClass(dark ? /dark/ : /^(?!.*dark)/);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${dark ? "dark" : "light"} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
}

/** Fits a 360 px wide screen: no horizontal scrolling of the page itself (wide tables scroll in their own region). */
export async function expectNoPageOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, page.url()).toBeLessThanOrEqual(0);
}

/** YYYY-MM-DD, `days` from today (UTC), as a date input takes it. */
export function isoDayFromNow(days: number): string {
  return new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Creates a class through the UI; returns its roster URL and join code. */
export async function createClassAs(page: Page, name: string) {
  await page.goto("/instructor");
  await page.getByLabel("Class name").fill(name);
  await page.getByRole("button", { name: "New class" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const code = (await page.locator("[data-join-code]").getAttribute("data-join-code"))!;
  expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTVWXYZ]{8}$/);
  return { url: new URL(page.url()).pathname, code };
}
