/**
 * `npm run screenshots -- <base-url> [paths...]`: full-page PNGs of pages in
 * light and dark mode and at 360 px wide, into screenshots/ (git-ignored), for
 * looking at the UI. Signs in as the demo learner first when the server has it.
 */
import fs from "node:fs";
import { chromium } from "@playwright/test";

const [base = "http://127.0.0.1:3000", ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ["/", "/case-studies", "/case-studies/infrastructure/url-shortener", "/paths/foundation-track", "/dashboard", "/bookmarks", "/account", "/search?q=kafka"];
fs.mkdirSync("screenshots", { recursive: true });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
});
for (const variant of [
  { name: "light", width: 1280, dark: false },
  { name: "dark", width: 1280, dark: true },
  { name: "phone", width: 360, dark: false },
]) {
  const context = await browser.newContext({ viewport: { width: variant.width, height: 900 } });
  const page = await context.newPage();
  if (variant.dark) await page.addInitScript(() => localStorage.setItem("theme", "dark"));
  await page.goto(`${base}/signin`);
  await page.getByLabel("Email").fill("learner@example.com");
  await page.getByLabel("Password").fill("demo-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForLoadState("networkidle");
  for (const path of pages) {
    await page.goto(`${base}${path}`);
    await page.waitForLoadState("networkidle");
    const file = `screenshots/${variant.name}${path.replace(/[/?=&]+/g, "_") || "_home"}.png`;
    await page.screenshot({ path: file, fullPage: !path.startsWith("/case-studies/") });
    console.log(file);
  }
  await context.close();
}
await browser.close();
