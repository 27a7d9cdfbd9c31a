import { afterEach, describe, expect, it, vi } from "vitest";

// Each server bundle of a Next build has its own copy of lib/content/catalog; vi.resetModules gives a second copy the same way.
async function freshCopy() {
  vi.resetModules();
  return import("./catalog");
}

describe("getCatalog across bundles", () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    delete (globalThis as { __caseStudiesCatalog?: unknown }).__caseStudiesCatalog;
  });

  it("in production, a second copy of the module reuses the catalog the first one loaded", async () => {
    vi.stubEnv("NODE_ENV", "production");
    const first = (await freshCopy()).getCatalog();
    const second = (await freshCopy()).getCatalog();
    expect(second).toBe(first);
  }, 60_000);

  it("outside production, each copy reads the files again (an edited study shows up in development)", async () => {
    vi.stubEnv("NODE_ENV", "development");
    const first = (await freshCopy()).getCatalog();
    const second = (await freshCopy()).getCatalog();
    expect(second).not.toBe(first);
    expect(second.studies.length).toBe(first.studies.length);
  }, 60_000);
});
