/**
 * A path's progress from its steps and the learner's completed studies. Pure,
 * so the server (dashboard, roster) and the browser (path page) compute the
 * same numbers from the same content model.
 */
export type PathStep = { id: string; title: string; href: string; minutes: number };
export type StepStatus = "completed" | "in-progress" | "not-started";

export type PathProgress = {
  steps: (PathStep & { status: StepStatus })[];
  completedSteps: number;
  totalSteps: number;
  /** 0-100, rounded down so 100 means every step is done. */
  percent: number;
  totalMinutes: number;
  minutesLeft: number;
  /** The first step not yet completed, in path order. */
  next: PathStep | null;
};

/**
 * Percent of a path's steps completed, rounded down: 100 only once every step
 * is done, and the same number on the dashboard, the path page and the roster.
 */
export function pathPercent(completedSteps: number, totalSteps: number): number {
  return totalSteps === 0 ? 0 : Math.floor((completedSteps / totalSteps) * 100);
}

export function computePathProgress(steps: PathStep[], statusOf: (studyId: string) => StepStatus): PathProgress {
  const withStatus = steps.map((s) => ({ ...s, status: statusOf(s.id) }));
  const completedSteps = withStatus.filter((s) => s.status === "completed").length;
  const totalMinutes = steps.reduce((sum, s) => sum + s.minutes, 0);
  const minutesLeft = withStatus.filter((s) => s.status !== "completed").reduce((sum, s) => sum + s.minutes, 0);
  const next = withStatus.find((s) => s.status !== "completed") ?? null;
  return {
    steps: withStatus,
    completedSteps,
    totalSteps: steps.length,
    percent: pathPercent(completedSteps, steps.length),
    totalMinutes,
    minutesLeft,
    next: next ? { id: next.id, title: next.title, href: next.href, minutes: next.minutes } : null,
  };
}
