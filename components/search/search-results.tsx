import Link from "next/link";
import { DifficultyBadge, PreviewBadge, TimeBadge } from "@/components/catalog/study-meta";
import { StudyCardState } from "@/components/learning/study-card-state";
import type { SearchHit } from "@/lib/search/search";
import { HighlightedText } from "./highlighted-text";

/** Ranked hits; titles are h2 under the page's h1. The signed-in status and bookmark are a client island. */
export function SearchResultList({ hits, start }: { hits: SearchHit[]; start: number }) {
  return (
    <ol start={start} aria-label="Search results" className="mt-2 divide-y divide-slate-200 dark:divide-slate-800">
      {hits.map(({ study, domainTitle, title, snippet }) => (
        <li key={study.id} className="py-5 first:pt-3">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{domainTitle}</p>
          <h2 className="mt-1 text-lg font-semibold">
            <Link href={study.href} className="text-blue-800 hover:underline dark:text-blue-300">
              <HighlightedText segments={title} />
            </Link>
          </h2>
          <p className="mt-1 text-sm leading-6 text-slate-700 dark:text-slate-300">
            <HighlightedText segments={snippet} />
          </p>
          <div className="mt-2 flex flex-wrap items-center gap-2">
            <DifficultyBadge difficulty={study.difficulty} />
            <TimeBadge minutes={study.minutes} />
            {study.status === "preview" ? <PreviewBadge /> : null}
            <StudyCardState studyId={study.id} title={study.title} />
          </div>
        </li>
      ))}
    </ol>
  );
}

const pageLinkClass =
  "rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:text-slate-100 dark:hover:bg-slate-800";

export function SearchPagination({ query, page, pageCount }: { query: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const href = (n: number) => `/search?${new URLSearchParams(n === 1 ? { q: query } : { q: query, page: String(n) })}`;
  return (
    <nav aria-label="Result pages" className="mt-6 flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
      {page > 1 ? (
        <Link href={href(page - 1)} className={pageLinkClass} rel="prev">
          <span aria-hidden="true">← </span>Previous page
        </Link>
      ) : (
        <span />
      )}
      <p className="text-sm text-slate-700 dark:text-slate-300">
        Page {page} of {pageCount}
      </p>
      {page < pageCount ? (
        <Link href={href(page + 1)} className={pageLinkClass} rel="next">
          Next page<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
