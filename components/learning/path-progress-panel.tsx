"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, useTransition } from "react";
import { startPathAction } from "@/app/paths/actions";
import { formatMinutes } from "@/lib/content/labels";
import { computePathProgress, type PathStep } from "@/lib/learning/path-progress";
import { useLearnerState } from "./learner-state";
import { ProgressBar } from "./progress-bar";

/** The signed-in part of a path page: start, progress, next step, time left, completion. */
export function PathProgressPanel({ slug, title, steps }: { slug: string; title: string; steps: PathStep[] }) {
  const { loaded, signedIn, progress, enrollments, applyEnrollment } = useLearnerState();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);

  if (!loaded) return <div className="h-24" aria-hidden="true" />;
  if (!signedIn) {
    return (
      <p className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
        <Link href={`/signin?next=${encodeURIComponent(pathname)}`} className="font-medium text-blue-700 underline dark:text-blue-400">
          Sign in
        </Link>{" "}
        to start this path and track your progress through it.
      </p>
    );
  }

  const enrollment = enrollments[slug];
  const p = computePathProgress(steps, (id) => progress[id]?.status ?? "not-started");

  function start() {
    setError(null);
    startTransition(async () => {
      const result = await startPathAction(slug).catch(() => null);
      if (result?.ok) applyEnrollment(result.data);
      else setError(result?.message ?? "Could not start the path. Try again.");
    });
  }

  return (
    <section aria-label="Your progress" className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
      {enrollment ? (
        <>
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <p className="font-semibold">
              {p.completedSteps} of {p.totalSteps} studies completed ({p.percent}%)
            </p>
            {enrollment.completedAt && p.percent === 100 ? (
              <p className="text-sm font-semibold text-green-800 dark:text-green-300">
                Path completed on <time dateTime={enrollment.completedAt}>{new Date(enrollment.completedAt).toLocaleDateString("en", { dateStyle: "long" })}</time>
              </p>
            ) : (
              <p className="text-sm text-slate-700 dark:text-slate-300">{formatMinutes(p.minutesLeft)} left</p>
            )}
          </div>
          <div className="mt-2">
            <ProgressBar percent={p.percent} label={`${title} progress`} />
          </div>
          {p.next ? (
            <p className="mt-3 text-sm">
              Next:{" "}
              <Link href={p.next.href} className="font-medium text-blue-700 underline dark:text-blue-400">
                {p.next.title}
              </Link>{" "}
              ({formatMinutes(p.next.minutes)})
            </p>
          ) : null}
        </>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={start}
            disabled={pending}
            className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-blue-600 dark:hover:bg-blue-500"
          >
            Start path
          </button>
          <span className="text-sm text-slate-700 dark:text-slate-300">
            {p.completedSteps > 0 ? `You have already completed ${p.completedSteps} of its ${p.totalSteps} studies.` : `${p.totalSteps} studies, ${formatMinutes(p.totalMinutes)} in all.`}
          </span>
        </div>
      )}
      <p role="status" aria-live="polite" className="mt-2 text-sm text-red-700 dark:text-red-400">
        {error}
      </p>
    </section>
  );
}

/** One step's status badge, for the static step list. */
export function StepStatusBadge({ studyId }: { studyId: string }) {
  const { signedIn, progress } = useLearnerState();
  if (!signedIn) return null;
  const status = progress[studyId]?.status;
  if (status === "completed") {
    return <span className="rounded-full bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900 dark:bg-green-900/60 dark:text-green-100">Completed</span>;
  }
  if (status === "in-progress") {
    return <span className="rounded-full bg-blue-100 px-2 py-0.5 text-xs font-semibold text-blue-900 dark:bg-blue-900/60 dark:text-blue-100">In progress</span>;
  }
  return <span className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-300">Not started</span>;
}
