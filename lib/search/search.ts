import "server-only";
import MiniSearch from "minisearch";
import { getCatalog, type Catalog, type Study } from "@/lib/content/catalog";
import { markTerms, prepareText, snippet, type PreparedText, type Segment } from "./highlight";
import { normalizeTerm, tokenize } from "./text";

type SearchDocument = { id: string; title: string; summary: string; patterns: string; domain: string; body: string };

/** Field weights: a word in the title says more about a study than the same word deep in its body. */
const BOOST: Record<Exclude<keyof SearchDocument, "id">, number> = { title: 6, summary: 2, patterns: 2, domain: 1.5, body: 1 };

/** Words beyond this many are ignored, which bounds the cost of a query (typo tolerance is per word). */
export const MAX_QUERY_TERMS = 10;
export const PAGE_SIZE = 20;

export type SearchIndex = {
  engine: MiniSearch<SearchDocument>;
  /** Every term the index holds: a query word found here is spelled right and gets no typo tolerance. */
  vocabulary: ReadonlySet<string>;
  catalog: Catalog;
  /** Each study's body and summary, split into words up front so snippets cost little per query. */
  texts: Map<string, { body: PreparedText; summary: PreparedText }>;
};

export function buildSearchIndex(catalog: Catalog): SearchIndex {
  const vocabulary = new Set<string>();
  const engine = new MiniSearch<SearchDocument>({
    fields: Object.keys(BOOST),
    tokenize,
    processTerm: (token) => {
      const term = normalizeTerm(token);
      if (term) vocabulary.add(term);
      return term;
    },
    searchOptions: { tokenize, processTerm: normalizeTerm, boost: BOOST },
  });
  engine.addAll(
    catalog.studies.map((study) => ({
      id: study.id,
      title: study.title,
      summary: study.summary,
      patterns: study.patterns
        .map((slug) => catalog.patternBySlug.get(slug))
        .flatMap((p) => (p ? [p.title, ...p.aliases] : []))
        .join("\n"),
      domain: catalog.domainBySlug.get(study.domain)?.title ?? "",
      body: study.analysis.plainText,
    })),
  );
  const texts = new Map(
    catalog.studies.map((s) => [s.id, { body: prepareText(s.analysis.plainText), summary: prepareText(s.summary) }] as const),
  );
  return { engine, vocabulary, catalog, texts };
}

let cached: SearchIndex | undefined;

/** Built on first use and kept for the life of the process; the catalog does not change while it runs. */
export function getSearchIndex(): SearchIndex {
  cached ??= buildSearchIndex(getCatalog());
  return cached;
}

/**
 * Edit distance allowed for a query word. Words the catalog contains are taken
 * as typed ("redis" must not also find "reads"); unknown words get more room
 * the longer they are, so "kafak" (a swap, two edits) finds "kafka" and
 * "casandra" finds "cassandra", while short words and numbers stay exact.
 */
export function typoTolerance(term: string, vocabulary: ReadonlySet<string>): number {
  if (vocabulary.has(term) || term.length < 4 || /\d/.test(term)) return 0;
  if (term.length === 4) return 1;
  return term.length <= 8 ? 2 : 3;
}

/** Distinct query words after normalisation, in the order typed. */
export function queryTerms(query: string): string[] {
  return [...new Set(tokenize(query).flatMap((token) => normalizeTerm(token) ?? []))];
}

export type SearchHit = {
  study: Study;
  domainTitle: string;
  title: Segment[];
  snippet: Segment[];
};

export type SearchResults = {
  /** Words searched for (at most MAX_QUERY_TERMS). */
  terms: string[];
  /** How many further words were left out. */
  ignoredTerms: number;
  /** "all" when every hit has every word; "any" when nothing had all of them and hits match some. */
  mode: "all" | "any";
  total: number;
  pageCount: number;
  hits: SearchHit[];
};

export type Ranking = Pick<SearchResults, "terms" | "ignoredTerms" | "mode"> & {
  /** Best first: study ids with the document terms that matched (what snippets highlight). */
  matches: { id: string; terms: string[] }[];
};

/**
 * Studies for `query`, best first: every word must match (by prefix, or with
 * typo tolerance), and when no study has them all, any word may.
 */
export function rankStudies(query: string, index: SearchIndex = getSearchIndex()): Ranking {
  const all = queryTerms(query);
  const terms = all.slice(0, MAX_QUERY_TERMS);
  const run = (combineWith: "AND" | "OR") =>
    index.engine
      .search(terms.join(" "), {
        combineWith,
        prefix: (term) => term.length >= 3,
        fuzzy: (term) => typoTolerance(term, index.vocabulary),
      })
      .map((match) => ({ id: match.id as string, terms: match.terms }));
  let mode: Ranking["mode"] = "all";
  let matches = terms.length > 0 ? run("AND") : [];
  if (matches.length === 0 && terms.length > 1) {
    mode = "any";
    matches = run("OR");
  }
  return { terms, ignoredTerms: all.length - terms.length, mode, matches };
}

/** One page of ranked studies, with highlighted titles and snippets (made for that page only). */
export function searchStudies(query: string, { page = 1 }: { page?: number } = {}, index: SearchIndex = getSearchIndex()): SearchResults {
  const { matches, ...ranking } = rankStudies(query, index);
  const hits = matches.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE).flatMap((match): SearchHit[] => {
    const study = index.catalog.studyById.get(match.id);
    const text = index.texts.get(match.id);
    if (!study || !text) return [];
    const found = new Set(match.terms);
    return [
      {
        study,
        domainTitle: index.catalog.domainBySlug.get(study.domain)?.title ?? study.domain,
        title: markTerms(study.title, found),
        snippet: snippet(text.body, found) ?? snippet(text.summary, found) ?? [{ text: study.summary, match: false }],
      },
    ];
  });
  return { ...ranking, total: matches.length, pageCount: Math.ceil(matches.length / PAGE_SIZE), hits };
}

/** Example searches offered on the empty search page (each is checked to find studies). */
export const SEARCH_EXAMPLES = ["kafka", "consistent hashing", "rate limiter", "leader election", "geospatial index", "exactly once"];
