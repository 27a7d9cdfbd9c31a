import crypto from "node:crypto";
import type { Browser } from "@playwright/test";
import { clickAndWaitForAction, createUser, expect, pool, test } from "./fixtures";
import { createClassAs, expectAccessibleInBothThemes, expectNoPageOverflow, isoDayFromNow, pageFor } from "./classes-helpers";

function parseCsv(text: string): string[][] {
  return text
    .replace(/^\uFEFF/, "")
    .trimEnd()
    .split("\r\n")
    .map((line) => line.split(","));
}

test.describe("classes", () => {
  // Two or three people act in each test, each in their own browser context.
  test.describe.configure({ timeout: 90_000 });

  test("an instructor creates a class, a learner joins, the assignment and progress show in the roster and the CSV", async ({ browser }) => {
    const instructor = await createUser(["learner", "instructor"], "Iris Instructor");
    const learner = await createUser(["learner"], "Leo Learner");
    const teach = await pageFor(browser, instructor);
    const learn = await pageFor(browser, learner);

    const { url, code } = await createClassAs(teach, "Distributed Systems 101");
    await expect(teach.getByText("No learners yet")).toBeVisible();

    // A wrong code is explained; the join link pre-fills the code and shows what the instructor will see.
    await learn.goto("/classes/join");
    await learn.getByLabel("Join code").fill("ZZZZZZZZ");
    await learn.getByRole("button", { name: "Join class" }).click();
    await expect(learn.getByText("No class uses that code. Check it with your instructor.")).toBeVisible();
    await learn.goto(`/classes/join?code=${code}`);
    await expect(learn.getByLabel("Join code")).toHaveValue(code);
    await expect(learn.getByRole("heading", { name: "Distributed Systems 101" })).toBeVisible();
    await expect(learn.getByRole("table")).toContainText(learner.email);
    await learn.getByRole("button", { name: "Join class" }).click();
    await expect(learn.getByText("You joined Distributed Systems 101.")).toBeVisible();

    // The instructor assigns a path with a due date.
    const due = isoDayFromNow(21);
    await teach.goto(url);
    await teach.getByLabel("Path").selectOption("foundation-track");
    await teach.getByLabel("Due date").fill(due);
    await teach.getByRole("button", { name: "Assign" }).click();
    await expect(teach.getByText("The path was assigned.")).toBeVisible();

    // The learner completes the first step.
    await learn.goto("/case-studies/infrastructure/url-shortener");
    await clickAndWaitForAction(learn, learn.getByRole("button", { name: "Mark as complete" }));
    await expect(learn.getByRole("button", { name: "Mark as not complete" })).toBeVisible();

    // The roster shows it: one row per learner, 1 of 3 studies, on track for a due date three weeks away.
    await teach.reload();
    const table = teach.getByRole("table");
    await expect(table.locator("tbody tr")).toHaveCount(1);
    const row = table.getByRole("row").filter({ hasText: learner.email });
    await expect(row).toContainText("Leo Learner");
    await expect(row).toContainText("33%");
    await expect(row).toContainText("1 of 3 studies");
    await expect(row).toContainText("On track");
    await expect(teach.getByText("0 of 1", { exact: false })).toBeVisible();

    // The CSV holds the same values.
    const csv = await teach.request.get(`${url}/roster.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const [header, ...rows] = parseCsv(await csv.text());
    expect(header).toEqual([
      "Learner",
      "Email",
      "Joined",
      "Foundation Track: percent",
      "Foundation Track: completed on",
      "Foundation Track: due",
      "Foundation Track: overdue",
      "Foundation Track: status",
    ]);
    expect(rows).toEqual([["Leo Learner", learner.email, new Date().toISOString().slice(0, 10), "33", "", due, "no", "On track"]]);

    // The learner sees the assignment with its due date, and exactly their row as the instructor sees it.
    await learn.goto("/classes");
    await expect(learn.getByRole("link", { name: "Foundation Track" })).toBeVisible();
    await expect(learn.getByText(/^Due \w{3} \d{1,2}, \d{4}$/)).toBeVisible();
    await learn.getByRole("link", { name: "See what your instructors see" }).click();
    await expect(learn.getByRole("heading", { name: "What your instructors see" })).toBeVisible();
    const mine = learn.getByRole("table").getByRole("row").filter({ hasText: learner.email });
    await expect(mine).toContainText("33%");
    await expect(mine).toContainText("On track");

    // Leaving takes a confirmation; the instructor stops seeing the learner.
    await learn.goto("/classes");
    await learn.getByRole("button", { name: "Leave class Distributed Systems 101" }).click();
    await learn.getByRole("button", { name: "Leave class", exact: true }).click();
    await expect(learn.getByText("You left the class. Its instructors no longer see your progress.")).toBeVisible();
    await expect(learn.getByText("You are not in a class.")).toBeVisible();
    await teach.reload();
    await expect(teach.getByText("No learners yet")).toBeVisible();
  });

  test("the roster sorts by an assignment and summarizes each assignment", async ({ browser }) => {
    const instructor = await createUser(["learner", "instructor"]);
    const teach = await pageFor(browser, instructor);
    const { url, code } = await createClassAs(teach, "Sorting class");
    for (const [name, complete] of [["Ann Ahead", true], ["Bob Behind", false]] as const) {
      const learner = await createUser(["learner"], name);
      const page = await pageFor(browser, learner);
      await page.goto(`/classes/join?code=${code}`);
      await page.getByRole("button", { name: "Join class" }).click();
      await expect(page.getByText(/You joined/)).toBeVisible();
      if (complete) {
        await page.goto("/case-studies/infrastructure/url-shortener");
        await clickAndWaitForAction(page, page.getByRole("button", { name: "Mark as complete" }));
        await expect(page.getByRole("button", { name: "Mark as not complete" })).toBeVisible();
      }
      await page.context().close();
    }
    await teach.goto(url);
    await teach.getByLabel("Path").selectOption("infrastructure");
    await teach.getByRole("button", { name: "Assign" }).click();
    await expect(teach.getByText("The path was assigned.")).toBeVisible();
    await teach.reload();

    const names = () => teach.getByRole("table").locator("tbody th").allInnerTexts();
    expect((await names()).map((n) => n.split("\n")[0])).toEqual(["Ann Ahead", "Bob Behind"]);
    const column = teach.getByRole("columnheader", { name: /Infrastructure path/ });
    await column.getByRole("link").click();
    await expect(column).toHaveAttribute("aria-sort", "ascending");
    expect((await names()).map((n) => n.split("\n")[0])).toEqual(["Bob Behind", "Ann Ahead"]);
    await column.getByRole("link").click();
    await expect(column).toHaveAttribute("aria-sort", "descending");
    expect((await names()).map((n) => n.split("\n")[0])).toEqual(["Ann Ahead", "Bob Behind"]);
    const summary = teach.getByRole("listitem").filter({ hasText: "completed (0 of 2)" });
    await expect(summary.getByRole("heading", { name: "Infrastructure path" })).toBeVisible();
    await expect(summary.getByRole("progressbar", { name: "Completion rate" })).toHaveAttribute("aria-valuenow", "0");
  });

  test("a large roster is paged, 50 learners a page, keeping the sort; the CSV has everyone", async ({ browser }) => {
    const instructor = await createUser(["learner", "instructor"]);
    const teach = await pageFor(browser, instructor);
    const { url } = await createClassAs(teach, "A big lecture");
    const classId = url.split("/").at(-1)!;
    // 55 learners who never sign in: written directly, as joining 55 times through the UI would only be slow.
    for (let i = 0; i < 55; i++) {
      const id = crypto.randomUUID();
      const n = String(i).padStart(2, "0");
      await pool.query(`INSERT INTO "User" (id, email, name, "passwordHash", "updatedAt") VALUES ($1, $2, $3, 'not-a-hash', now())`, [id, `pager-${n}-${id.slice(0, 8)}@example.test`, `Pager ${n}`]);
      await pool.query(`INSERT INTO "ClassMembership" ("classId", "userId") VALUES ($1, $2)`, [classId, id]);
    }
    const names = async () => (await teach.getByRole("table").locator("tbody th").allInnerTexts()).map((n) => n.split("\n")[0]);
    const pager = teach.getByRole("navigation", { name: "Roster pages" });

    await teach.goto(url);
    expect(await names()).toHaveLength(50);
    expect((await names())[0]).toBe("Pager 00");
    await expect(pager.getByText("Learners 1–50 of 55")).toBeVisible();
    await expect(pager.locator("[aria-current=page]")).toHaveText("Page 1");
    await pager.getByRole("link", { name: "Page 2" }).click();
    await expect(pager.getByText("Learners 51–55 of 55")).toBeVisible();
    expect(await names()).toEqual(["Pager 50", "Pager 51", "Pager 52", "Pager 53", "Pager 54"]);
    await expect(pager.getByRole("link", { name: "Next page" })).toHaveCount(0);

    // A new sort starts again at page 1; the pages keep the sort.
    const learnerColumn = teach.getByRole("columnheader", { name: /Learner/ });
    await learnerColumn.getByRole("link").click();
    await expect(learnerColumn).toHaveAttribute("aria-sort", "descending");
    expect((await names())[0]).toBe("Pager 54");
    await pager.getByRole("link", { name: "Next page" }).click();
    await expect(pager.getByText("Learners 51–55 of 55")).toBeVisible();
    await expect(learnerColumn).toHaveAttribute("aria-sort", "descending");
    expect(await names()).toEqual(["Pager 04", "Pager 03", "Pager 02", "Pager 01", "Pager 00"]);

    // A page that does not exist says so and shows the last one.
    await teach.goto(`${url}?page=9`);
    await expect(teach.getByRole("status").filter({ hasText: "There is no such page of the roster, so page 2 of 2 is shown." })).toBeVisible();
    expect(await names()).toHaveLength(5);

    const csv = await (await teach.request.get(`${url}/roster.csv`)).text();
    expect(parseCsv(csv)).toHaveLength(56);

    // The pager passes axe in both themes and fits a phone.
    await teach.setViewportSize({ width: 360, height: 800 });
    await teach.goto(`${url}?page=2#roster`);
    await expectNoPageOverflow(teach);
    await expectAccessibleInBothThemes(teach);
  });

  test("an instructor builds their own path, assigns it, and only their class sees it", async ({ browser }) => {
    const instructor = await createUser(["learner", "instructor"]);
    const learner = await createUser(["learner"]);
    const teach = await pageFor(browser, instructor);
    const { url, code } = await createClassAs(teach, "Own path class");

    await teach.goto("/instructor/paths/new");
    await teach.getByLabel("Title").fill("Storage week");
    await teach.getByLabel("Description").fill("Two storage classics, key-value first.");
    const picker = teach.getByLabel("Study to add");
    for (const study of [/^etcd \(/, /^Key-Value Store Design \(/]) {
      await picker.selectOption((await picker.locator("option").filter({ hasText: study }).getAttribute("value"))!);
      await teach.getByRole("button", { name: "Add study" }).click();
    }
    await teach.getByRole("button", { name: "Move Key-Value Store Design up" }).click();
    const chosen = teach.getByRole("group", { name: /Studies, in order/ }).getByRole("listitem");
    await expect(chosen).toHaveCount(2);
    await expect(chosen.first()).toContainText("Key-Value Store Design");
    await expect(teach.getByRole("button", { name: "Move Key-Value Store Design down" })).toBeFocused();
    await teach.getByRole("button", { name: "Create path" }).click();
    await expect(teach.getByText("Path created.")).toBeVisible();

    await teach.goto(url);
    await teach.getByLabel("Path").selectOption({ label: "Storage week" });
    await teach.getByRole("button", { name: "Assign" }).click();
    await expect(teach.getByText("The path was assigned.")).toBeVisible();

    const learn = await pageFor(browser, learner);
    await learn.goto(`/classes/join?code=${code}`);
    await learn.getByRole("button", { name: "Join class" }).click();
    await expect(learn.getByRole("heading", { name: "Assigned paths" })).toBeVisible();
    const steps = learn.locator("ol").filter({ hasText: "Key-Value Store Design" });
    await expect(steps.getByRole("link")).toHaveText(["Key-Value Store Design", "etcd"]);

    const outsider = await pageFor(browser, await createUser(["learner"]));
    const res = await outsider.goto(url);
    expect(res?.status()).toBe(404);
  });

  test("the join link works without JavaScript, through sign-in", async ({ browser }) => {
    const instructor = await createUser(["learner", "instructor"]);
    const teach = await pageFor(browser, instructor);
    const { code } = await createClassAs(teach, "No-JS class");
    const learner = await createUser(["learner"], "Nora NoScript");

    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/classes/join?code=${code}`);
    await expect(page).toHaveURL(/\/signin\?next=/);
    await page.getByLabel("Email").fill(learner.email);
    await page.getByLabel("Password").fill(learner.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(new RegExp(`/classes/join\\?code=${code}$`));
    await expect(page.getByLabel("Join code")).toHaveValue(code);
    await page.getByRole("button", { name: "Join class" }).click();
    await expect(page.getByText("You joined No-JS class.")).toBeVisible();
    await context.close();
  });

  test("a closed class explains itself, and join attempts are rate-limited", async ({ browser }) => {
    const instructor = await createUser(["learner", "instructor"]);
    const teach = await pageFor(browser, instructor);
    const { code } = await createClassAs(teach, "Closed class");
    await clickAndWaitForAction(teach, teach.getByRole("button", { name: "Stop new joins" }));
    await expect(teach.getByText("Closed: the code does not let anyone join.")).toBeVisible();

    // Opening join links is a GET any site can trigger: it never spends join attempts.
    const learn = await pageFor(browser, await createUser(["learner"]));
    for (let i = 0; i < 12; i++) await learn.goto(`/classes/join?code=${code.toLowerCase()}`);
    await expect(learn.getByText(/not taking new members right now/)).toBeVisible();
    // The form (a same-origin server action) allows 10 attempts per 10 minutes, all of them still unspent.
    for (let i = 0; i < 10; i++) {
      await learn.getByLabel("Join code").fill(`ZZZZZZZ${"23456789AB"[i]}`);
      await clickAndWaitForAction(learn, learn.getByRole("button", { name: "Join class" }));
      await expect(learn.getByText(/Too many join attempts/)).toHaveCount(0);
    }
    await learn.getByLabel("Join code").fill("ZZZZZZZC");
    await clickAndWaitForAction(learn, learn.getByRole("button", { name: "Join class" }));
    await expect(learn.getByText(/Too many join attempts. Try again in/)).toBeVisible();
  });

  test("another instructor, an outsider and a visitor get 404 for the roster and its CSV", async ({ browser, request }) => {
    const owner = await pageFor(browser, await createUser(["learner", "instructor"]));
    const { url } = await createClassAs(owner, "Private class");
    for (const roles of [["learner", "instructor"], ["learner"], ["learner", "admin"]]) {
      const page = await pageFor(browser, await createUser(roles));
      expect((await page.goto(url))?.status(), roles.join("+")).toBe(404);
      expect((await page.request.get(`${url}/roster.csv`)).status(), roles.join("+")).toBe(404);
      await page.context().close();
    }
    expect((await request.get(`${url}/roster.csv`)).status()).toBe(404);
    expect((await request.get("/instructor/classes/not-a-real-class/roster.csv")).status()).toBe(404);
  });

  /** A class with a learner and an assignment due soon, so every part of the pages shows. */
  async function populatedClass(browser: Browser) {
    const teach = await pageFor(browser, await createUser(["learner", "instructor"]));
    const { url, code } = await createClassAs(teach, "Accessible class");
    const learn = await pageFor(browser, await createUser(["learner"], "Alex Accessible"));
    await learn.goto(`/classes/join?code=${code}`);
    await learn.getByRole("button", { name: "Join class" }).click();
    await expect(learn.getByText(/You joined/)).toBeVisible();
    await teach.goto(url);
    await teach.getByLabel("Path").selectOption("foundation-track");
    await teach.getByLabel("Due date").fill(isoDayFromNow(5));
    await teach.getByRole("button", { name: "Assign" }).click();
    await expect(teach.getByText("The path was assigned.")).toBeVisible();
    return { teach, learn, url, code, classPage: new URL(learn.url()).pathname };
  }

  test("/instructor, a roster and the path builder have no axe violations, light and dark, and fit 360 px", async ({ browser }) => {
    const { teach, url } = await populatedClass(browser);
    for (const path of ["/instructor", url, "/instructor/paths/new"]) {
      await teach.goto(path);
      await expectAccessibleInBothThemes(teach);
      await teach.setViewportSize({ width: 360, height: 740 });
      await expectNoPageOverflow(teach);
      await teach.setViewportSize({ width: 1280, height: 720 });
    }
  });

  test("/classes/join, /classes and a learner's class page have no axe violations, light and dark, and fit 360 px", async ({ browser }) => {
    const { learn, code, classPage } = await populatedClass(browser);
    for (const path of [`/classes/join?code=${code}`, "/classes/join", "/classes", classPage]) {
      await learn.goto(path);
      await expectAccessibleInBothThemes(learn);
      await learn.setViewportSize({ width: 360, height: 740 });
      await expectNoPageOverflow(learn);
      await learn.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
