import Link from "next/link";
import type { CatalogIndex, ExampleView } from "@/lib/content/catalog-index";
import { DIFFICULTY_STARS } from "@/lib/content/labels";
import type { Difficulty } from "@/lib/content/schema";
import { FilterLink } from "./filter-link";
import { linkClass } from "./section";

const HEADINGS = {
  difficulty: "By difficulty level",
  time: "By time investment",
  focus: "By architecture pattern focus",
  theme: "Cross-domain themes",
} as const;

/** Names from the seed; a name that is not a study here is plain text, never a dead link. */
function Examples({ examples }: { examples: ExampleView[] }) {
  if (examples.length === 0) return null;
  return (
    <span className="text-slate-700 dark:text-slate-300">
      {" "}
      e.g.{" "}
      {examples.map((e, i) => (
        <span key={e.name}>
          {i > 0 ? ", " : ""}
          {e.href ? (
            <Link href={e.href} className={linkClass}>
              {e.name}
            </Link>
          ) : (
            e.name
          )}
        </span>
      ))}
    </span>
  );
}

/** Live counts for every filter value, each linking to the filtered list. */
export function FilterSummary({ summaries }: { summaries: CatalogIndex["facetSummaries"] }) {
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {summaries.map((summary) => (
        <section key={summary.facet} aria-labelledby={`summary-${summary.facet}`}>
          <h3 id={`summary-${summary.facet}`} className="text-lg font-semibold">
            {HEADINGS[summary.facet]}
          </h3>
          <ul className="mt-2 space-y-1.5 text-sm">
            {summary.values.map((v) => (
              <li key={v.value}>
                {summary.facet === "difficulty" ? (
                  <span aria-hidden="true" className="mr-1 text-amber-600 dark:text-amber-400">
                    {"★".repeat(DIFFICULTY_STARS[v.value as Difficulty])}
                  </span>
                ) : null}
                <FilterLink href={v.href} reveal className={`${linkClass} font-semibold`}>
                  {v.label}
                </FilterLink>{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  ({v.count} {v.count === 1 ? "study" : "studies"})
                </span>
                <Examples examples={v.examples} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
