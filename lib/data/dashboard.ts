import "server-only";
import { db } from "@/lib/db";
import { getCatalog, type LearningPath, type Study } from "@/lib/content/catalog";
import { buildActivity, type Activity } from "@/lib/learning/activity";
import { pathSteps } from "@/lib/learning/path-steps";
import { computePathProgress, type PathProgress } from "@/lib/learning/path-progress";
import { patternCoverage, type PatternCoverage } from "@/lib/learning/pattern-gaps";
import { assertCan, type Viewer } from "./viewer";

export type Dashboard = {
  continueWith: { study: Study; reason: "in-progress" | "next-in-path"; path?: LearningPath } | null;
  pathsInProgress: { path: LearningPath; progress: PathProgress; startedAt: Date }[];
  completedPaths: { path: LearningPath; completedAt: Date }[];
  byDomain: { slug: string; title: string; href: string; completed: number; total: number; full: number }[];
  activity: Activity;
  patterns: PatternCoverage;
  /** Completed studies revised substantially since. */
  updatedSinceCompleted: Study[];
  totals: { completed: number; inProgress: number; bookmarks: number };
};

/**
 * Everything the dashboard shows, in three queries whatever the amount of
 * progress; totals come from the content model.
 */
export async function getDashboard(viewer: Viewer, now = new Date()): Promise<Dashboard> {
  assertCan(viewer, "read", "progress", "own");
  const catalog = getCatalog();
  const [progress, enrollments, bookmarks] = await Promise.all([
    db.studyProgress.findMany({
      where: { userId: viewer.id },
      select: { studyId: true, status: true, completedAt: true, completedVersion: true, updatedAt: true },
      orderBy: { updatedAt: "desc" },
    }),
    db.pathEnrollment.findMany({
      where: { userId: viewer.id, pathSlug: { not: null } },
      select: { pathSlug: true, startedAt: true, completedAt: true },
      orderBy: { startedAt: "desc" },
    }),
    db.bookmark.count({ where: { userId: viewer.id } }),
  ]);

  // Rows for studies no longer in the catalog are kept in the database but not counted.
  const known = progress.filter((p) => catalog.studyById.has(p.studyId));
  const status = new Map(known.map((p) => [p.studyId, p.status === "COMPLETED" ? ("completed" as const) : ("in-progress" as const)]));
  const completed = new Set(known.filter((p) => p.status === "COMPLETED").map((p) => p.studyId));
  const statusOf = (id: string) => status.get(id) ?? "not-started";

  const pathsInProgress: Dashboard["pathsInProgress"] = [];
  const completedPaths: Dashboard["completedPaths"] = [];
  for (const e of enrollments) {
    const path = catalog.pathBySlug.get(e.pathSlug!);
    if (!path) continue;
    if (e.completedAt) completedPaths.push({ path, completedAt: e.completedAt });
    else pathsInProgress.push({ path, progress: computePathProgress(pathSteps(path.steps), statusOf), startedAt: e.startedAt });
  }

  const inProgress = known.find((p) => p.status === "IN_PROGRESS");
  let continueWith: Dashboard["continueWith"] = null;
  if (inProgress) continueWith = { study: catalog.studyById.get(inProgress.studyId)!, reason: "in-progress" };
  else {
    const open = pathsInProgress.find((p) => p.progress.next);
    if (open) continueWith = { study: catalog.studyById.get(open.progress.next!.id)!, reason: "next-in-path", path: open.path };
  }

  return {
    continueWith,
    pathsInProgress,
    completedPaths,
    byDomain: catalog.domains.map((d) => ({
      slug: d.slug,
      title: d.title,
      href: d.href,
      completed: d.studyIds.filter((id) => completed.has(id)).length,
      total: d.studyIds.length,
      full: d.studyIds.filter((id) => catalog.studyById.get(id)!.status === "full").length,
    })),
    activity: buildActivity(known.filter((p) => p.completedAt).map((p) => p.completedAt!), now),
    patterns: patternCoverage(catalog.studies, catalog.patterns.map((p) => p.slug), completed),
    updatedSinceCompleted: known
      .filter((p) => p.status === "COMPLETED" && (p.completedVersion ?? 0) < catalog.studyById.get(p.studyId)!.version)
      .map((p) => catalog.studyById.get(p.studyId)!),
    totals: { completed: completed.size, inProgress: known.length - completed.size, bookmarks },
  };
}
