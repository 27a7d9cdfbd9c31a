import fs from "node:fs";
import { bookmarkRow, clickAndWaitForAction, expect, pool, progressRowCount, progressStatus, startReading, test } from "./fixtures";

const STUDY = "/case-studies/infrastructure/url-shortener";
const STUDY_ID = "infrastructure/url-shortener";

test.describe("learning", () => {
  test("reading a study marks it in progress, a link from another site alone does not; complete and undo", async ({ page, learner }) => {
    await page.goto(STUDY, { referer: "https://elsewhere.example/some-page" });
    await expect(page.getByRole("button", { name: "Mark as complete" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await progressRowCount(learner.id)).toBe(0);
    await startReading(page);
    await expect(page.getByText("In progress", { exact: true })).toBeVisible();
    await expect.poll(() => progressRowCount(learner.id)).toBe(1);
    await page.goto("/dashboard");
    await expect(page.getByRole("region", { name: "Continue where you left off" }).getByRole("link", { name: "URL Shortener" })).toBeVisible();

    await page.goto(STUDY);
    await page.getByRole("button", { name: "Mark as complete" }).click();
    await expect(page.getByText("Completed", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Mark as not complete" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("button", { name: "Mark as not complete" })).toBeVisible();
    await page.goto("/dashboard");
    await expect(page.getByText("1 study completed in the last 12 months.")).toBeVisible();

    await page.goto(STUDY);
    await page.getByRole("button", { name: "Mark as not complete" }).click();
    await expect(page.getByRole("button", { name: "Mark as complete" })).toBeVisible();
    // Undone, the study is back in progress (not forgotten), and stays so after a reload.
    await expect.poll(() => progressStatus(learner.id, STUDY_ID)).toBe("IN_PROGRESS");
    await page.reload();
    await expect(page.getByText("In progress", { exact: true })).toBeVisible();
  });

  test("a learner who scrolls before the page's scripts have loaded is marked in progress once they load", async ({ page, learner }) => {
    // Hold the page's scripts until the reader has scrolled: no listener exists yet to see it.
    let release!: () => void;
    const scrolled = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_next/static/chunks/**/*.js", async (route) => {
      await scrolled;
      await route.continue();
    });
    await page.goto(STUDY, { referer: "https://elsewhere.example/some-page", waitUntil: "commit" });
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.mouse.wheel(0, 400);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await progressRowCount(learner.id)).toBe(0);
    release();
    await expect(page.getByText("In progress", { exact: true })).toBeVisible();
    await expect.poll(() => progressStatus(learner.id, STUDY_ID)).toBe("IN_PROGRESS");
  });

  test("a link from another site to a section does not mark the study in progress by itself", async ({ page, learner }) => {
    await page.goto(`${STUDY}#lessons-learned`, { referer: "https://elsewhere.example/some-page" });
    await expect(page.getByRole("button", { name: "Mark as complete" })).toBeVisible();
    await page.waitForLoadState("networkidle");
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    expect(await progressRowCount(learner.id)).toBe(0);
  });

  test("the back button does not show a stale state", async ({ page, learner }) => {
    await page.goto(STUDY);
    await page.getByRole("button", { name: "Mark as complete" }).click();
    await expect(page.getByRole("button", { name: "Mark as not complete" })).toBeVisible();
    await page.goto("/dashboard");
    await page.goBack();
    await expect(page.getByRole("button", { name: "Mark as not complete" })).toBeVisible();
    // What the restored page shows is what the database holds.
    await expect(page.getByText("Completed", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Mark as complete" })).toHaveCount(0);
    expect(await progressStatus(learner.id, STUDY_ID)).toBe("COMPLETED");
  });

  test("bookmark a study and keep a private note", async ({ page, learner }) => {
    await page.goto(STUDY);
    await startReading(page); // the open is recorded once the learner engages with the page
    const toggle = page.getByRole("button", { name: "Bookmark", exact: true });
    await expect(toggle).toHaveAttribute("aria-pressed", "false");
    await clickAndWaitForAction(page, toggle);
    await expect(page.getByRole("button", { name: "Bookmark", exact: true, pressed: true })).toHaveAttribute("aria-pressed", "true");

    await page.goto("/bookmarks");
    await expect(page.getByRole("heading", { name: "URL Shortener" })).toBeVisible();
    await page.getByLabel("Private note for URL Shortener").fill("Base62 vs hashing: revisit the collision maths.");
    await page.getByRole("button", { name: "Save note for URL Shortener" }).click();
    await expect(page.getByText("Note saved.")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Private note for URL Shortener")).toHaveValue("Base62 vs hashing: revisit the collision maths.");

    expect(await bookmarkRow(learner.id, STUDY_ID)).toEqual({ note: "Base62 vs hashing: revisit the collision maths." });

    await page.getByLabel("Domain").selectOption("databases");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page.getByText("No bookmarks in this domain.")).toBeVisible();
  });

  test("start a path and complete it", async ({ page, learner }) => {
    // Eleven page loads and three completions: more than the default budget on a busy CI machine.
    test.slow();
    await page.goto("/paths/foundation-track");
    await page.getByRole("button", { name: "Start path" }).click();
    const bar = page.getByRole("progressbar", { name: "Foundation Track progress" });
    await expect(bar).toHaveAttribute("aria-valuenow", "0");
    const steps = ["/case-studies/infrastructure/url-shortener", "/case-studies/databases/key-value-store", "/case-studies/infrastructure/consistent-hashing"];
    for (const [i, step] of steps.entries()) {
      await page.goto(step);
      await page.getByRole("button", { name: "Mark as complete" }).click();
      await expect(page.getByRole("button", { name: "Mark as not complete" })).toBeVisible();
      await page.goto("/paths/foundation-track");
      await expect(bar).toHaveAttribute("aria-valuenow", String(Math.floor(((i + 1) / 3) * 100)));
    }
    await expect(page.getByText(/Path completed on/)).toBeVisible();
    await page.goto("/dashboard");
    await expect(page.getByRole("region", { name: "Completed paths" }).getByRole("link", { name: "Foundation Track" })).toBeVisible();
    const { rows } = await pool.query<{ done: boolean }>(
      `SELECT "completedAt" IS NOT NULL AS done FROM "PathEnrollment" WHERE "userId" = $1 AND "pathSlug" = 'foundation-track'`,
      [learner.id],
    );
    expect(rows).toEqual([{ done: true }]);
  });

  test("signed-out visitors see the path and a prompt to sign in", async ({ page }) => {
    await page.goto("/paths/data-track");
    await expect(page.getByRole("heading", { level: 1, name: "Data Track" })).toBeVisible();
    await expect(page.getByText("to start this path and track your progress")).toBeVisible();
  });

  test("a study written in this wave can be marked complete", async ({ page, learner }) => {
    await page.goto("/case-studies/gaming/global-matchmaking");
    await expect(page.getByText("Previews cannot be marked complete yet.")).toHaveCount(0);
    await startReading(page);
    await expect.poll(() => progressStatus(learner.id, "gaming/global-matchmaking")).toBe("IN_PROGRESS");
    await clickAndWaitForAction(page, page.getByRole("button", { name: "Mark as complete" }));
    await expect.poll(() => progressStatus(learner.id, "gaming/global-matchmaking")).toBe("COMPLETED");
    await page.reload();
    await expect(page.getByText("Completed", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Mark as not complete" })).toBeVisible();
  });

  test("export my data, then delete my account", async ({ page, learner }) => {
    await page.goto(STUDY);
    await startReading(page); // the open is recorded once the learner engages with the page
    await clickAndWaitForAction(page, page.getByRole("button", { name: "Bookmark", exact: true }));
    await expect(page.getByRole("button", { name: "Bookmark", exact: true, pressed: true })).toBeVisible();

    await page.goto("/account");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export my data" }).click()]);
    const data = JSON.parse(fs.readFileSync((await download.path())!, "utf8"));
    expect(data.account.email).toBe(learner.email);
    expect(data.bookmarks.map((b: { studyId: string }) => b.studyId)).toContain("infrastructure/url-shortener");

    await page.getByRole("button", { name: "Delete account" }).click();
    await expect(page.getByText("Tick the box to confirm you want to delete your account")).toBeVisible();
    await page.getByLabel("Your password").fill(learner.password);
    await page.getByLabel(/Delete my account and everything in it/).check();
    await page.getByRole("button", { name: "Delete account" }).click();
    await expect(page.getByText("Your account and all its data were deleted.")).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  });
});
