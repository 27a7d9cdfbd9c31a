import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { clickAndWaitForAction, expect, startReading, test } from "./fixtures";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const PUBLIC_PAGES = ["/", "/case-studies/infrastructure/url-shortener", "/case-studies/gaming/global-matchmaking", "/paths", "/paths/foundation-track", "/signin", "/signup", "/no-such-page"];

for (const dark of [false, true]) {
  test.describe(dark ? "dark mode" : "light mode", () => {
    test.beforeEach(async ({ page }) => {
      if (dark) await page.addInitScript(() => localStorage.setItem("theme", "dark"));
    });

    for (const path of PUBLIC_PAGES) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator("html")).toHaveClass(dark ? /dark/ : /^(?!.*dark)/);
        await expectNoViolations(page);
      });
    }

    test("signed-in pages have no axe violations", async ({ page, learner }) => {
      test.slow(); // five pages, each fully analysed
      await page.goto("/case-studies/infrastructure/url-shortener");
      await startReading(page); // the open is recorded once the learner engages with the page
      await clickAndWaitForAction(page, page.getByRole("button", { name: "Bookmark", exact: true }));
      // Each page is analysed with the learner's own content on it, not an empty state.
      const learnerContent: [string, Locator][] = [
        ["/dashboard", page.getByRole("region", { name: "Continue where you left off" }).getByRole("link", { name: "URL Shortener" })],
        ["/bookmarks", page.getByRole("heading", { name: "URL Shortener" })],
        ["/account", page.getByText(`Signed in as ${learner.email}`)],
        ["/paths/foundation-track", page.getByRole("button", { name: "Start path" })],
        ["/case-studies/infrastructure/url-shortener", page.getByRole("button", { name: "Bookmark", exact: true, pressed: true })],
      ];
      for (const [path, content] of learnerContent) {
        await page.goto(path);
        await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
        await expect(content).toBeVisible();
        await expectNoViolations(page);
      }
    });
  });
}

test.describe("phone width", () => {
  test.use({ viewport: { width: 360, height: 740 } });
  const PHONE_PAGES = ["/", "/case-studies/infrastructure/url-shortener", "/case-studies/messaging-streaming/kafka", "/paths/foundation-track", "/dashboard", "/bookmarks", "/account"];

  test("pages fit 360 px without horizontal scrolling", async ({ page, learner: _signedIn }) => {
    for (const path of PHONE_PAGES) {
      await page.goto(path);
      await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  for (const dark of [false, true]) {
    for (const path of PHONE_PAGES) {
      test(`${path} has no axe violations at 360 px${dark ? " in dark mode" : ""}, signed in`, async ({ page, learner: _signedIn }) => {
        if (dark) await page.addInitScript(() => localStorage.setItem("theme", "dark"));
        await page.goto(path);
        await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
        await expectNoViolations(page);
      });
    }
  }

  test("a study's wide blocks scroll inside named, focusable regions rather than the page", async ({ page }) => {
    await page.goto("/case-studies/messaging-streaming/kafka");
    const regions = page.locator('main [role="region"][tabindex="0"]');
    expect(await regions.count()).toBeGreaterThan(0);
    for (const region of await regions.all()) await expect(region).toHaveAttribute("aria-label", /\S/);
  });
});
