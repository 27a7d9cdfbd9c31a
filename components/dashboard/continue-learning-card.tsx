import Link from "next/link";
import { formatMinutes } from "@/lib/content/labels";
import type { Dashboard } from "@/lib/data/dashboard";
import { DashboardCard, dashboardLinkClass } from "./dashboard-card";

/** The study to read next: the one in progress, or the next step of a started path. */
export function ContinueLearningCard({ next }: { next: Dashboard["continueWith"] }) {
  return (
    <DashboardCard id="continue" title="Continue where you left off">
      {next ? (
        <p className="mt-2">
          <Link href={next.study.href} className={dashboardLinkClass}>
            {next.study.title}
          </Link>{" "}
          <span className="text-sm text-slate-600 dark:text-slate-400">
            {next.reason === "in-progress" ? "(in progress)" : `(next in ${next.path!.title})`} · {formatMinutes(next.study.minutes)}
          </span>
        </p>
      ) : (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          Nothing in progress. Pick a{" "}
          <Link href="/paths" className={dashboardLinkClass}>
            learning path
          </Link>{" "}
          or browse the{" "}
          <Link href="/case-studies" className={dashboardLinkClass}>
            catalog
          </Link>
          .
        </p>
      )}
    </DashboardCard>
  );
}
