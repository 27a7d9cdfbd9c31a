import { describe, expect, it } from "vitest";
import { listBookmarks, saveBookmarkNote, setBookmark } from "@/lib/data/bookmarks";
import { exportMyData } from "@/lib/data/export";
import { resetAllProgress, resetPath, startPath } from "@/lib/data/paths";
import { setStudyCompleted } from "@/lib/data/progress";
import { db } from "@/lib/db";
import { noteSchema } from "@/lib/validation/learning";
import { createViewer } from "./factories";

describe("bookmarks and notes", () => {
  it("lists newest first, filters by domain, and saves a note", async () => {
    const viewer = await createViewer();
    await setBookmark(viewer, "databases/etcd", true);
    await setBookmark(viewer, "infrastructure/url-shortener", true);
    expect((await listBookmarks(viewer)).map((b) => b.study.id)).toEqual(["infrastructure/url-shortener", "databases/etcd"]);
    expect((await listBookmarks(viewer, "databases")).map((b) => b.study.id)).toEqual(["databases/etcd"]);
    await saveBookmarkNote(viewer, "databases/etcd", "Raft, leases, watch");
    expect((await listBookmarks(viewer, "databases"))[0]!.note).toBe("Raft, leases, watch");
  });

  it("another learner's bookmark note cannot be written (404, unchanged)", async () => {
    const owner = await createViewer();
    const other = await createViewer();
    await setBookmark(owner, "databases/etcd", true);
    await saveBookmarkNote(owner, "databases/etcd", "mine");
    await expect(saveBookmarkNote(other, "databases/etcd", "forged")).rejects.toMatchObject({ status: 404 });
    expect((await listBookmarks(owner))[0]!.note).toBe("mine");
  });

  it("notes are length-limited plain text", () => {
    expect(noteSchema.safeParse("x".repeat(2001)).success).toBe(false);
    expect(noteSchema.parse("  keep\r\nlines\u0007 ")).toBe("keep\nlines");
  });
});

describe("your data", () => {
  it("export holds progress, bookmarks and enrollments but no password hash", async () => {
    const viewer = await createViewer();
    await setStudyCompleted(viewer, "infrastructure/url-shortener", true);
    await setBookmark(viewer, "databases/etcd", true);
    await startPath(viewer, "foundation-track");
    const data = await exportMyData(viewer);
    expect(data.account.email).toBe(viewer.email);
    expect(data.progress.map((p) => p.studyId)).toEqual(["infrastructure/url-shortener"]);
    expect(data.bookmarks.map((b) => b.studyId)).toEqual(["databases/etcd"]);
    expect(data.pathEnrollments.map((e) => e.pathSlug)).toEqual(["foundation-track"]);
    expect(JSON.stringify(data)).not.toContain("passwordHash");
  });

  it("resetting one path clears its studies and enrollment; resetting all keeps bookmarks", async () => {
    const viewer = await createViewer();
    await startPath(viewer, "foundation-track");
    await setStudyCompleted(viewer, "infrastructure/url-shortener", true);
    await setStudyCompleted(viewer, "databases/etcd", true);
    await setBookmark(viewer, "databases/etcd", true);
    await resetPath(viewer, "foundation-track");
    expect((await db.studyProgress.findMany({ where: { userId: viewer.id } })).map((p) => p.studyId)).toEqual(["databases/etcd"]);
    expect(await db.pathEnrollment.count({ where: { userId: viewer.id } })).toBe(0);
    await resetAllProgress(viewer);
    expect(await db.studyProgress.count({ where: { userId: viewer.id } })).toBe(0);
    expect(await db.bookmark.count({ where: { userId: viewer.id } })).toBe(1);
    await expect(resetPath(viewer, "no-such-path")).rejects.toMatchObject({ status: 404 });
  });
});
