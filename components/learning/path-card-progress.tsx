"use client";

import { computePathProgress, type PathStep } from "@/lib/learning/path-progress";
import { useSignedInState } from "./learner-state";
import { ProgressBar } from "./progress-bar";

/** On a path card: the viewer's progress when they have started the path. */
export function PathCardProgress({ slug, title, steps }: { slug: string; title: string; steps: PathStep[] }) {
  const { status, enrollments, progress } = useSignedInState();
  if (status !== "signed-in" || !enrollments[slug]) return null;
  const p = computePathProgress(steps, (id) => progress[id]?.status ?? "not-started");
  return (
    <div className="mt-3">
      <p className="mb-1 text-xs font-medium text-slate-700 dark:text-slate-300">{p.percent === 100 ? "Completed" : `${p.percent}% complete`}</p>
      <ProgressBar percent={p.percent} label={`${title} progress`} />
    </div>
  );
}
