import Link from "next/link";
import type { IgnoredValue } from "@/lib/content/catalog-filters";
import type { FilterPanel } from "@/lib/content/catalog-index";
import { RevealResults } from "./reveal-results";
import { linkClass } from "./section";
import { StudyFilters } from "./study-filters";

/**
 * The catalog once filters are chosen: the form and the studies that match,
 * without the sections that never change (they stay on /case-studies). A
 * filtered view is rendered per request, so it is kept to what the filters
 * change; the whole index is a fifth of a megabyte of HTML.
 */
export function FilteredCatalog({ title, panel, ignored, totals }: { title: string; panel: FilterPanel; ignored: IgnoredValue[]; totals: { studies: number; domains: number } }) {
  return (
    <div className="space-y-8">
      <header>
        <p className="text-sm">
          <Link href="/case-studies" className={linkClass}>
            <span aria-hidden="true">← </span>
            {title}: the whole index
          </Link>
        </p>
        <h1 className="mt-3 text-3xl font-bold tracking-tight sm:text-4xl">Filter the case studies</h1>
        <p className="mt-3 max-w-3xl text-slate-700 dark:text-slate-300">
          {totals.studies} case studies across {totals.domains} domains. Studies must match every group you use, and any of the values
          you tick within a group; the counts say how many would match with that value added.
        </p>
      </header>
      <section id="filters" aria-labelledby="filters-heading" className="scroll-mt-24">
        <h2 id="filters-heading" className="sr-only">
          Study selection filters
        </h2>
        <StudyFilters panel={panel} ignored={ignored} total={totals.studies} />
        <RevealResults />
      </section>
    </div>
  );
}
