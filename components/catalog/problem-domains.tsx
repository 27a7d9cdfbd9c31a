import Link from "next/link";
import type { CatalogIndex } from "@/lib/content/catalog-index";
import { FilterLink } from "./filter-link";
import { MetricList } from "./metric-list";
import { linkClass } from "./section";

/** Scale, consistency and latency: featured systems with their published figures of that kind. */
export function ProblemDomains({ groups }: { groups: CatalogIndex["problemDomains"] }) {
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      {groups.map((group) => (
        <section key={group.kind} aria-labelledby={`challenge-${group.kind}`} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
          <h3 id={`challenge-${group.kind}`} className="text-lg font-semibold">
            {group.label} challenges
          </h3>
          <ul className="mt-3 space-y-4">
            {group.entries.map((entry) => (
              <li key={entry.system}>
                <Link href={entry.study.href} className={linkClass}>
                  {entry.system}
                </Link>
                {entry.system !== entry.study.title ? (
                  <span className="text-sm text-slate-600 dark:text-slate-400"> ({entry.study.title})</span>
                ) : null}
                <div className="mt-1">
                  <MetricList metrics={entry.metrics} empty="No published figure of this kind yet." />
                </div>
              </li>
            ))}
          </ul>
          <p className="mt-4 border-t border-slate-200 pt-3 text-sm dark:border-slate-800">
            <FilterLink href={group.href} reveal className={linkClass}>
              All {group.challengeCount} studies with {group.label.toLowerCase()} challenges <span aria-hidden="true">→</span>
            </FilterLink>
          </p>
        </section>
      ))}
    </div>
  );
}
