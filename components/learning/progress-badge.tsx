const BADGE = {
  completed: { label: "Completed", className: "font-semibold bg-green-100 text-green-900 dark:bg-green-900/60 dark:text-green-100" },
  "in-progress": { label: "In progress", className: "font-semibold bg-blue-100 text-blue-900 dark:bg-blue-900/60 dark:text-blue-100" },
  "not-started": { label: "Not started", className: "font-medium bg-slate-100 text-slate-700 dark:bg-slate-800 dark:text-slate-300" },
} as const;

/** A study's status for the signed-in learner, as a small pill. */
export function ProgressBadge({ status }: { status: keyof typeof BADGE }) {
  const { label, className } = BADGE[status];
  return <span className={`rounded-full px-2 py-0.5 text-xs ${className}`}>{label}</span>;
}
