import Link from "next/link";
import { formatDay } from "@/components/ui/format-day";
import type { Dashboard } from "@/lib/data/dashboard";
import { DashboardCard, dashboardLinkClass } from "./dashboard-card";

/** Finished paths and the day each was completed. */
export function CompletedPaths({ paths }: { paths: Dashboard["completedPaths"] }) {
  return (
    <DashboardCard id="completed-paths" title="Completed paths">
      {paths.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">No completed paths yet.</p>
      ) : (
        <ul className="mt-2 flex flex-col gap-1">
          {paths.map(({ path, completedAt }) => (
            <li key={path.slug}>
              <Link href={path.href} className={dashboardLinkClass}>
                {path.title}
              </Link>{" "}
              <span className="text-sm text-slate-600 dark:text-slate-400">
                completed <time dateTime={completedAt.toISOString()}>{formatDay(completedAt)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}
