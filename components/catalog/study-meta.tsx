import { DIFFICULTY_LABEL, DIFFICULTY_STARS, formatMinutes } from "@/lib/content/labels";
import type { Difficulty } from "@/lib/content/schema";

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  const stars = DIFFICULTY_STARS[difficulty];
  return (
    <span className="inline-flex items-center gap-1 rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200">
      <span aria-hidden="true">{"★".repeat(stars)}</span>
      {DIFFICULTY_LABEL[difficulty]}
    </span>
  );
}

export function TimeBadge({ minutes }: { minutes: number }) {
  return (
    <span className="inline-flex items-center rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-800 dark:bg-slate-800 dark:text-slate-200">
      {formatMinutes(minutes)}
    </span>
  );
}

export function PreviewBadge() {
  return (
    <span className="inline-flex items-center rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 dark:bg-amber-900/60 dark:text-amber-100">
      Preview
    </span>
  );
}
