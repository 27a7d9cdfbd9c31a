import { paceLabel, type AssignmentProgress } from "@/lib/learning/roster";
import { formatDay } from "@/components/ui/format-day";

/** Named classes (app/globals.css): a roster repeats the badge a thousand times. */
const TONE = {
  Completed: "status-completed",
  Overdue: "status-overdue",
  Behind: "status-behind",
  "On track": "status-on-track",
  "No due date": "status-no-due-date",
} as const;

/** Completed (with its date), overdue, on track, behind, or no due date: the same words as the CSV. */
export function StatusBadge({ progress, className }: { progress: AssignmentProgress; className?: string }) {
  const label = paceLabel(progress) as keyof typeof TONE;
  return (
    <span className={className ? `status-badge ${TONE[label]} ${className}` : `status-badge ${TONE[label]}`}>
      {label}
      {progress.completedAt ? (
        <time dateTime={progress.completedAt.toISOString()} className="ml-1">
          {formatDay(progress.completedAt)}
        </time>
      ) : null}
    </span>
  );
}
