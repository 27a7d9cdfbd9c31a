import type { Metadata } from "next";
import Link from "next/link";
import { LearnerClasses } from "@/components/classes/learner-classes";
import { ActivityCalendar } from "@/components/dashboard/activity-calendar";
import { ProgressBar } from "@/components/learning/progress-bar";
import { requireViewer } from "@/lib/auth/session";
import { getCatalog } from "@/lib/content/catalog";
import { formatMinutes } from "@/lib/content/labels";
import { getDashboard } from "@/lib/data/dashboard";

export const metadata: Metadata = { title: "Your dashboard" };

const card = "rounded-lg border border-slate-200 p-4 dark:border-slate-800";
const link = "font-medium text-blue-700 underline dark:text-blue-400";

function date(d: Date) {
  return <time dateTime={d.toISOString()}>{d.toLocaleDateString("en", { dateStyle: "medium", timeZone: "UTC" })}</time>;
}

export default async function DashboardPage() {
  const viewer = await requireViewer("/dashboard");
  const d = await getDashboard(viewer);
  const { patternBySlug } = getCatalog();

  return (
    <div className="flex flex-col gap-8">
      <header>
        <h1 className="text-3xl font-bold tracking-tight">Welcome back, {viewer.name}</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">
          {d.totals.completed} completed · {d.totals.inProgress} in progress ·{" "}
          <Link href="/bookmarks" className={link}>{d.totals.bookmarks} bookmarked</Link>
        </p>
      </header>

      <section aria-labelledby="continue" className={card}>
        <h2 id="continue" className="text-lg font-semibold">Continue where you left off</h2>
        {d.continueWith ? (
          <p className="mt-2">
            <Link href={d.continueWith.study.href} className={link}>{d.continueWith.study.title}</Link>{" "}
            <span className="text-sm text-slate-600 dark:text-slate-400">
              {d.continueWith.reason === "in-progress" ? "(in progress)" : `(next in ${d.continueWith.path!.title})`} ·{" "}
              {formatMinutes(d.continueWith.study.minutes)}
            </span>
          </p>
        ) : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            Nothing in progress. Pick a <Link href="/paths" className={link}>learning path</Link> or browse the{" "}
            <Link href="/case-studies" className={link}>catalog</Link>.
          </p>
        )}
      </section>

      <LearnerClasses viewer={viewer} />

      {d.updatedSinceCompleted.length > 0 ? (
        <section aria-labelledby="updated" className={`${card} border-amber-300 dark:border-amber-700`}>
          <h2 id="updated" className="text-lg font-semibold">Updated since you completed them</h2>
          <ul className="mt-2 list-disc pl-5">
            {d.updatedSinceCompleted.map((s) => (
              <li key={s.id}><Link href={s.href} className={link}>{s.title}</Link></li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="paths-in-progress" className={card}>
          <h2 id="paths-in-progress" className="text-lg font-semibold">Paths in progress</h2>
          {d.pathsInProgress.length === 0 ? (
            <p className="mt-2 text-slate-700 dark:text-slate-300">
              None yet. <Link href="/paths" className={link}>Start a path</Link>.
            </p>
          ) : (
            <ul className="mt-3 flex flex-col gap-4">
              {d.pathsInProgress.map(({ path, progress }) => (
                <li key={path.slug}>
                  <div className="flex items-baseline justify-between gap-2">
                    <Link href={path.href} className={link}>{path.title}</Link>
                    <span className="text-sm text-slate-600 dark:text-slate-400">
                      {progress.percent}% · {formatMinutes(progress.minutesLeft)} left
                    </span>
                  </div>
                  <div className="mt-1"><ProgressBar percent={progress.percent} label={`${path.title} progress`} /></div>
                </li>
              ))}
            </ul>
          )}
        </section>

        <section aria-labelledby="completed-paths" className={card}>
          <h2 id="completed-paths" className="text-lg font-semibold">Completed paths</h2>
          {d.completedPaths.length === 0 ? (
            <p className="mt-2 text-slate-700 dark:text-slate-300">No completed paths yet.</p>
          ) : (
            <ul className="mt-2 flex flex-col gap-1">
              {d.completedPaths.map(({ path, completedAt }) => (
                <li key={path.slug}>
                  <Link href={path.href} className={link}>{path.title}</Link>{" "}
                  <span className="text-sm text-slate-600 dark:text-slate-400">completed {date(completedAt)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>

      <section aria-labelledby="activity" className={card}>
        <h2 id="activity" className="text-lg font-semibold">Activity</h2>
        <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
          {d.activity.total} {d.activity.total === 1 ? "study" : "studies"} completed in the last 12 months.
        </p>
        <ActivityCalendar activity={d.activity} />
      </section>

      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="by-domain" className={card}>
          <h2 id="by-domain" className="text-lg font-semibold">Progress by domain</h2>
          <table className="mt-2 w-full text-sm">
            <thead>
              <tr className="text-left text-slate-600 dark:text-slate-400">
                <th scope="col" className="py-1 font-medium">Domain</th>
                <th scope="col" className="py-1 text-right font-medium">Completed</th>
              </tr>
            </thead>
            <tbody>
              {d.byDomain.map((row) => (
                <tr key={row.slug} className="border-t border-slate-100 dark:border-slate-800">
                  <th scope="row" className="py-1.5 text-left font-normal">
                    <Link href={row.href} className="hover:underline">{row.title}</Link>
                  </th>
                  <td className="py-1.5 text-right tabular-nums">
                    {row.completed} of {row.total}
                    {row.full < row.total ? <span className="text-slate-500 dark:text-slate-400"> ({row.full} written in full)</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="patterns" className={card}>
          <h2 id="patterns" className="text-lg font-semibold">Patterns you have covered</h2>
          <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            {d.patterns.covered.length} of {d.patterns.covered.length + d.patterns.uncovered.length} patterns appear in the studies you
            have completed.
          </p>
          {d.patterns.covered.length > 0 ? (
            <ul className="mt-2 flex flex-wrap gap-1.5">
              {d.patterns.covered.map((slug) => (
                <li key={slug}>
                  <Link href={`/patterns/${slug}`} className="inline-block rounded-full bg-green-100 px-2 py-0.5 text-xs font-medium text-green-900 hover:underline dark:bg-green-900/60 dark:text-green-100">
                    {patternBySlug.get(slug)?.title ?? slug}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
          {d.patterns.next ? (
            <p className="mt-3 text-sm">
              Read next to close a gap: <Link href={d.patterns.next.study.href} className={link}>{d.patterns.next.study.title}</Link> covers{" "}
              {d.patterns.next.closes.map((slug) => patternBySlug.get(slug)?.title ?? slug).join(", ")}.
            </p>
          ) : null}
        </section>
      </div>
    </div>
  );
}
