import { DIFFICULTY_LABEL, DIFFICULTY_STARS, formatMinutes } from "@/lib/content/labels";
import type { Difficulty } from "@/lib/content/schema";

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  const stars = DIFFICULTY_STARS[difficulty];
  return (
    <span className="badge gap-1">
      <span aria-hidden="true">{"★".repeat(stars)}</span>
      {DIFFICULTY_LABEL[difficulty]}
    </span>
  );
}

export function TimeBadge({ minutes }: { minutes: number }) {
  return (
    <span className="badge">
      {formatMinutes(minutes)}
    </span>
  );
}

export function PreviewBadge() {
  return (
    <span className="badge-preview">
      Preview
    </span>
  );
}
