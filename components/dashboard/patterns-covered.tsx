import Link from "next/link";
import type { Dashboard } from "@/lib/data/dashboard";
import { DashboardCard, dashboardLinkClass } from "./dashboard-card";

/** The patterns met in completed studies, and the study that would cover the most missing ones. */
export function PatternsCovered({ coverage, titles }: { coverage: Dashboard["patterns"]; titles: Record<string, string> }) {
  const title = (slug: string) => titles[slug] ?? slug;
  return (
    <DashboardCard id="patterns" title="Patterns you have covered">
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {coverage.covered.length} of {coverage.covered.length + coverage.uncovered.length} patterns appear in the studies you have
        completed.
      </p>
      {coverage.covered.length > 0 ? (
        <ul className="mt-2 flex flex-wrap gap-1.5">
          {coverage.covered.map((slug) => (
            <li key={slug}>
              <Link
                href={`/patterns/${slug}`}
                className="inline-block rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900 hover:underline dark:bg-green-900/60 dark:text-green-100"
              >
                {title(slug)}
              </Link>
            </li>
          ))}
        </ul>
      ) : null}
      {coverage.next ? (
        <p className="mt-3 text-sm">
          Read next to close a gap:{" "}
          <Link href={coverage.next.study.href} className={dashboardLinkClass}>
            {coverage.next.study.title}
          </Link>{" "}
          covers {coverage.next.closes.map(title).join(", ")}.
        </p>
      ) : null}
    </DashboardCard>
  );
}
