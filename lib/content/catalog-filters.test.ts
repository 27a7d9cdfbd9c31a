import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  emptyFilters,
  facetCounts,
  filterStudies,
  filtersToQuery,
  matchesFilters,
  parseFilters,
  type FilterableStudy,
  type Filters,
} from "./catalog-filters";

const study = (over: Partial<FilterableStudy> & { name: string }) => ({
  difficulty: "beginner" as const,
  timeInvestment: "standard" as const,
  challenges: ["scale" as const],
  themes: [],
  domain: "databases" as const,
  ...over,
});

const studies = [
  study({ name: "a", difficulty: "beginner", challenges: ["scale"], domain: "databases" }),
  study({ name: "b", difficulty: "advanced", challenges: ["scale", "latency"], themes: ["low-latency"], domain: "databases" }),
  study({ name: "c", difficulty: "advanced", challenges: ["consistency"], timeInvestment: "deep", domain: "infrastructure" }),
  study({ name: "d", difficulty: "expert", challenges: ["latency"], themes: ["global-scale", "low-latency"], domain: "infrastructure" }),
];
const names = (list: { name: string }[]) => list.map((s) => s.name);
const filters = (over: Partial<Filters>): Filters => ({ ...emptyFilters(), ...over });

describe("parseFilters", () => {
  it("reads every facet from repeated and comma-separated values, in the options' order", () => {
    const { filters: f, ignored } = parseFilters({
      difficulty: ["expert", "beginner"],
      time: "quick",
      focus: "latency,scale",
      theme: "ai-ml",
      domain: "gaming",
    });
    expect(ignored).toEqual([]);
    expect(f).toEqual({ difficulty: ["beginner", "expert"], time: ["quick"], focus: ["scale", "latency"], theme: ["ai-ml"], domain: ["gaming"] });
  });

  it("accepts any letter case and surrounding spaces, and drops duplicates", () => {
    expect(parseFilters({ difficulty: [" Beginner", "BEGINNER", "beginner"] }).filters.difficulty).toEqual(["beginner"]);
  });

  it("reports unknown values with a clear message instead of failing, and keeps the valid ones", () => {
    const { filters: f, ignored } = parseFilters({ difficulty: ["hard", "expert", "hard"], domain: "<script>" });
    expect(f.difficulty).toEqual(["expert"]);
    expect(f.domain).toEqual([]);
    expect(ignored).toEqual([
      { facet: "difficulty", value: "hard", message: 'Ignored an unknown difficulty: "hard".' },
      { facet: "domain", value: "<script>", message: 'Ignored an unknown domain: "<script>".' },
    ]);
  });

  it("ignores unrelated keys and empty values, and shortens very long values in messages", () => {
    const long = "x".repeat(500);
    const { filters: f, ignored } = parseFilters({ utm_source: "mail", q: "kafka", focus: ["", " , "], theme: long });
    expect(activeFilterCount(f)).toBe(0);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]!.value).toBe(`${"x".repeat(40)}…`);
  });

  it("caps how many values one facet reads", () => {
    const { ignored } = parseFilters({ theme: Array.from({ length: 100 }, (_, i) => `t${i}`) });
    expect(ignored).toHaveLength(30);
  });
});

describe("matching", () => {
  it("with no filters, everything matches", () => {
    expect(names(filterStudies(studies, emptyFilters()))).toEqual(["a", "b", "c", "d"]);
  });

  it("ORs the values of one facet", () => {
    expect(names(filterStudies(studies, filters({ difficulty: ["beginner", "expert"] })))).toEqual(["a", "d"]);
    expect(names(filterStudies(studies, filters({ focus: ["consistency", "latency"] })))).toEqual(["b", "c", "d"]);
  });

  it("ANDs different facets", () => {
    expect(names(filterStudies(studies, filters({ difficulty: ["advanced"], focus: ["latency"] })))).toEqual(["b"]);
    expect(names(filterStudies(studies, filters({ domain: ["infrastructure"], theme: ["low-latency"], time: ["standard"] })))).toEqual(["d"]);
    expect(filterStudies(studies, filters({ difficulty: ["beginner"], domain: ["infrastructure"] }))).toEqual([]);
  });

  it("can leave one facet out, for counting that facet's options", () => {
    const f = filters({ difficulty: ["beginner"], focus: ["latency"] });
    expect(matchesFilters(studies[3]!, f)).toBe(false);
    expect(matchesFilters(studies[3]!, f, "difficulty")).toBe(true);
  });
});

describe("facetCounts", () => {
  it("counts every option over all studies when nothing is chosen", () => {
    const counts = facetCounts(studies, emptyFilters());
    expect(counts.difficulty).toEqual({ beginner: 1, intermediate: 0, advanced: 2, expert: 1 });
    expect(counts.focus.scale).toBe(2);
    expect(counts.focus.latency).toBe(2);
    expect(counts.theme["low-latency"]).toBe(2);
    expect(counts.domain.databases).toBe(2);
  });

  it("counts an option as the results of adding it: other facets apply, its own facet does not", () => {
    const counts = facetCounts(studies, filters({ difficulty: ["advanced"], focus: ["scale"] }));
    // Difficulty options given focus=scale: a (beginner), b (advanced).
    expect(counts.difficulty).toEqual({ beginner: 1, intermediate: 0, advanced: 1, expert: 0 });
    // Focus options given difficulty=advanced: b (scale, latency), c (consistency).
    expect(counts.focus).toMatchObject({ scale: 1, latency: 1, consistency: 1, security: 0 });
    // Other facets see both choices: only b.
    expect(counts.domain).toMatchObject({ databases: 1, infrastructure: 0 });
  });
});

describe("filtersToQuery", () => {
  it("writes facets and values in a fixed order, so equal filters give equal URLs", () => {
    const a = parseFilters({ focus: ["latency", "scale"], difficulty: "expert" }).filters;
    const b = parseFilters({ difficulty: "expert", focus: "scale,latency" }).filters;
    expect(filtersToQuery(a)).toBe("difficulty=expert&focus=scale&focus=latency");
    expect(filtersToQuery(b)).toBe(filtersToQuery(a));
  });

  it("round-trips through parseFilters", () => {
    const f = filters({ time: ["quick", "deep"], theme: ["ai-ml"], domain: ["gaming", "logistics"] });
    const parsed = parseFilters(Object.fromEntries(
      [...new URLSearchParams(filtersToQuery(f)).keys()].map((k) => [k, new URLSearchParams(filtersToQuery(f)).getAll(k)]),
    ));
    expect(parsed).toEqual({ filters: f, ignored: [] });
  });
});
