import { clickAndWaitForAction, createUser, expect, test } from "./fixtures";
import { expectAccessibleInBothThemes, expectNoPageOverflow, pageFor } from "./classes-helpers";

test.describe("admin", () => {
  test.describe.configure({ timeout: 90_000 });

  test("an admin finds a learner and grants the instructor role; it applies from their next sign-in", async ({ browser }) => {
    const admin = await pageFor(browser, await createUser(["learner", "admin"], "Ada Admin"));
    const learner = await createUser(["learner"], "Gus Granted");
    const learnerPage = await pageFor(browser, learner);
    expect((await learnerPage.goto("/instructor"))?.status()).toBe(404);

    await admin.goto("/admin");
    await expect(admin.getByRole("link", { name: "Admin" })).toBeVisible();
    await admin.getByLabel("Search users").fill(learner.email.toUpperCase());
    await admin.getByRole("button", { name: "Search" }).click();
    const row = admin.getByRole("row").filter({ hasText: learner.email });
    await expect(admin.getByRole("table").locator("tbody tr")).toHaveCount(1);
    await clickAndWaitForAction(admin, row.getByRole("button", { name: "Grant instructor to Gus Granted" }));
    await expect(admin.getByText(/Granted the instructor role/)).toBeVisible();
    await expect(row).toContainText("Instructor");

    // The role change ends the learner's sessions; signed in again, they have the instructor tools.
    const ended = await learnerPage.request.get("/instructor", { maxRedirects: 0 });
    expect(ended.status()).toBe(307);
    expect(ended.headers()["location"]).toMatch(/\/signin\?next=%2Finstructor$/);
    await learnerPage.goto("/signin?next=%2Finstructor");
    await learnerPage.getByLabel("Email").fill(learner.email);
    await learnerPage.getByLabel("Password").fill(learner.password);
    await learnerPage.getByRole("button", { name: "Sign in" }).click();
    await expect(learnerPage.getByRole("heading", { level: 1, name: "Your classes" })).toBeVisible();
    await expect(learnerPage.getByRole("link", { name: "Instructor" })).toBeVisible();

    // Revoking asks first.
    await row.getByRole("button", { name: "Revoke instructor from Gus Granted" }).click();
    await clickAndWaitForAction(admin, row.getByRole("button", { name: "Revoke instructor", exact: true }));
    await expect(admin.getByText(/Revoked the instructor role/)).toBeVisible();
    await expect(row).not.toContainText("Instructor");
  });

  test("non-admins get a 404; bad search input gets a message, not an error", async ({ browser }) => {
    for (const roles of [["learner"], ["learner", "instructor"]]) {
      const page = await pageFor(browser, await createUser(roles));
      expect((await page.goto("/admin"))?.status()).toBe(404);
      await page.context().close();
    }
    const admin = await pageFor(browser, await createUser(["learner", "admin"]));
    const res = await admin.goto(`/admin?q=${"x".repeat(150)}`);
    expect(res?.status()).toBe(200);
    await expect(admin.getByText("Search with at most 100 characters.")).toBeVisible();
    const odd = await admin.goto("/admin?q=%25_%5C%27");
    expect(odd?.status()).toBe(200);
    await expect(admin.getByText(/No user matches/)).toBeVisible();
  });

  test("/admin has no axe violations, light and dark, and fits 360 px", async ({ browser }) => {
    const admin = await pageFor(browser, await createUser(["learner", "admin"]));
    await admin.goto("/admin");
    await expectAccessibleInBothThemes(admin);
    await admin.setViewportSize({ width: 360, height: 740 });
    await admin.goto("/admin");
    await expectNoPageOverflow(admin);
  });
});
