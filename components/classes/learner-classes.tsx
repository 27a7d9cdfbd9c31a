import Link from "next/link";
import { leaveClassAction } from "@/app/classes/actions";
import type { MyAssignment, MyClass } from "@/lib/data/memberships";
import { challengeLabel } from "@/lib/learning/roster";
import { ActionButton } from "@/components/ui/action-button";
import { formatDay } from "@/components/ui/format-day";
import { ProgressBar } from "@/components/learning/progress-bar";
import { LeftClassNotice } from "./left-class-notice";
import { StatusBadge } from "./status-badge";

/** Where an assigned path is read: its public page, or (for an instructor's own path) the class page. */
function assignmentHref(a: MyAssignment): string {
  return a.path.href ?? `/classes/${a.classId}#assignment-${a.id}`;
}

export function AssignmentProgressItem({ assignment: a }: { assignment: MyAssignment }) {
  return (
    <div className="flex flex-col gap-1">
      <div className="flex flex-wrap items-baseline justify-between gap-x-3">
        <Link href={assignmentHref(a)} className="font-medium text-blue-700 underline dark:text-blue-400">
          {a.path.title}
        </Link>
        <span className="text-sm text-slate-700 dark:text-slate-300">
          {a.dueAt ? (
            <>
              Due <time dateTime={a.dueAt.toISOString()}>{formatDay(a.dueAt)}</time>
            </>
          ) : (
            "No due date"
          )}
        </span>
      </div>
      <div className="flex items-center gap-3">
        <div className="flex-1">
          <ProgressBar percent={a.progress.percent} label={`${a.path.title} progress`} />
        </div>
        <span className="w-10 text-right text-sm font-semibold tabular-nums">{a.progress.percent}%</span>
      </div>
      <div className="flex flex-wrap items-center gap-2 text-xs text-slate-600 dark:text-slate-400">
        <StatusBadge progress={a.progress} />
        <span>
          {a.progress.completedSteps} of {a.progress.totalSteps} studies
        </span>
      </div>
      {a.challenge && a.standing ? (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Lab challenge:{" "}
          <Link href={a.challenge.href} className="text-blue-700 underline dark:text-blue-400">
            {a.challenge.title}
          </Link>{" "}
          ({challengeLabel(a.standing)})
        </p>
      ) : null}
    </div>
  );
}

/**
 * The learner's classes with their assigned paths, due dates and progress, a
 * link to exactly what the instructors see, and a way to leave. For the
 * dashboard and /classes.
 */
export function LearnerClasses({
  classes,
  headingLevel = 2,
  returnTo = "/dashboard",
}: {
  classes: MyClass[];
  headingLevel?: 2 | 3;
  /** The page this is on: leaving a class comes back to it. */
  returnTo?: LeaveReturn;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const Sub = headingLevel === 2 ? "h3" : "h4";
  return (
    <section aria-labelledby="learner-classes-heading" className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <Heading id="learner-classes-heading" className="text-lg font-semibold">
          Your classes
        </Heading>
        <Link href="/classes/join" className="text-sm font-medium text-blue-700 underline dark:text-blue-400">
          Join a class
        </Link>
      </div>
      <LeftClassNotice />
      {classes.length === 0 ? (
        <p className="rounded-lg border border-dashed border-slate-300 p-4 text-sm text-slate-700 dark:border-slate-700 dark:text-slate-300">
          You are not in a class. If an instructor gave you a join code, <Link href="/classes/join" className="font-medium text-blue-700 underline dark:text-blue-400">join their class</Link>{" "}
          to see the paths they assign.
        </p>
      ) : (
        <ul className="flex flex-col gap-4">
          {classes.map((c) => (
            <li key={c.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <Sub className="text-base font-semibold">
                <Link href={`/classes/${c.id}`} className="text-slate-900 hover:underline dark:text-slate-50">
                  {c.name}
                </Link>
              </Sub>
              <p className="text-sm text-slate-600 dark:text-slate-400">Taught by {c.instructors.join(", ")}</p>
              {c.assignments.length === 0 ? (
                <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">Nothing is assigned yet.</p>
              ) : (
                <ul className="mt-3 flex flex-col gap-4">
                  {c.assignments.map((a) => (
                    <li key={a.id}>
                      <AssignmentProgressItem assignment={a} />
                    </li>
                  ))}
                </ul>
              )}
              <div className="mt-4 flex flex-wrap items-start justify-between gap-3 border-t border-slate-200 pt-3 dark:border-slate-800">
                <Link href={`/classes/${c.id}`} className="text-sm font-medium text-blue-700 underline dark:text-blue-400">
                  See what your instructors see
                </Link>
                <LeaveClassButton classId={c.id} name={c.name} returnTo={returnTo} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

type LeaveReturn = "/dashboard" | "/classes";

export function LeaveClassButton({ classId, name, returnTo }: { classId: string; name: string; returnTo: LeaveReturn }) {
  return (
    <ActionButton
      action={leaveClassAction}
      fields={{ classId, returnTo }}
      label="Leave class"
      accessibleName={`Leave class ${name}`}
      tone="danger"
      confirm={{ prompt: `Leave ${name}? Its instructors stop seeing your progress at once.`, confirmLabel: "Leave class" }}
    />
  );
}
