import { beforeAll, describe, expect, it } from "vitest";
import { getCatalog } from "@/lib/content/catalog";
import { SNIPPET_WORDS } from "./highlight";
import { buildSearchIndex, MAX_QUERY_TERMS, PAGE_SIZE, queryTerms, SEARCH_EXAMPLES, searchStudies, typoTolerance, type SearchIndex } from "./search";

let index: SearchIndex;
beforeAll(() => {
  index = buildSearchIndex(getCatalog());
}, 60_000);

const search = (query: string, page = 1) => searchStudies(query, { page }, index);
const titles = (query: string) => search(query).hits.map((h) => h.study.title);
/** Every study id the query finds, across all pages. */
function allIds(query: string): string[] {
  const first = search(query);
  const ids = first.hits.map((h) => h.study.id);
  for (let page = 2; page <= first.pageCount; page++) ids.push(...search(query, page).hits.map((h) => h.study.id));
  return ids;
}
/** What the index holds for a study, lower-cased: title, summary, body, its patterns and its domain. */
function searchableText(id: string): string {
  const { catalog } = index;
  const study = catalog.studyById.get(id)!;
  const patterns = study.patterns.flatMap((slug) => {
    const pattern = catalog.patternBySlug.get(slug)!;
    return [pattern.title, ...pattern.aliases];
  });
  return [study.title, study.summary, study.analysis.plainText, ...patterns, catalog.domainBySlug.get(study.domain)!.title].join("\n").toLowerCase();
}
const marked = (segments: { text: string; match: boolean }[]) => segments.filter((s) => s.match).map((s) => s.text.toLowerCase());

describe("ranking", () => {
  it("puts the Kafka study first for kafka, ahead of studies that mention Kafka in passing", () => {
    const results = search("kafka");
    expect(results.hits[0]?.study.id).toBe("messaging-streaming/kafka");
    expect(results.total).toBeGreaterThan(1);
  });

  it.each([
    ["rate limiter", "monitoring-observability/rate-limiter"],
    ["consistent hashing", "infrastructure/consistent-hashing"],
    ["spanner", "databases/google-spanner"],
    ["uber location", "location-services/uber-location"],
  ])("puts the study titled for %j first", (query, id) => {
    expect(search(query).hits[0]?.study.id).toBe(id);
  });

  it("finds studies by the start of a word", () => {
    expect(titles("kubern")).toContain("Kubernetes");
    expect(titles("zookee")[0]).toBe("Apache ZooKeeper");
  });
});

describe("typo tolerance", () => {
  it.each([
    ["kafak", "messaging-streaming/kafka", "kafka"],
    ["casandra", "databases/cassandra", "cassandra"],
    ["elasticsaerch", "search-analytics/elasticsearch", "elasticsearch"],
  ])("finds the intended study for %j and highlights the word as spelled in the study", (query, id, word) => {
    const results = search(query);
    expect(results.hits[0]?.study.id).toBe(id);
    expect(marked(results.hits[0]!.title)).toContain(word);
    expect(marked(results.hits[0]!.snippet)).toContain(word);
  });

  it("allows more edits the longer the word, none for short words and numbers", () => {
    const vocabulary = new Set<string>();
    expect(typoTolerance("kfk", vocabulary)).toBe(0);
    expect(typoTolerance("kafk", vocabulary)).toBe(1);
    expect(typoTolerance("kafak", vocabulary)).toBe(2);
    expect(typoTolerance("casandra", vocabulary)).toBe(2);
    expect(typoTolerance("elasticsaerch", vocabulary)).toBe(3);
    expect(typoTolerance("20100", vocabulary)).toBe(0);
  });

  it("takes a word the catalog contains as typed, so redis does not also find reads", () => {
    expect(typoTolerance("redis", index.vocabulary)).toBe(0);
    const ids = allIds("redis");
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(searchableText(id), id).toContain("redis");
  });
});

describe("combining words", () => {
  it("requires every word when some study has them all", () => {
    const results = search("leader election");
    expect(results.mode).toBe("all");
    expect(results.total).toBeGreaterThan(0);
    for (const id of allIds("leader election")) {
      const text = searchableText(id);
      expect(text, id).toMatch(/\bleader/);
      expect(text, id).toMatch(/\belection/);
    }
  });

  it("falls back to any word when no study has them all", () => {
    const results = search("kafka xylophonist");
    expect(results.mode).toBe("any");
    expect(results.hits[0]?.study.id).toBe("messaging-streaming/kafka");
  });

  it("ignores stop words, so a question finds what it is about", () => {
    expect(queryTerms("How does Kafka work?")).toEqual(["kafka", "work"]);
    expect(search("how does kafka work").hits[0]?.study.id).toBe("messaging-streaming/kafka");
  });

  it("finds nothing, without failing, for a query of only stop words or punctuation", () => {
    expect(search("the of and").total).toBe(0);
    expect(search("!!! ???").total).toBe(0);
  });
});

describe("fields", () => {
  it("finds every study that uses a pattern by the pattern's title", () => {
    const catalog = index.catalog;
    for (const pattern of catalog.patterns) {
      const found = new Set(allIds(pattern.title));
      for (const id of pattern.studyIds) expect(found.has(id), `${pattern.title}: ${id}`).toBe(true);
    }
  });

  it("finds every study of a domain by the domain's title", () => {
    for (const domain of index.catalog.domains) {
      const found = new Set(allIds(domain.title));
      for (const id of domain.studyIds) expect(found.has(id), `${domain.title}: ${id}`).toBe(true);
    }
  });
});

describe("limits and pages", () => {
  it(`searches only the first ${MAX_QUERY_TERMS} words and says how many were left out`, () => {
    const query = "kafka log broker partition replica consumer producer topic offset leader follower quorum";
    const results = search(query);
    expect(results.terms).toHaveLength(MAX_QUERY_TERMS);
    expect(results.ignoredTerms).toBe(2);
  });

  it(`returns ${PAGE_SIZE} hits a page, and later pages continue the ranking`, () => {
    const first = search("data");
    expect(first.total).toBeGreaterThan(PAGE_SIZE);
    expect(first.hits).toHaveLength(PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(first.total / PAGE_SIZE));
    const second = search("data", 2);
    const firstIds = new Set(first.hits.map((h) => h.study.id));
    expect(second.hits.length).toBeGreaterThan(0);
    expect(second.hits.some((h) => firstIds.has(h.study.id))).toBe(false);
    expect(search("data", first.pageCount + 1).hits).toEqual([]);
  });

  it("treats markup in a query as words, and its results' text as text", () => {
    const results = search("<b>kafka</b>");
    expect(results.hits[0]?.study.id).toBe("messaging-streaming/kafka");
    expect(results.hits[0]!.title.map((s) => s.text).join("")).toBe("Apache Kafka");
  });

  it(`gives every hit a snippet of at most ${SNIPPET_WORDS} words, or its summary when only its title, patterns or domain matched`, () => {
    for (const query of ["replication", "gaming", "healthcare systems"]) {
      for (const hit of search(query).hits) {
        const text = hit.snippet.map((s) => s.text).join("");
        if (text === hit.study.summary) continue;
        expect(text.replace(/… | …/g, "").split(" ").length, hit.study.id).toBeLessThanOrEqual(SNIPPET_WORDS);
        expect(hit.snippet.some((s) => s.match), hit.study.id).toBe(true);
      }
    }
  });

  it.each(SEARCH_EXAMPLES)("the suggested search %j finds studies", (example) => {
    expect(search(example).total).toBeGreaterThan(0);
  });
});
