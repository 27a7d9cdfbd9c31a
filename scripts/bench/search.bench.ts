/**
 * Search latency over 100 realistic queries, in process, after the index is
 * built: the page's full search (ranking, titles and snippets), the ranking
 * alone, and a naive linear scan over the same text as a baseline. The index
 * build is timed once, as the first search in a process pays for it.
 */
import { getCatalog, type Catalog } from "@/lib/content/catalog";
import { buildSearchIndex, queryTerms, rankStudies, searchStudies } from "@/lib/search/search";
import { measure, type Benchmark, type BenchRow } from "../lib/bench-kit";
import { QUERIES, TYPOS } from "./search-queries";

/** The obvious implementation: lower-cased fields, substring counts weighted like the index's boosts. */
function linearScan(catalog: Catalog) {
  const docs = catalog.studies.map((s) => ({
    id: s.id,
    fields: [
      [s.title.toLowerCase(), 6],
      [s.summary.toLowerCase(), 2],
      [s.patterns.map((p) => catalog.patternBySlug.get(p)?.title ?? "").join(" ").toLowerCase(), 2],
      [(catalog.domainBySlug.get(s.domain)?.title ?? "").toLowerCase(), 1.5],
      [s.analysis.plainText.toLowerCase(), 1],
    ] as const,
  }));
  const occurrences = (text: string, term: string) => {
    let n = 0;
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + term.length)) n++;
    return n;
  };
  return (query: string) => {
    const terms = queryTerms(query);
    const scored = docs.map((doc) => {
      const perTerm = terms.map((term) => doc.fields.reduce((sum, [text, boost]) => sum + boost * occurrences(text, term), 0));
      return { id: doc.id, all: perTerm.every((n) => n > 0), score: perTerm.reduce((a, b) => a + b, 0) };
    });
    const all = scored.filter((d) => d.all);
    return (all.length > 0 ? all : scored.filter((d) => d.score > 0)).sort((a, b) => b.score - a.score).map((d) => d.id);
  };
}

const bench: Benchmark = {
  name: "search",
  async run() {
    if (new Set(QUERIES).size !== 100) throw new Error(`expected 100 distinct queries, got ${new Set(QUERIES).size}`);
    let started = performance.now();
    const catalog = getCatalog();
    const catalogMs = performance.now() - started;
    started = performance.now();
    const index = buildSearchIndex(catalog);
    const buildMs = performance.now() - started;

    const scan = linearScan(catalog);
    // One untimed pass first, so each row is timed warm (JIT, and the garbage the index build left).
    const time = (fn: (q: string) => unknown) => measure(QUERIES, fn, QUERIES.length);
    const answered = (find: (q: string) => unknown[]) => (queries: string[]) => queries.filter((q) => find(q).length > 0).length;
    const engineAnswers = answered((q) => rankStudies(q, index).matches);
    const scanAnswers = answered(scan);
    const coverage = (count: (qs: string[]) => number) => `${count(QUERIES)}/100 queries find studies, ${count(TYPOS)}/${TYPOS.length} typos`;

    const rows: BenchRow[] = [
      {
        case: "index build (one-off, 88 studies)",
        n: 1,
        p50: buildMs,
        p95: buildMs,
        p99: buildMs,
        extra: `${index.vocabulary.size} terms; loading the catalog before it took ${catalogMs.toFixed(0)} ms`,
      },
      { case: "searchStudies: rank + titles + snippets", ...(await time((q) => searchStudies(q, {}, index))), extra: coverage(engineAnswers) },
      { case: "rankStudies: MiniSearch, prefix + typos", ...(await time((q) => rankStudies(q, index))), extra: "ranking only" },
      { case: "baseline: linear substring scan", ...(await time(scan)), extra: `${coverage(scanAnswers)}; ranking only` },
    ];
    return rows;
  },
};

export default bench;
