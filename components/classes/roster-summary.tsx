import type { AssignmentSummary, ClassAssignment } from "@/lib/learning/roster";
import { STUDY_MINUTES_PER_WEEK } from "@/lib/learning/roster";
import { ProgressBar } from "@/components/learning/progress-bar";

/** Class-level numbers per assignment: completion rate first, then average progress and who needs a nudge. */
export function RosterSummary({ assignments, summaries }: { assignments: ClassAssignment[]; summaries: AssignmentSummary[] }) {
  if (assignments.length === 0) return null;
  return (
    <div className="flex flex-col gap-3">
      <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {assignments.map((a, i) => {
          const s = summaries[i]!;
          return (
            <li key={a.id} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
              <h3 className="font-semibold">{a.path.title}</h3>
              <p className="mt-2 flex items-baseline gap-2">
                <span className="text-2xl font-bold tabular-nums">{s.completionRate}%</span>
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  completed ({s.completed} of {s.learners})
                </span>
              </p>
              <div className="mt-2">
                <ProgressBar percent={s.completionRate} label="Completion rate" />
              </div>
              <dl className="mt-3 grid grid-cols-3 gap-2 text-sm">
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Average</dt>
                  <dd className="font-semibold tabular-nums">{s.averagePercent}%</dd>
                </div>
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Behind</dt>
                  <dd className="font-semibold tabular-nums">{s.behind}</dd>
                </div>
                <div>
                  <dt className="text-slate-600 dark:text-slate-400">Overdue</dt>
                  <dd className="font-semibold tabular-nums">{s.overdue}</dd>
                </div>
              </dl>
              {a.challenge && s.challengeMet !== null ? (
                <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
                  Lab challenge met by <span className="font-semibold tabular-nums">{s.challengeMet}</span> of {s.learners}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        <strong className="font-semibold">On track</strong> means the studies a learner has left fit into the time before the due date at{" "}
        {STUDY_MINUTES_PER_WEEK / 60} hours of study a week; <strong className="font-semibold">behind</strong> means they do not.
        Overdue learners are counted as behind too.
      </p>
    </div>
  );
}
