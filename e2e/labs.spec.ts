import AxeBuilder from "@axe-core/playwright";
import { createUser, expect, test } from "./fixtures";
import { createClassAs, expectAccessibleInBothThemes, pageFor } from "./classes-helpers";

const STUDY = "/case-studies/infrastructure/consistent-hashing";

test.describe("a lab in a study", () => {
  test("loads its code only near the lab; the learner predicts, runs it by keyboard and sees the gap", async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(request.url());
    });
    await page.goto(STUDY);
    const lab = page.getByRole("region", { name: "Lab: Keys moved and load balance on a hash ring" });
    await expect(lab).toBeAttached();
    await page.waitForLoadState("networkidle");
    // The article is prerendered with the lab's place in it, but not the lab itself.
    await expect(lab.getByRole("button", { name: "Run" })).toHaveCount(0);
    const beforeScroll = scripts.length;

    await lab.scrollIntoViewIfNeeded();
    const prediction = lab.getByLabel(/^Your prediction: When one more node joins your ring, what share of the keys move\?/);
    await expect(prediction).toBeVisible();
    expect(scripts.length, "the lab's code arrives when it scrolls into view").toBeGreaterThan(beforeScroll);

    // Run is refused until there is a prediction.
    await lab.getByRole("button", { name: "Run" }).click();
    await expect(lab.getByText("Write your prediction first, as a number in %.")).toBeVisible();
    await expect(lab.getByText("The run measured", { exact: true })).toHaveCount(0);

    // By keyboard: type the guess, change the ring, press Enter.
    await prediction.focus();
    await page.keyboard.type("30");
    await lab.getByLabel("Nodes").fill("20");
    await lab.getByLabel("Nodes").press("Enter");
    await expect(lab.getByText("You predicted")).toBeVisible();
    await expect(lab.getByRole("definition").filter({ hasText: /^30%$/ })).toBeVisible();
    // 1/(n+1) for 20 nodes is about 4.8%: a guess of 30% is well above what the run measures.
    await expect(lab.getByText(/^Your prediction is [\d.]+ percentage points above the measurement/)).toBeVisible();
    await expect(page.getByRole("status").filter({ hasText: "Run finished. The run measured" })).toBeAttached();
    await expect(lab.getByRole("img").first()).toBeVisible();
    await expect(lab.getByRole("table").first()).toBeVisible();
    await expect(lab.getByText("to keep your predictions and results on your dashboard.")).toBeVisible();

    // Out-of-range input gets the schema's message next to the field, and no run.
    await lab.getByLabel("Nodes").fill("1");
    await lab.getByRole("button", { name: "Run" }).click();
    await expect(lab.getByText("Nodes must be a whole number from 2 to 500")).toBeVisible();
    await expect(lab.getByLabel("Nodes")).toHaveAttribute("aria-invalid", "true");
  });

  for (const dark of [false, true]) {
    test(`has no axe violations after a run, and fits a 360 px screen (${dark ? "dark" : "light"} mode)`, async ({ page }) => {
      if (dark) await page.addInitScript(() => localStorage.setItem("theme", "dark"));
      await page.setViewportSize({ width: 360, height: 800 });
      await page.goto(STUDY);
      const lab = page.getByRole("region", { name: /^Lab: / });
      await lab.scrollIntoViewIfNeeded();
      await lab.getByLabel(/^Your prediction/).fill("9");
      await lab.getByRole("button", { name: "Run" }).click();
      await expect(lab.getByText("The run measured", { exact: true })).toBeVisible();
      const results = await new AxeBuilder({ page }).include('section[aria-labelledby^="lab-"]').analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    });
  }

  test("every lab runs with its defaults in the study that teaches it", async ({ page }) => {
    test.slow(); // seven labs in six studies, each run in the browser
    const placed: [string, number][] = [
      ["/case-studies/infrastructure/consistent-hashing", 1],
      ["/case-studies/databases/amazon-dynamo", 1],
      ["/case-studies/databases/etcd", 1],
      ["/case-studies/monitoring-observability/rate-limiter", 1],
      ["/case-studies/messaging-streaming/kafka", 1],
      ["/case-studies/databases/memcached", 2],
    ];
    for (const [study, count] of placed) {
      await page.goto(study);
      const labs = page.getByRole("region", { name: /^Lab: / });
      await expect(labs, study).toHaveCount(count);
      for (let i = 0; i < count; i++) {
        const lab = labs.nth(i);
        await lab.scrollIntoViewIfNeeded();
        await lab.getByLabel(/^Your prediction/).fill("1");
        await lab.getByRole("button", { name: "Run" }).click();
        await expect(lab.getByText("The run measured", { exact: true }), study).toBeVisible({ timeout: 15_000 });
        await expect(lab.getByRole("alert")).toHaveCount(0);
      }
    }
  });

  test("a signed-in learner's prediction and the server's run of it are kept, and listed on the dashboard", async ({ page, learner: _signedIn }) => {
    await page.goto(STUDY);
    const lab = page.getByRole("region", { name: /^Lab: / });
    await lab.scrollIntoViewIfNeeded();
    await lab.getByLabel(/^Your prediction/).fill("12.5");
    await lab.getByLabel("Tokens per node").fill("8");
    await lab.getByRole("button", { name: "Run" }).click();
    await expect(lab.getByText("Saved to your dashboard.")).toBeVisible();
    const measured = (await lab.getByRole("definition").nth(1).textContent())!;

    await page.goto("/dashboard");
    const runs = page.getByRole("region", { name: "Your lab runs" });
    await expect(runs.getByRole("link", { name: "Keys moved and load balance on a hash ring" })).toHaveAttribute(
      "href",
      "/case-studies/infrastructure/consistent-hashing#lab-consistent-hashing-ring",
    );
    // The dashboard shows what the server measured, which is what the browser showed.
    await expect(runs.getByText(`Predicted 12.5%, measured ${measured}`)).toBeVisible();
  });

  test("an instructor sets a lab challenge, a learner submits runs from the lab, and the roster shows the server's verdict", async ({ browser }) => {
    test.setTimeout(120_000);
    const instructor = await createUser(["learner", "instructor"], "Irene Instructor");
    const learner = await createUser(["learner"], "Lars Learner");
    const teach = await pageFor(browser, instructor);
    const learn = await pageFor(browser, learner);

    const { url, code } = await createClassAs(teach, "Storage systems lab");
    await learn.goto(`/classes/join?code=${code}`);
    await learn.getByRole("button", { name: "Join class" }).click();
    await expect(learn.getByText("You joined Storage systems lab.")).toBeVisible();

    await teach.goto(url);
    await teach.getByLabel("Path").selectOption("foundation-track");
    await teach.getByLabel("Lab challenge").selectOption("ring-balance-10-nodes");
    await teach.getByRole("button", { name: "Assign" }).click();
    await expect(teach.getByText("The path and its lab challenge were assigned.")).toBeVisible();
    await expect(teach.getByRole("columnheader", { name: /^Challenge: Balance a ring of 10 nodes/ })).toBeVisible();

    // The learner's class page links to the lab inside its study.
    await learn.goto("/classes");
    await expect(learn.getByText("(No attempt yet)")).toBeVisible();
    await learn.getByRole("link", { name: "Balance a ring of 10 nodes" }).click();
    await expect(learn).toHaveURL(/\/case-studies\/infrastructure\/consistent-hashing#lab-consistent-hashing-ring$/);
    const lab = learn.getByRole("region", { name: /^Lab: / });
    const card = lab.getByRole("region", { name: "Challenge from Storage systems lab: Balance a ring of 10 nodes" });
    await expect(card).toBeVisible();
    await expect(card.getByRole("button", { name: "Run the lab to submit" })).toBeDisabled();

    // A miss first: the challenge's settings, 100 tokens per node.
    await lab.getByRole("spinbutton", { name: "Nodes", exact: true }).fill("25");
    await card.getByRole("button", { name: "Use the challenge's settings" }).click();
    await expect(lab.getByRole("spinbutton", { name: "Nodes", exact: true })).toHaveValue("10");
    await lab.getByLabel(/^Your prediction/).fill("9");
    await lab.getByRole("spinbutton", { name: "Tokens per node" }).fill("100");
    await lab.getByRole("button", { name: "Run", exact: true }).click();
    await card.getByRole("button", { name: "Submit this run (seed 1)" }).click();
    await expect(card.getByRole("status")).toHaveText("Checked on the server by running it again. Not met: 100 tokens per node: busiest node 1.168x the mean.");

    // Then a pass with 500 tokens; the card's standing follows.
    await lab.getByRole("spinbutton", { name: "Tokens per node" }).fill("500");
    await lab.getByRole("button", { name: "Run", exact: true }).click();
    await card.getByRole("button", { name: "Submit this run (seed 1)" }).click();
    await expect(card.getByRole("status")).toHaveText("Checked on the server by running it again. Met: 500 tokens per node: busiest node 1.051x the mean.");
    await expect(card).toContainText("Your standing: Met: 500 tokens per node: busiest node 1.051x the mean (2 attempts).");

    // Another seed is refused with the reason, and changes nothing.
    await lab.getByRole("spinbutton", { name: "Seed" }).fill("2");
    await lab.getByRole("button", { name: "Run", exact: true }).click();
    await card.getByRole("button", { name: "Submit this run (seed 2)" }).click();
    await expect(card.getByRole("status")).toHaveText("This challenge runs seed 1.");
    const results = await new AxeBuilder({ page: learn }).include('section[aria-labelledby^="lab-"]').analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

    // The roster: the best verified attempt, the number of attempts, and the class-wide count.
    await teach.reload();
    const row = teach.getByRole("table").getByRole("row").filter({ hasText: learner.email });
    await expect(row).toContainText("Met500 tokens per node: busiest node 1.051x the mean (2 attempts)");
    await expect(teach.getByText("Lab challenge met by 1 of 1")).toBeVisible();
    const csv = await (await teach.request.get(`${url}/roster.csv`)).text();
    expect(csv).toContain(",yes,500 tokens per node: busiest node 1.051x the mean,2");
    await expectAccessibleInBothThemes(teach);
    await teach.context().close();
    await learn.context().close();
  });
});
