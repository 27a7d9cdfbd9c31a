import { describe, expect, it } from "vitest";
import { getCatalog } from "./catalog";
import { getCatalogConfig } from "./catalog-config";
import { emptyFilters, parseFilters } from "./catalog-filters";
import { buildCatalogIndex, buildDomainIndex, buildFilterPanel } from "./catalog-index";
import { CHALLENGES, DIFFICULTIES, DOMAINS, THEMES, TIME_INVESTMENTS } from "./schema";

const catalog = getCatalog();
const index = buildCatalogIndex(catalog, getCatalogConfig(catalog));
const count = (pred: (s: (typeof catalog.studies)[number]) => boolean) => catalog.studies.filter(pred).length;

describe("the /case-studies index", () => {
  it("totals the content: 88 studies across 12 domains, full plus previews", () => {
    expect(index.totals.studies).toBe(catalog.studies.length);
    expect(index.totals.studies).toBe(88);
    expect(index.totals.domains).toBe(12);
    expect(index.totals.full + index.totals.previews).toBe(88);
  });

  it("lists every domain in order with its own studies, and the counts add up to the total", () => {
    expect(index.domains.map((d) => d.slug)).toEqual([...DOMAINS]);
    for (const d of index.domains) {
      expect(d.count).toBe(count((s) => s.domain === d.slug));
      expect(d.studies.map((s) => s.id).sort()).toEqual(catalog.studies.filter((s) => s.domain === d.slug).map((s) => s.id).sort());
    }
    expect(index.domains.reduce((n, d) => n + d.count, 0)).toBe(88);
  });

  it("counts every filter value from the studies", () => {
    const summary = (facet: string) => index.facetSummaries.find((f) => f.facet === facet)!.values;
    for (const d of DIFFICULTIES) expect(summary("difficulty").find((v) => v.value === d)!.count).toBe(count((s) => s.difficulty === d));
    for (const t of TIME_INVESTMENTS) expect(summary("time").find((v) => v.value === t)!.count).toBe(count((s) => s.timeInvestment === t));
    for (const c of CHALLENGES) expect(summary("focus").find((v) => v.value === c)!.count).toBe(count((s) => s.challenges.includes(c)));
    for (const t of THEMES) expect(summary("theme").find((v) => v.value === t)!.count).toBe(count((s) => s.themes.includes(t)));
    expect(summary("difficulty").reduce((n, v) => n + v.count, 0)).toBe(88);
    expect(summary("time").reduce((n, v) => n + v.count, 0)).toBe(88);
  });

  it("links every filter value to its filtered view", () => {
    const beginner = index.facetSummaries[0]!.values[0]!;
    expect(beginner.href).toBe("/case-studies?difficulty=beginner#results");
  });

  it("shows the seed's non-studies as text and everything else as links to existing studies", () => {
    const examples = index.facetSummaries.flatMap((f) => f.values.flatMap((v) => v.examples));
    const texts = examples.filter((e) => !e.href).map((e) => e.name);
    expect(texts).toEqual(expect.arrayContaining(["WhatsApp", "Content Moderation", "banking infrastructure"]));
    const hrefs = new Set(catalog.studies.map((s) => s.href));
    for (const e of examples.filter((e) => e.href)) expect(hrefs, e.name).toContain(e.href);
  });

  it("takes the pattern usage table from the studies' own patterns, each linking to its pattern page", () => {
    expect(index.patternUsage.map((r) => r.system)).toEqual(["Netflix", "Uber", "DynamoDB", "Spanner", "Kafka", "Redis", "Cassandra", "YouTube", "Discord", "Elasticsearch"]);
    for (const row of index.patternUsage) {
      const study = catalog.studyById.get(row.study.id)!;
      expect(row.patterns.map((p) => p.slug)).toEqual(study.patterns);
      for (const p of row.patterns) expect(p.href).toBe(`/patterns/${p.slug}`);
    }
  });

  it("fills the problem domains and the scale comparison with metrics of the right kind, dated", () => {
    for (const group of index.problemDomains) {
      expect(group.entries.length).toBeGreaterThan(0);
      for (const entry of group.entries) {
        const study = catalog.studyById.get(entry.study.id)!;
        const expected = study.keyMetrics.filter((m) => m.kind === group.kind).map((m) => m.value).slice(0, 2);
        expect(entry.metrics.map((m) => m.value)).toEqual(expected);
        expect(entry.metrics.length).toBeGreaterThan(0);
      }
      expect(group.challengeCount).toBe(count((s) => s.challenges.includes(group.kind)));
    }
    expect(index.scaleComparison).toHaveLength(10);
    for (const row of index.scaleComparison) {
      const study = catalog.studyById.get(row.study.id)!;
      expect(row.metrics.map((m) => m.label)).toEqual(study.keyMetrics.filter((m) => m.kind === "scale").map((m) => m.label));
      expect(row.highlights).toEqual(study.highlights);
    }
  });

  it("has the eight tracks with their steps and total minutes", () => {
    expect(index.tracks.map((t) => t.title)).toEqual([
      "Foundation Track", "Social Track", "Commerce Track", "Data Track",
      "Location Track", "Healthcare Track", "Gaming Track", "Logistics Track",
    ]);
    const foundation = index.tracks[0]!;
    expect(foundation.steps.map((s) => s.id)).toEqual(["infrastructure/url-shortener", "databases/key-value-store", "infrastructure/consistent-hashing"]);
    expect(foundation.minutes).toBe(foundation.steps.reduce((n, s) => n + catalog.studyById.get(s.id)!.minutes, 0));
  });

  it("lists the elite-engineering studies as the industry deep dives", () => {
    expect(index.deepDives.studies.map((s) => s.id).sort()).toEqual(catalog.studies.filter((s) => s.domain === "elite-engineering").map((s) => s.id).sort());
  });
});

describe("the filter panel", () => {
  it("lists nothing until a filter is chosen, with every option counted", () => {
    const panel = buildFilterPanel(catalog, emptyFilters());
    expect(panel.active).toBe(0);
    expect(panel.results).toHaveLength(88);
    expect(panel.facets.find((f) => f.facet === "domain")!.options.reduce((n, o) => n + o.count, 0)).toBe(88);
  });

  it("combines filters: AND across facets, OR within one", () => {
    const { filters } = parseFilters({ difficulty: ["beginner", "intermediate"], focus: "consistency", domain: "databases" });
    const panel = buildFilterPanel(catalog, filters);
    const expected = catalog.studies.filter(
      (s) => ["beginner", "intermediate"].includes(s.difficulty) && s.challenges.includes("consistency") && s.domain === "databases",
    );
    expect(panel.results.map((s) => s.id)).toEqual(expected.map((s) => s.id));
    expect(panel.results.every((s) => s.domainTitle === "Databases & Storage")).toBe(true);
    expect(panel.query).toBe("difficulty=beginner&difficulty=intermediate&focus=consistency&domain=databases");
  });

  it("gives each chosen value a link that removes only that value", () => {
    const panel = buildFilterPanel(catalog, parseFilters({ difficulty: "expert", focus: ["scale", "ml"] }).filters);
    expect(panel.chosen.map((c) => [c.label, c.removeHref])).toEqual([
      ["Expert", "/case-studies?focus=scale&focus=ml#results"],
      ["Scale", "/case-studies?difficulty=expert&focus=ml#results"],
      ["ML/AI", "/case-studies?difficulty=expert&focus=scale#results"],
    ]);
    const one = buildFilterPanel(catalog, parseFilters({ time: "quick" }).filters);
    expect(one.chosen[0]!.removeHref).toBe("/case-studies#results");
  });

  it("marks the chosen options and counts each option's results if it were added", () => {
    const panel = buildFilterPanel(catalog, parseFilters({ difficulty: "expert", time: "quick" }).filters);
    const difficulty = panel.facets.find((f) => f.facet === "difficulty")!.options;
    expect(difficulty.filter((o) => o.checked).map((o) => o.value)).toEqual(["expert"]);
    for (const o of difficulty) expect(o.count).toBe(count((s) => s.timeInvestment === "quick" && s.difficulty === o.value));
  });
});

describe("a domain page", () => {
  const view = buildDomainIndex(catalog, "databases");

  it("groups the domain's studies by difficulty, and the groups add up", () => {
    expect(view.byDifficulty.map((g) => g.difficulty)).toEqual([...DIFFICULTIES]);
    expect(view.byDifficulty.reduce((n, g) => n + g.studies.length, 0)).toBe(count((s) => s.domain === "databases"));
    for (const g of view.byDifficulty) for (const s of g.studies) expect(catalog.studyById.get(s.id)!.difficulty).toBe(g.difficulty);
  });

  it("has the domain's learning path in order, with its total time and page", () => {
    expect(view.path.steps.map((s) => s.id)).toEqual(catalog.domainBySlug.get("databases")!.path);
    expect(view.path.minutes).toBe(view.path.steps.reduce((n, s) => n + s.minutes, 0));
    expect(view.path.href).toBe("/paths/databases");
  });

  it("resolves its cross-references to domains with their counts", () => {
    expect(view.crossReferences.map((r) => r.slug)).toEqual(catalog.domainBySlug.get("databases")!.crossReferences.map((r) => r.domain));
    for (const r of view.crossReferences) expect(r.count).toBe(count((s) => s.domain === r.slug));
  });
});
