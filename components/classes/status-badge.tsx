import { paceLabel, type AssignmentProgress } from "@/lib/learning/roster";
import { formatDay } from "@/components/ui/format-day";

const TONE = {
  Completed: "bg-green-100 text-green-900 dark:bg-green-900/60 dark:text-green-100",
  Overdue: "bg-red-100 text-red-900 dark:bg-red-900/60 dark:text-red-100",
  Behind: "bg-amber-100 text-amber-950 dark:bg-amber-900/60 dark:text-amber-50",
  "On track": "bg-blue-100 text-blue-900 dark:bg-blue-900/60 dark:text-blue-100",
  "No due date": "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-200",
} as const;

/** Completed (with its date), overdue, on track, behind, or no due date: the same words as the CSV. */
export function StatusBadge({ progress, className = "" }: { progress: AssignmentProgress; className?: string }) {
  const label = paceLabel(progress) as keyof typeof TONE;
  return (
    <span className={`status-badge ${TONE[label]} ${className}`}>
      {label}
      {progress.completedAt ? (
        <time dateTime={progress.completedAt.toISOString()} className="ml-1">
          {formatDay(progress.completedAt)}
        </time>
      ) : null}
    </span>
  );
}
