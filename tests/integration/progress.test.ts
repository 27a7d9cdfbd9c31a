import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { setBookmark } from "@/lib/data/bookmarks";
import { getLearnerState, recordStudyOpened, setStudyCompleted } from "@/lib/data/progress";
import { getCatalog } from "@/lib/content/catalog";
import { createViewer } from "./factories";

const FULL = "infrastructure/url-shortener";

describe("study progress", () => {
  it("opening marks in progress; completing and undoing round-trip", async () => {
    const viewer = await createViewer();
    expect((await recordStudyOpened(viewer, FULL)).status).toBe("in-progress");
    const done = await setStudyCompleted(viewer, FULL, true);
    expect(done.status).toBe("completed");
    expect(done.completedVersion).toBe(getCatalog().studyById.get(FULL)!.version);
    expect((await recordStudyOpened(viewer, FULL)).status).toBe("completed");
    expect((await setStudyCompleted(viewer, FULL, false)).status).toBe("in-progress");
  });

  it("an unknown study is a 404 and writes nothing", async () => {
    const viewer = await createViewer();
    await expect(setStudyCompleted(viewer, "databases/not-a-study", true)).rejects.toMatchObject({ status: 404 });
    await expect(setBookmark(viewer, "databases/not-a-study", true)).rejects.toMatchObject({ status: 404 });
    expect(await db.studyProgress.count({ where: { userId: viewer.id } })).toBe(0);
    expect(await db.bookmark.count({ where: { userId: viewer.id } })).toBe(0);
  });

  it("every study in the catalog can be completed", async () => {
    const viewer = await createViewer();
    for (const study of getCatalog().studies) expect((await setStudyCompleted(viewer, study.id, true)).status, study.id).toBe("completed");
    expect(await db.studyProgress.count({ where: { userId: viewer.id, status: "COMPLETED" } })).toBe(88);
  });

  it("a preview cannot be completed (none is left, but a study added as a preview must not be)", async () => {
    const viewer = await createViewer();
    const study = getCatalog().studies.find((s) => s.id === "gaming/global-matchmaking")!;
    const status = study.status;
    (study as { status: string }).status = "preview";
    try {
      await expect(setStudyCompleted(viewer, study.id, true)).rejects.toMatchObject({ status: 422 });
    } finally {
      (study as { status: string }).status = status;
    }
  });

  it("50 parallel completes leave exactly one row and no errors", async () => {
    const viewer = await createViewer();
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => setStudyCompleted(viewer, FULL, true)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.studyProgress.count({ where: { userId: viewer.id, studyId: FULL } })).toBe(1);
  });

  it("50 parallel bookmarks leave exactly one row and no errors", async () => {
    const viewer = await createViewer();
    const results = await Promise.allSettled(Array.from({ length: 50 }, () => setBookmark(viewer, FULL, true)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.bookmark.count({ where: { userId: viewer.id, studyId: FULL } })).toBe(1);
  });

  it("one learner's writes never touch another learner's rows", async () => {
    const a = await createViewer();
    const b = await createViewer();
    await setStudyCompleted(a, FULL, true);
    await setBookmark(a, FULL, true);
    await setStudyCompleted(b, FULL, false);
    await setBookmark(b, FULL, false);
    const state = await getLearnerState(a);
    expect(state.progress[FULL]?.status).toBe("completed");
    expect(state.bookmarks).toEqual([FULL]);
    expect((await getLearnerState(b)).progress).toEqual({});
  });

  it("sends no state for a study that left the catalog, and never continues with one", async () => {
    const viewer = await createViewer();
    await setStudyCompleted(viewer, FULL, true);
    const retired = "retired/an-old-study";
    await db.studyProgress.create({ data: { userId: viewer.id, studyId: retired, status: "IN_PROGRESS" } });
    await db.bookmark.create({ data: { userId: viewer.id, studyId: retired } });
    const state = await getLearnerState(viewer);
    expect(Object.keys(state.progress)).toEqual([FULL]);
    expect(state.bookmarks).toEqual([]);
    expect(state.continueWith).toBeNull();
    expect(await db.studyProgress.count({ where: { userId: viewer.id, studyId: retired } })).toBe(1);
  });
});

describe("path completion", () => {
  it("completes a path when its last step completes, and reopens it when a step is undone", async () => {
    const viewer = await createViewer();
    const path = getCatalog().pathBySlug.get("foundation-track")!;
    await db.pathEnrollment.create({ data: { userId: viewer.id, pathSlug: path.slug } });
    for (const step of path.steps) await setStudyCompleted(viewer, step, true);
    const done = await db.pathEnrollment.findFirstOrThrow({ where: { userId: viewer.id } });
    expect(done.completedAt).not.toBeNull();
    await setStudyCompleted(viewer, path.steps[1]!, false);
    const reopened = await db.pathEnrollment.findFirstOrThrow({ where: { userId: viewer.id } });
    expect(reopened.completedAt).toBeNull();
  });
});
