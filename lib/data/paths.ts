import "server-only";
import { db } from "@/lib/db";
import { getCatalog } from "@/lib/content/catalog";
import { DataError } from "./errors";
import { syncPathCompletion } from "./progress";
import { assertCan, type Viewer } from "./viewer";

export type Enrollment = { pathSlug: string; startedAt: string; completedAt: string | null };

function requirePath(slug: string) {
  const path = getCatalog().pathBySlug.get(slug);
  if (!path) throw new DataError(404, `There is no learning path '${slug}'`);
  return path;
}

/** The viewer's enrollments in built-in paths. One query. */
export async function listEnrollments(viewer: Viewer): Promise<Enrollment[]> {
  assertCan(viewer, "read", "enrollment", "own");
  const rows = await db.pathEnrollment.findMany({
    where: { userId: viewer.id, pathSlug: { not: null } },
    select: { pathSlug: true, startedAt: true, completedAt: true },
    orderBy: { startedAt: "desc" },
  });
  return rows.map((r) => ({ pathSlug: r.pathSlug!, startedAt: r.startedAt.toISOString(), completedAt: r.completedAt?.toISOString() ?? null }));
}

/**
 * Enrolls the viewer; starting twice is harmless. A path whose steps are all
 * complete already is recorded as completed at once.
 */
export async function startPath(viewer: Viewer, slug: string): Promise<Enrollment> {
  assertCan(viewer, "write", "enrollment", "own");
  requirePath(slug);
  await db.$transaction(async (tx) => {
    await tx.pathEnrollment.createMany({ data: [{ userId: viewer.id, pathSlug: slug }], skipDuplicates: true });
    await syncPathCompletion(tx, viewer.id);
  });
  const row = await db.pathEnrollment.findUniqueOrThrow({
    where: { userId_pathSlug: { userId: viewer.id, pathSlug: slug } },
    select: { pathSlug: true, startedAt: true, completedAt: true },
  });
  return { pathSlug: slug, startedAt: row.startedAt.toISOString(), completedAt: row.completedAt?.toISOString() ?? null };
}

/**
 * Resets one path: leaves it and clears progress on its studies (other paths
 * that share those studies lose them too, which the confirmation says).
 */
export async function resetPath(viewer: Viewer, slug: string): Promise<void> {
  assertCan(viewer, "write", "progress", "own");
  const path = requirePath(slug);
  await db.$transaction(async (tx) => {
    await tx.pathEnrollment.deleteMany({ where: { userId: viewer.id, pathSlug: slug } });
    await tx.studyProgress.deleteMany({ where: { userId: viewer.id, studyId: { in: path.steps } } });
    await syncPathCompletion(tx, viewer.id);
  });
}

/** Clears every study's progress and every enrollment; bookmarks and notes stay. */
export async function resetAllProgress(viewer: Viewer): Promise<void> {
  assertCan(viewer, "write", "progress", "own");
  await db.$transaction([
    db.pathEnrollment.deleteMany({ where: { userId: viewer.id } }),
    db.studyProgress.deleteMany({ where: { userId: viewer.id } }),
  ]);
}
