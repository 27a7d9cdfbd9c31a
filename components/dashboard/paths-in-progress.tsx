import Link from "next/link";
import { ProgressBar } from "@/components/learning/progress-bar";
import { formatMinutes } from "@/lib/content/labels";
import type { Dashboard } from "@/lib/data/dashboard";
import { DashboardCard, dashboardLinkClass } from "./dashboard-card";

/** Started paths with their progress bars and the time left. */
export function PathsInProgress({ paths }: { paths: Dashboard["pathsInProgress"] }) {
  return (
    <DashboardCard id="paths-in-progress" title="Paths in progress">
      {paths.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          None yet.{" "}
          <Link href="/paths" className={dashboardLinkClass}>
            Start a path
          </Link>
          .
        </p>
      ) : (
        <ul className="mt-3 flex flex-col gap-4">
          {paths.map(({ path, progress }) => (
            <li key={path.slug}>
              <div className="flex items-baseline justify-between gap-2">
                <Link href={path.href} className={dashboardLinkClass}>
                  {path.title}
                </Link>
                <span className="text-sm text-slate-600 dark:text-slate-400">
                  {progress.percent}% · {formatMinutes(progress.minutesLeft)} left
                </span>
              </div>
              <div className="mt-1">
                <ProgressBar percent={progress.percent} label={`${path.title} progress`} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </DashboardCard>
  );
}
