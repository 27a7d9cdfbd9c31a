import { describe, expect, it } from "vitest";
import { getCatalog } from "./catalog";
import { groupPatternsByCategory, patternsUsedWith, plainDescription } from "./pattern-index";

const catalog = getCatalog();

describe("groupPatternsByCategory", () => {
  const groups = groupPatternsByCategory(catalog);

  it("puts every pattern in exactly one group, with no empty groups", () => {
    expect(groups.flatMap((g) => g.patterns.map((p) => p.slug)).sort()).toEqual(catalog.patterns.map((p) => p.slug).sort());
    for (const g of groups) expect(g.patterns.length).toBeGreaterThan(0);
  });

  it("counts the studies that use each pattern", () => {
    for (const p of groups.flatMap((g) => g.patterns)) {
      expect(p.studyCount).toBe(catalog.studies.filter((s) => s.patterns.includes(p.slug)).length);
    }
  });
});

describe("patternsUsedWith", () => {
  it("ranks the patterns by the studies they share with this one", () => {
    const related = patternsUsedWith(catalog, "truetime", 50);
    const spanner = catalog.studies.filter((s) => s.patterns.includes("truetime"));
    const expected = new Set(spanner.flatMap((s) => s.patterns).filter((p) => p !== "truetime"));
    expect(new Set(related.map((p) => p.slug))).toEqual(expected);
    for (const p of related) {
      expect(p.shared).toBe(spanner.filter((s) => s.patterns.includes(p.slug)).length);
    }
    const shared = related.map((p) => p.shared);
    expect(shared).toEqual([...shared].sort((a, b) => b - a));
  });

  it("is empty for an unknown pattern and respects the limit", () => {
    expect(patternsUsedWith(catalog, "no-such-pattern")).toEqual([]);
    expect(patternsUsedWith(catalog, "sharding", 3)).toHaveLength(3);
  });
});

describe("plainDescription", () => {
  it("keeps the first paragraph without Markdown", () => {
    expect(plainDescription("A *fast* [cache](https://example.com) in `RAM`.\n\nSecond paragraph.")).toBe("A fast cache in RAM.");
  });

  it("cuts long text at a word boundary", () => {
    const text = plainDescription(`${"word ".repeat(60)}end`, 50);
    expect(text.length).toBeLessThanOrEqual(50);
    expect(text.endsWith("word…")).toBe(true);
  });
});
