import "server-only";
import { db } from "@/lib/db";
import { getCatalog } from "@/lib/content/catalog";
import { DataError } from "./errors";
import { assertCan, type Viewer } from "./viewer";

export type StudyState = {
  status: "not-started" | "in-progress" | "completed";
  completedAt: string | null;
  completedVersion: number | null;
  bookmarked: boolean;
};

export type LearnerState = {
  progress: Record<string, { status: "in-progress" | "completed"; completedVersion: number | null; completedAt: string | null }>;
  bookmarks: string[];
  /** The most recently touched study still in progress. */
  continueWith: string | null;
};

/** The study, if it exists in the content model; unknown ids are a 404, never a write. */
export function requireStudy(studyId: string) {
  const study = getCatalog().studyById.get(studyId);
  if (!study) throw new DataError(404, `There is no study '${studyId}'`);
  return study;
}

/**
 * Everything the catalog's client islands need about the viewer: two queries,
 * whatever the volume. Rows for studies no longer in the catalog stay in the
 * database (and the data export) but are not sent: no page can show them, and
 * "continue with" must name a study that exists.
 */
export async function getLearnerState(viewer: Viewer): Promise<LearnerState> {
  assertCan(viewer, "read", "progress", "own");
  const studyIds = [...getCatalog().studyById.keys()];
  const [progress, bookmarks] = await Promise.all([
    db.studyProgress.findMany({
      where: { userId: viewer.id, studyId: { in: studyIds } },
      select: { studyId: true, status: true, completedVersion: true, completedAt: true },
      orderBy: { updatedAt: "desc" },
    }),
    db.bookmark.findMany({ where: { userId: viewer.id, studyId: { in: studyIds } }, select: { studyId: true }, orderBy: { createdAt: "desc" } }),
  ]);
  return {
    progress: Object.fromEntries(
      progress.map((p) => [
        p.studyId,
        {
          status: p.status === "COMPLETED" ? ("completed" as const) : ("in-progress" as const),
          completedVersion: p.completedVersion,
          completedAt: p.completedAt?.toISOString() ?? null,
        },
      ]),
    ),
    bookmarks: bookmarks.map((b) => b.studyId),
    continueWith: progress.find((p) => p.status === "IN_PROGRESS")?.studyId ?? null,
  };
}

/** One study's state for the viewer, as the study page's controls show it. */
export async function studyState(viewer: Viewer, studyId: string): Promise<StudyState> {
  const [progress, bookmark] = await Promise.all([
    db.studyProgress.findUnique({
      where: { userId_studyId: { userId: viewer.id, studyId } },
      select: { status: true, completedAt: true, completedVersion: true },
    }),
    db.bookmark.findUnique({ where: { userId_studyId: { userId: viewer.id, studyId } }, select: { id: true } }),
  ]);
  return {
    status: !progress ? "not-started" : progress.status === "COMPLETED" ? "completed" : "in-progress",
    completedAt: progress?.completedAt?.toISOString() ?? null,
    completedVersion: progress?.completedVersion ?? null,
    bookmarked: Boolean(bookmark),
  };
}

/** Opening a study marks it in progress; an existing row (in progress or completed) is left alone. */
export async function recordStudyOpened(viewer: Viewer, studyId: string): Promise<StudyState> {
  assertCan(viewer, "write", "progress", "own");
  requireStudy(studyId);
  await db.$executeRaw`
    INSERT INTO "StudyProgress" ("id", "userId", "studyId", "status", "startedAt", "updatedAt")
    VALUES (${crypto.randomUUID()}, ${viewer.id}, ${studyId}, 'IN_PROGRESS', now(), now())
    ON CONFLICT ("userId", "studyId") DO NOTHING`;
  return studyState(viewer, studyId);
}

/**
 * Completes or un-completes a study, atomically and idempotently: concurrent
 * calls converge on one row. Path enrollments are brought in line in the same
 * transaction, so a path's completion never disagrees with its steps.
 */
export async function setStudyCompleted(viewer: Viewer, studyId: string, completed: boolean): Promise<StudyState> {
  assertCan(viewer, "write", "progress", "own");
  const study = requireStudy(studyId);
  if (completed && study.status !== "full") {
    throw new DataError(422, "This study is a preview: it can be completed once it is written in full");
  }
  await db.$transaction(async (tx) => {
    if (completed) {
      await tx.$executeRaw`
        INSERT INTO "StudyProgress" ("id", "userId", "studyId", "status", "startedAt", "completedAt", "completedVersion", "updatedAt")
        VALUES (${crypto.randomUUID()}, ${viewer.id}, ${studyId}, 'COMPLETED', now(), now(), ${study.version}, now())
        ON CONFLICT ("userId", "studyId") DO UPDATE SET
          "status" = 'COMPLETED',
          "completedAt" = CASE WHEN "StudyProgress"."status" = 'COMPLETED' THEN "StudyProgress"."completedAt" ELSE now() END,
          "completedVersion" = ${study.version},
          "updatedAt" = now()`;
    } else {
      await tx.studyProgress.updateMany({
        where: { userId: viewer.id, studyId },
        data: { status: "IN_PROGRESS", completedAt: null, completedVersion: null },
      });
    }
    await syncPathCompletion(tx, viewer.id);
  });
  return studyState(viewer, studyId);
}

type Tx = Parameters<Parameters<typeof db.$transaction>[0]>[0];

/**
 * Marks enrollments complete when every step is complete, and reopens them
 * when a step is undone. Three reads, then one write per changed enrollment.
 */
export async function syncPathCompletion(tx: Tx, userId: string): Promise<void> {
  const [enrollments, completedRows] = await Promise.all([
    tx.pathEnrollment.findMany({
      where: { userId },
      select: { id: true, pathSlug: true, completedAt: true, customPath: { select: { steps: { select: { studyId: true } } } } },
    }),
    tx.studyProgress.findMany({ where: { userId, status: "COMPLETED" }, select: { studyId: true, completedAt: true } }),
  ]);
  const completedAt = new Map(completedRows.map((r) => [r.studyId, r.completedAt!]));
  const catalog = getCatalog();
  for (const enrollment of enrollments) {
    const steps = enrollment.pathSlug
      ? (catalog.pathBySlug.get(enrollment.pathSlug)?.steps ?? [])
      : (enrollment.customPath?.steps.map((s) => s.studyId) ?? []);
    const done = steps.length > 0 && steps.every((s) => completedAt.has(s));
    if (done && !enrollment.completedAt) {
      const last = new Date(Math.max(...steps.map((s) => completedAt.get(s)!.getTime())));
      await tx.pathEnrollment.update({ where: { id: enrollment.id }, data: { completedAt: last } });
    } else if (!done && enrollment.completedAt) {
      await tx.pathEnrollment.update({ where: { id: enrollment.id }, data: { completedAt: null } });
    }
  }
}
