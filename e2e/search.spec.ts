import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { bookmarkRow, clickAndWaitForAction, expect, test } from "./fixtures";

const mainSearch = (page: Page) => page.getByRole("main").getByRole("searchbox", { name: "Search studies" });
const results = (page: Page) => page.getByRole("list", { name: "Search results" });

async function expectNoViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("search", () => {
  test("searching from the header box lists ranked results with highlighted words", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("banner").getByRole("searchbox", { name: "Search studies" }).fill("kafka");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/search\?q=kafka$/);
    await expect(page.getByRole("heading", { level: 1, name: "Search" })).toBeVisible();
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^\d+ results for kafka$/);
    await expect(mainSearch(page)).toHaveValue("kafka");
    const first = results(page).getByRole("listitem").first();
    await expect(first.getByRole("heading", { level: 2, name: "Apache Kafka" })).toBeVisible();
    await expect(first.getByText("Messaging & Streaming")).toBeVisible();
    await expect(first.getByText("Advanced")).toBeVisible();
    await expect(first.locator("p mark").first()).toHaveText(/kafka/i);
  });

  test("a typo still finds the study, highlighting the word as the study spells it", async ({ page }) => {
    await page.goto("/search?q=casandra");
    const first = results(page).getByRole("listitem").first();
    await expect(first.getByRole("link", { name: "Apache Cassandra" })).toBeVisible();
    await expect(first.locator("mark").first()).toHaveText("Cassandra");
  });

  test("a result links to its study", async ({ page }) => {
    await page.goto("/search?q=spanner");
    await results(page).getByRole("link", { name: "Google Spanner" }).click();
    await expect(page).toHaveURL(/\/case-studies\/databases\/google-spanner$/);
    await expect(page.getByRole("heading", { level: 1, name: "Google Spanner" })).toBeVisible();
  });

  test("a new search from the results page replaces the results", async ({ page }) => {
    await page.goto("/search?q=kafka");
    await mainSearch(page).fill("rate limiter");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=rate\+limiter$/);
    await expect(results(page).getByRole("link").first()).toHaveText("Rate Limiter");
  });

  test("an empty search explains what can be found and suggests searches", async ({ page }) => {
    await page.goto("/search");
    await expect(page.getByText(/full text of all 88 case studies/)).toBeVisible();
    await page.getByRole("link", { name: "consistent hashing" }).click();
    await expect(page).toHaveURL(/\/search\?q=consistent\+hashing$/);
    await expect(mainSearch(page)).toHaveValue("consistent hashing");
    await expect(results(page).getByRole("link").first()).toHaveText("Consistent Hashing");
  });

  test("a search with no results says so and points to the catalog", async ({ page }) => {
    await page.goto("/search?q=xylophonist");
    await expect(page.getByText("No studies match “xylophonist”.")).toBeVisible();
    await expect(page.getByText(/Check the spelling/)).toBeVisible();
    await expect(page.getByRole("main").getByRole("link", { name: "all case studies" })).toHaveAttribute("href", "/case-studies");
    await expect(results(page)).toHaveCount(0);
  });

  test("markup in a query is shown as text", async ({ page }) => {
    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await page.goto(`/search?q=${encodeURIComponent("<img src=x onerror=alert(1)>kafka")}`);
    await expect(page.getByRole("main").getByRole("status")).toContainText("for <img src=x onerror=alert(1)>kafka");
    await expect(page.getByRole("main").locator("img[src=x]")).toHaveCount(0);
    expect(dialogs).toBe(0);
  });

  test("a query over 200 characters gets a 400 and a message beside the box", async ({ page }) => {
    const response = await page.goto(`/search?q=${"kafka ".repeat(40)}`);
    expect(response?.status()).toBe(400);
    const box = mainSearch(page);
    await expect(box).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Use at most 200 characters: shorten your search to its key words.")).toBeVisible();
    await expect(results(page)).toHaveCount(0);
  });

  test("a bad page number gets a 400 and a way back; a page past the end a 404", async ({ page, request }) => {
    const response = await page.goto("/search?q=kafka&page=two");
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("main").getByRole("alert")).toContainText("The page must be a whole number such as 2.");
    await page.getByRole("link", { name: "Show the first page of results" }).click();
    await expect(results(page).getByRole("link").first()).toHaveText("Apache Kafka");
    expect((await request.get("/search?q=kafka&page=50")).status()).toBe(404);
  });

  test("long result lists are split into pages", async ({ page }) => {
    await page.goto("/search?q=data");
    await expect(results(page).getByRole("listitem")).toHaveCount(20);
    const pages = page.getByRole("navigation", { name: "Result pages" });
    await expect(pages).toContainText(/Page 1 of \d+/);
    await pages.getByRole("link", { name: "Next page" }).click();
    await expect(page).toHaveURL(/\/search\?q=data&page=2$/);
    await expect(results(page)).toHaveAttribute("start", "21");
    await expect(page.getByRole("navigation", { name: "Result pages" }).getByRole("link", { name: "Previous page" })).toBeVisible();
  });

  test("a signed-in learner sees status and can bookmark from the results", async ({ page, learner }) => {
    await page.goto("/search?q=kafka");
    const bookmark = results(page).getByRole("button", { name: "Bookmark Apache Kafka" });
    await expect(bookmark).toHaveAttribute("aria-pressed", "false");
    await clickAndWaitForAction(page, bookmark);
    await expect(bookmark).toHaveAttribute("aria-pressed", "true");
    await page.reload();
    await expect(results(page).getByRole("button", { name: "Bookmark Apache Kafka" })).toHaveAttribute("aria-pressed", "true");
    expect(await bookmarkRow(learner.id, "messaging-streaming/kafka")).not.toBeNull();
  });
});

test.describe("search without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form submits and the results render", async ({ page }) => {
    await page.goto("/search");
    await mainSearch(page).fill("kafak");
    await page.getByRole("main").getByRole("button", { name: "Search" }).click();
    await expect(page).toHaveURL(/\/search\?q=kafak$/);
    await expect(page.getByRole("main").getByRole("status")).toHaveText(/^\d+ results for kafak$/);
    await expect(results(page).getByRole("link").first()).toHaveText("Apache Kafka");
  });
});

test.describe("search accessibility", () => {
  for (const dark of [false, true]) {
    test(`search pages have no axe violations (${dark ? "dark" : "light"})`, async ({ page }) => {
      if (dark) await page.addInitScript(() => localStorage.setItem("theme", "dark"));
      for (const path of ["/search", "/search?q=kafka", "/search?q=xylophonist", `/search?q=${"k".repeat(201)}`, "/search?q=kafka&page=x"]) {
        await page.goto(path);
        await expect(page.locator("html")).toHaveClass(dark ? /dark/ : /^(?!.*dark)/);
        await expectNoViolations(page);
      }
    });
  }

  test("signed in, with bookmark buttons in the results, there are no axe violations", async ({ page, learner: _signedIn }) => {
    await page.goto("/search?q=kafka");
    await expect(results(page).getByRole("button", { name: "Bookmark Apache Kafka" })).toBeVisible();
    // Every result has its bookmark button, so axe checks all of them.
    const hits = await results(page).getByRole("listitem").count();
    expect(hits).toBeGreaterThan(1);
    await expect(results(page).getByRole("button", { name: /^Bookmark / })).toHaveCount(hits);
    await expectNoViolations(page);
  });

  test("the results page fits 360 px without horizontal scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    for (const path of ["/search", "/search?q=kafka", "/search?q=data"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
