import Link from "next/link";
import { setAssignmentDueAction, unassignAction } from "@/app/instructor/classes/[id]/actions";
import { formatMinutes } from "@/lib/content/labels";
import type { ClassAssignment } from "@/lib/learning/roster";
import { ActionButton } from "@/components/ui/action-button";
import { dateInputValue, formatDay } from "@/components/ui/format-day";
import { SingleFieldForm } from "@/components/ui/single-field-form";
import type { PathOption } from "./assign-form";
import { ChallengeForm } from "./challenge-form";

/** The class's assignments, each with its due date and lab challenge (both editable) and a way to unassign it. */
export function AssignmentList({ assignments, challenges, minDate }: { assignments: ClassAssignment[]; challenges: PathOption[]; minDate: string }) {
  if (assignments.length === 0) {
    return <p className="text-sm text-slate-700 dark:text-slate-300">Nothing is assigned yet. Choose a path above.</p>;
  }
  return (
    <ul className="flex flex-col gap-3">
      {assignments.map((a) => {
        const minutes = a.path.steps.reduce((sum, s) => sum + s.minutes, 0);
        return (
          <li key={a.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <div className="flex flex-wrap items-start justify-between gap-3">
              <div className="min-w-0">
                <h3 id={`assignment-title-${a.id}`} className="font-semibold">
                  {a.path.href ? (
                    <Link href={a.path.href} className="text-blue-700 underline dark:text-blue-400">
                      {a.path.title}
                    </Link>
                  ) : (
                    a.path.title
                  )}
                  {a.path.kind === "custom" ? (
                    <span className="ml-2 rounded-full bg-violet-100 px-2 py-0.5 text-xs font-medium text-violet-900 dark:bg-violet-900/60 dark:text-violet-100">
                      Your path
                    </span>
                  ) : null}
                </h3>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                  {a.path.steps.length} studies, {formatMinutes(minutes)} ·{" "}
                  {a.dueAt ? (
                    <>
                      due <time dateTime={a.dueAt.toISOString()}>{formatDay(a.dueAt)}</time>
                    </>
                  ) : (
                    "no due date"
                  )}
                </p>
                {a.challenge ? (
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                    Lab challenge:{" "}
                    <Link href={a.challenge.href} className="text-blue-700 underline dark:text-blue-400">
                      {a.challenge.title}
                    </Link>
                  </p>
                ) : null}
              </div>
              <ActionButton
                action={unassignAction}
                fields={{ assignmentId: a.id }}
                label="Remove"
                describedBy={`assignment-title-${a.id}`}
                tone="danger"
                confirm={{
                  prompt: "Learners keep their progress on the studies; the roster stops showing this path.",
                  confirmLabel: "Remove from class",
                }}
              />
            </div>
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-medium text-blue-700 dark:text-blue-400">Change the deadline</summary>
              <div className="mt-3">
                <SingleFieldForm
                  action={setAssignmentDueAction}
                  fields={{ assignmentId: a.id }}
                  label="Deadline"
                  name="dueDate"
                  type="date"
                  min={minDate}
                  defaultValue={dateInputValue(a.dueAt)}
                  hint="Leave it empty for no due date."
                  submitLabel="Save deadline"
                  secondary
                />
              </div>
            </details>
            <details className="mt-2">
              <summary className="cursor-pointer text-sm font-medium text-blue-700 dark:text-blue-400">
                {a.challenge ? "Change the lab challenge" : "Add a lab challenge"}
              </summary>
              <div className="mt-3">
                <ChallengeForm assignmentId={a.id} current={a.challenge?.id ?? ""} options={challenges} />
              </div>
            </details>
          </li>
        );
      })}
    </ul>
  );
}
