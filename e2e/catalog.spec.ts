import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { getCatalog } from "../lib/content/catalog";
import { bookmarkRow, clickAndWaitForAction, expect, test } from "./fixtures";

/** Expected values come straight from the content, not from the code under test. */
const catalog = getCatalog();
const studies = catalog.studies;
const matchText = (n: number) => (n === 1 ? "1 study matches" : `${n} studies match`);

const difficultyBox = (page: Page, name: string) => page.getByRole("group", { name: "Difficulty" }).getByRole("checkbox", { name: new RegExp(`^${name} \\(`) });
const focusBox = (page: Page, name: string) => page.getByRole("group", { name: "Pattern focus" }).getByRole("checkbox", { name: new RegExp(`^${name} \\(`) });
const results = (page: Page) => page.getByRole("region", { name: "Matching studies" });

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

const beginnerScale = studies.filter((s) => s.difficulty === "beginner" && s.challenges.includes("scale"));
const beginnerOrIntermediateScale = studies.filter((s) => ["beginner", "intermediate"].includes(s.difficulty) && s.challenges.includes("scale"));

test.describe("the case studies index", () => {
  test("shows all 12 domains with their counts and all 88 studies", async ({ page }) => {
    await page.goto("/case-studies");
    await expect(page.getByRole("heading", { level: 1, name: "Case Studies" })).toBeVisible();

    const nav = page.getByRole("region", { name: "Domain navigation" });
    await expect(nav.getByRole("link")).toHaveCount(12);
    for (const domain of catalog.domains) {
      await expect(nav.getByRole("link", { name: new RegExp(`${domain.title}\\s*${domain.studyIds.length} stud`) })).toHaveAttribute("href", domain.href);
      const section = page.getByRole("region", { name: domain.title, exact: true });
      await expect(section.getByRole("listitem")).toHaveCount(domain.studyIds.length);
    }
    await expect(page.locator('section[id^="studies-"] li')).toHaveCount(88);
    await expect(page.getByText("Total: 88 case studies across 12 domains")).toBeVisible();
  });

  test("computes the seed's tables from the studies, with non-studies as plain text", async ({ page }) => {
    await page.goto("/case-studies");
    const usage = page.getByRole("table", { name: "Architecture patterns each system uses" });
    await expect(usage.getByRole("row")).toHaveCount(11);
    const netflix = catalog.studyById.get("messaging-streaming/netflix-streaming")!;
    const netflixRow = usage.getByRole("row", { name: /^Netflix/ });
    await expect(netflixRow.getByRole("link")).toHaveCount(1 + netflix.patterns.length);
    await expect(netflixRow.getByRole("link", { name: "Circuit Breaker" })).toHaveAttribute("href", "/patterns/circuit-breaker");

    const scale = page.getByRole("table", { name: /Published scale figures/ });
    await expect(scale.getByRole("row", { name: /^Kafka/ })).toContainText("over 7 trillion");

    await expect(page.getByRole("region", { name: "Getting started: choose your path" }).getByRole("listitem").filter({ has: page.getByRole("heading", { level: 4 }) })).toHaveCount(8);
    const themes = page.getByRole("region", { name: "Cross-domain themes" });
    await expect(themes.getByText("WhatsApp")).toBeVisible();
    await expect(themes.getByRole("link", { name: "WhatsApp" })).toHaveCount(0);
    await expect(page.getByRole("region", { name: "By difficulty level" })).toContainText(`Beginner (${studies.filter((s) => s.difficulty === "beginner").length} studies)`);
  });

  test("filters combine, the URL carries them, and a shared URL shows the same view", async ({ page }) => {
    test.slow();
    await page.goto("/case-studies");
    await difficultyBox(page, "Beginner").check();
    await expect(page).toHaveURL(/[?&]difficulty=beginner/);
    await expect(results(page).getByRole("status")).toHaveText(matchText(studies.filter((s) => s.difficulty === "beginner").length));
    // The filtered view is the form and its results; the sections that never change stay on the index, one link away.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Filter the case studies");
    await expect(results(page)).toBeFocused();
    await expect(page.getByRole("region", { name: "Pattern usage" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /the whole index/ })).toHaveAttribute("href", "/case-studies");

    await focusBox(page, "Scale").check();
    await expect(page).toHaveURL(/difficulty=beginner&focus=scale/);
    await expect(results(page).getByRole("status")).toHaveText(matchText(beginnerScale.length));
    await expect(results(page).getByRole("article")).toHaveCount(beginnerScale.length);

    await difficultyBox(page, "Intermediate").check();
    await expect(page).toHaveURL(/difficulty=beginner&difficulty=intermediate&focus=scale/);
    await expect(results(page).getByRole("article")).toHaveCount(beginnerOrIntermediateScale.length);
    for (const s of beginnerOrIntermediateScale) await expect(results(page).getByRole("link", { name: s.title, exact: true })).toBeVisible();

    const shared = page.url();
    const other = await page.context().newPage();
    await other.goto(shared);
    await expect(difficultyBox(other, "Intermediate")).toBeChecked();
    await expect(focusBox(other, "Scale")).toBeChecked();
    await expect(results(other).getByRole("article")).toHaveCount(beginnerOrIntermediateScale.length);

    await results(page).getByRole("link", { name: "Remove filter: Difficulty Intermediate" }).click();
    await expect(page).toHaveURL(/\?difficulty=beginner&focus=scale(#results)?$/);
    await expect(difficultyBox(page, "Intermediate")).not.toBeChecked();
    await expect(results(page).getByRole("article")).toHaveCount(beginnerScale.length);

    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/case-studies(#filters)?$/);
    await expect(difficultyBox(page, "Beginner")).not.toBeChecked();
    await expect(results(page).getByRole("article")).toHaveCount(0);
  });

  test("the counts above the form open their filtered list, and a page opened at a fragment keeps clean URLs", async ({ page }) => {
    await page.goto("/case-studies#filters");
    const expert = studies.filter((s) => s.difficulty === "expert");
    await page.getByRole("region", { name: "By difficulty level" }).getByRole("link", { name: "Expert" }).click();
    await expect(page).toHaveURL(/\/case-studies\?difficulty=expert$/);
    await expect(results(page)).toBeFocused();
    await expect(results(page).getByRole("article")).toHaveCount(expert.length);
    await expect(difficultyBox(page, "Expert")).toBeChecked();

    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(difficultyBox(page, "Expert")).not.toBeChecked();
    await expect(results(page).getByRole("article")).toHaveCount(0);
    expect(page.url()).not.toMatch(/#.*#/);
  });

  test("an empty result says so and offers Clear filters", async ({ page }) => {
    const none = studies.filter((s) => s.difficulty === "expert" && s.timeInvestment === "quick" && s.domain === "gaming");
    expect(none).toEqual([]);
    await page.goto("/case-studies?difficulty=expert&time=quick&domain=gaming");
    await expect(results(page).getByRole("status")).toHaveText("No studies match these filters.");
    await results(page).getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/case-studies(#filters)?$/);
    await expect(results(page).getByRole("status")).toContainText("Choose one or more filters");
  });

  test("unknown filter values get a clear message and the valid ones still apply", async ({ page }) => {
    const response = await page.goto("/case-studies?difficulty=hard&focus=scale&difficulty=beginner&domain=%3Cscript%3E&utm_source=x");
    expect(response?.status()).toBe(200);
    const alert = results(page).getByRole("alert");
    await expect(alert).toContainText('Ignored an unknown difficulty: "hard".');
    await expect(alert).toContainText('Ignored an unknown domain: "<script>".');
    await expect(results(page).getByRole("article")).toHaveCount(beginnerScale.length);
  });

  test("signed-in learners can bookmark from the filtered results", async ({ page, learner }) => {
    const study = beginnerScale[0]!;
    await page.goto("/case-studies?difficulty=beginner&focus=scale");
    const toggle = results(page).getByRole("button", { name: `Bookmark ${study.title}` });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    // The reload must wait for the save: reloading aborts a request still in flight (seen through nginx).
    await clickAndWaitForAction(page, toggle);
    await expect(toggle).toHaveAttribute("aria-pressed", "true");
    await page.reload();
    await expect(results(page).getByRole("button", { name: `Bookmark ${study.title}` })).toHaveAttribute("aria-pressed", "true");
    expect(await bookmarkRow(learner.id, study.id)).not.toBeNull();
  });
});

test.describe("filters without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the same filter works as a plain GET form", async ({ page }) => {
    await page.goto("/case-studies");
    await difficultyBox(page, "Beginner").check();
    await focusBox(page, "Scale").check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/case-studies\?difficulty=beginner&focus=scale#results$/);
    await expect(results(page).getByRole("status")).toHaveText(matchText(beginnerScale.length));
    await expect(results(page).getByRole("article")).toHaveCount(beginnerScale.length);
    await expect(difficultyBox(page, "Beginner")).toBeChecked();

    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/case-studies#filters$/);
    await expect(difficultyBox(page, "Beginner")).not.toBeChecked();
  });
});

test.describe("domain pages", () => {
  test("a domain page has its intro, path, studies by difficulty and related domains", async ({ page }) => {
    const domain = catalog.domainBySlug.get("databases")!;
    await page.goto("/case-studies/databases");
    await expect(page.getByRole("heading", { level: 1, name: domain.title })).toBeVisible();
    await expect(page).toHaveTitle(`${domain.title} case studies | Case Studies`);
    await expect(page.getByText("Storage is where distributed systems get hard")).toBeVisible();

    const path = page.getByRole("region", { name: "Learning path" });
    const steps = path.getByRole("listitem");
    await expect(steps).toHaveCount(domain.path.length);
    for (const [i, id] of domain.path.entries()) await expect(steps.nth(i)).toContainText(catalog.studyById.get(id)!.title);
    await expect(path.getByRole("link", { name: /Follow the Databases path/ })).toHaveAttribute("href", "/paths/databases");

    const byDifficulty = page.getByRole("region", { name: "Studies by difficulty" });
    await expect(byDifficulty.getByRole("article")).toHaveCount(domain.studyIds.length);
    const advanced = studies.filter((s) => s.domain === "databases" && s.difficulty === "advanced").length;
    await expect(page.getByRole("region", { name: `Advanced (${advanced})` }).getByRole("article")).toHaveCount(advanced);

    const related = page.getByRole("region", { name: "Related domains" });
    for (const ref of domain.crossReferences) {
      await expect(related.getByRole("link", { name: catalog.domainBySlug.get(ref.domain)!.title })).toHaveAttribute("href", `/case-studies/${ref.domain}`);
    }
  });

  test("an unknown domain is a 404", async ({ page }) => {
    const response = await page.goto("/case-studies/no-such-domain");
    expect(response?.status()).toBe(404);
  });
});

test.describe("pattern pages", () => {
  test("/patterns groups every pattern by category with its study count", async ({ page }) => {
    await page.goto("/patterns");
    await expect(page.getByRole("heading", { level: 1, name: "Architecture patterns" })).toBeVisible();
    const items = page.locator("main section li");
    await expect(items).toHaveCount(catalog.patterns.length);
    const sharding = catalog.patternBySlug.get("sharding")!;
    const item = page
      .getByRole("region", { name: "Data storage and distribution" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: sharding.title, exact: true }) });
    await expect(item).toContainText(`Used by ${sharding.studyIds.length} studies`);
  });

  test("a pattern page explains it and lists the studies that use it", async ({ page }) => {
    const pattern = catalog.patternBySlug.get("consistent-hashing")!;
    await page.goto(pattern.href);
    await expect(page.getByRole("heading", { level: 1, name: pattern.title })).toBeVisible();
    await expect(page.getByText(`Also known as: ${pattern.aliases.join(", ")}`)).toBeVisible();
    const used = page.getByRole("region", { name: `Studies that use ${pattern.title}` });
    await expect(used.getByRole("article")).toHaveCount(pattern.studyIds.length);
    for (const id of pattern.studyIds) await expect(used.getByRole("link", { name: catalog.studyById.get(id)!.title, exact: true })).toBeVisible();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/patterns\/consistent-hashing$/);
  });

  test("an unknown pattern is a 404", async ({ page }) => {
    const response = await page.goto("/patterns/no-such-pattern");
    expect(response?.status()).toBe(404);
  });
});

test.describe("accessibility", () => {
  const pages = ["/case-studies", "/case-studies?difficulty=beginner&focus=scale&theme=bogus", "/case-studies/databases", "/patterns", "/patterns/consistent-hashing"];
  for (const dark of [false, true]) {
    for (const path of pages) {
      test(`${path} has no axe violations (${dark ? "dark" : "light"})`, async ({ page }) => {
        // The whole index is a long page; axe needs more than the default time on a busy machine.
        if (path === "/case-studies") test.slow();
        if (dark) await page.addInitScript(() => localStorage.setItem("theme", "dark"));
        await page.goto(path);
        await expect(page.locator("html")).toHaveClass(dark ? /dark/ : /^(?!.*dark)/);
        await expectNoAxeViolations(page);
      });
    }
  }

  test.describe("at phone width", () => {
    test.use({ viewport: { width: 360, height: 740 } });
    test("catalog pages fit 360 px without horizontal scrolling", async ({ page }) => {
      for (const path of ["/case-studies", "/case-studies?focus=ml", "/case-studies/databases", "/patterns", "/patterns/sharding"]) {
        await page.goto(path);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
      }
    });
  });
});
