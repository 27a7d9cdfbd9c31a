import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { NoResults, SearchHelp } from "@/components/search/search-messages";
import { SearchForm } from "@/components/search/search-form";
import { SearchPagination, SearchResultList } from "@/components/search/search-results";
import { FormMessage } from "@/components/ui/form";
import { getCatalog } from "@/lib/content/catalog";
import { parseSearchParams, type ParsedSearch, type SearchParams } from "@/lib/search/query";
import { MAX_QUERY_TERMS, PAGE_SIZE, SEARCH_EXAMPLES, searchStudies } from "@/lib/search/search";

type Props = { searchParams: Promise<SearchParams> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = parseSearchParams(await searchParams);
  if (parsed.ok && parsed.query === "") return { title: "Search", alternates: { canonical: "/search" } };
  // Result pages are endless variations of the catalog: keep them out of search engines.
  return { title: parsed.ok ? `Search: ${parsed.query}` : "Search", robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const parsed = parseSearchParams(await searchParams);
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-bold tracking-tight">Search</h1>
      <div className="mt-4">
        <SearchForm query={parsed.query} errors={parsed.ok ? undefined : parsed.errors.q} />
      </div>
      <SearchOutcome parsed={parsed} />
    </div>
  );
}

function SearchOutcome({ parsed }: { parsed: ParsedSearch }) {
  if (!parsed.ok) {
    // A bad query is explained beside the search box; a bad page number here.
    if (parsed.errors.q || !parsed.errors.page) return null;
    return (
      <div className="mt-6">
        <FormMessage message={parsed.errors.page.join(" ")} />
        <p className="mt-3">
          <Link href={`/search?${new URLSearchParams({ q: parsed.query })}`} className="font-medium text-blue-700 underline dark:text-blue-400">
            Show the first page of results
          </Link>
        </p>
      </div>
    );
  }
  if (parsed.query === "") return <SearchHelp examples={SEARCH_EXAMPLES} studyCount={getCatalog().studies.length} />;
  return <Results query={parsed.query} page={parsed.page} />;
}

function Results({ query, page }: { query: string; page: number }) {
  const results = searchStudies(query, { page });
  if (page > Math.max(1, results.pageCount)) notFound();
  if (results.total === 0) return <NoResults query={query} />;
  return (
    <div className="mt-6">
      <p role="status" className="text-sm text-slate-700 dark:text-slate-300">
        {results.total} {results.total === 1 ? "result" : "results"} for <strong className="text-slate-900 dark:text-slate-100">{query}</strong>
      </p>
      {results.mode === "any" ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">No study contains all of your words, so these contain some of them.</p>
      ) : null}
      {results.ignoredTerms > 0 ? (
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">Only the first {MAX_QUERY_TERMS} words were searched for.</p>
      ) : null}
      <SearchResultList hits={results.hits} start={(page - 1) * PAGE_SIZE + 1} />
      <SearchPagination query={query} page={page} pageCount={results.pageCount} />
    </div>
  );
}
