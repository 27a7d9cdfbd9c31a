"use client";

import Link from "next/link";
import { startPathAction } from "@/app/paths/actions";
import { formatMinutes } from "@/lib/content/labels";
import { computePathProgress, type PathStep } from "@/lib/learning/path-progress";
import { useSignedInState } from "./learner-state";
import { ProgressBadge } from "./progress-badge";
import { ProgressBar } from "./progress-bar";
import { SignInPrompt } from "./sign-in-prompt";
import { useLearnerAction } from "./use-learner-action";

/** The signed-in part of a path page: start, progress, next step, time left, completion. */
export function PathProgressPanel({ slug, title, steps }: { slug: string; title: string; steps: PathStep[] }) {
  const { status, progress, enrollments, applyEnrollment } = useSignedInState();
  const { pending, error, run } = useLearnerAction("Could not start the path. Try again.");

  if (status === "loading") return <div className="h-24" aria-hidden="true" />;
  if (status === "signed-out") {
    return (
      <SignInPrompt className="rounded-lg border border-slate-200 p-4 text-sm dark:border-slate-800">
        to start this path and track your progress through it.
      </SignInPrompt>
    );
  }

  const enrollment = enrollments[slug];
  const p = computePathProgress(steps, (id) => progress[id]?.status ?? "not-started");

  function start() {
    run(() => startPathAction(slug), applyEnrollment);
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
            className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white hover:bg-blue-800 disabled:opacity-60 dark:bg-blue-600 dark:hover:bg-blue-700"
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
  const { status, progress } = useSignedInState();
  if (status !== "signed-in") return null;
  return <ProgressBadge status={progress[studyId]?.status ?? "not-started"} />;
}
