import path from "node:path";
import { describe, expect, it } from "vitest";
import { getCatalog } from "./catalog";
import { catalogConfigSchema, checkCatalogConfig, type CatalogConfig } from "./catalog-config";
import { CONTENT_DIR, readMdx } from "./files";

const catalog = getCatalog();
const { data: config } = readMdx(path.join(CONTENT_DIR, "catalog.mdx"), catalogConfigSchema);
const clone = (): CatalogConfig => structuredClone(config);

describe("content/catalog.mdx", () => {
  it("is valid and agrees with the content", () => {
    expect(checkCatalogConfig(config, catalog).map((p) => p.message)).toEqual([]);
  });

  it("rejects a system name that is not in systems, naming the field", () => {
    const result = catalogConfigSchema.safeParse({ ...clone(), patternUsage: ["Netflix", "Nope"] });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]).toMatchObject({ path: ["patternUsage", 1], message: "'Nope' is not one of systems" });
  });

  it("requires the overview to describe exactly the five sections a study provides", () => {
    const broken = clone();
    broken.provides = broken.provides.slice(0, 4);
    expect(catalogConfigSchema.safeParse(broken).error!.issues[0]!.path).toEqual(["provides"]);
  });

  it("reports a system whose study does not exist", () => {
    const broken = clone();
    broken.systems.Netflix = "messaging-streaming/no-such-study";
    expect(checkCatalogConfig(broken, catalog).map((p) => p.message)).toContain(
      "content/catalog.mdx: systems.Netflix: no study 'messaging-streaming/no-such-study'",
    );
  });

  it("reports a featured system without a metric of that kind", () => {
    const broken = clone();
    broken.problemDomains.consistency = ["Cassandra"];
    expect(checkCatalogConfig(broken, catalog).map((p) => p.message)).toEqual([
      "content/catalog.mdx: problemDomains.consistency.0: databases/cassandra has no key metric of kind 'consistency'",
    ]);
  });

  it("reports an example that does not fit its filter value", () => {
    const broken = clone();
    broken.examples.difficulty.beginner = ["Spanner"];
    expect(checkCatalogConfig(broken, catalog).map((p) => p.message)).toEqual([
      "content/catalog.mdx: examples.difficulty.beginner.0: databases/google-spanner is not 'beginner'",
    ]);
  });
});
