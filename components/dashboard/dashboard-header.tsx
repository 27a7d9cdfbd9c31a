import Link from "next/link";
import type { Dashboard } from "@/lib/data/dashboard";
import { dashboardLinkClass } from "./dashboard-card";

/** The greeting and the learner's totals. */
export function DashboardHeader({ name, totals }: { name: string; totals: Dashboard["totals"] }) {
  return (
    <header>
      <h1 className="text-3xl font-bold tracking-tight">Welcome back, {name}</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {totals.completed} completed · {totals.inProgress} in progress ·{" "}
        <Link href="/bookmarks" className={dashboardLinkClass}>
          {totals.bookmarks} bookmarked
        </Link>
      </p>
    </header>
  );
}
