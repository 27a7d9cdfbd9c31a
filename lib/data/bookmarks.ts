import "server-only";
import { db } from "@/lib/db";
import { getCatalog, type Study } from "@/lib/content/catalog";
import { DataError } from "./errors";
import { requireStudy, studyState, type StudyState } from "./progress";
import { assertCan, type Viewer } from "./viewer";

export type BookmarkItem = { study: Study; note: string; createdAt: Date };

/** The viewer's bookmarks, newest first, optionally for one domain. One query. */
export async function listBookmarks(viewer: Viewer, domain?: string): Promise<BookmarkItem[]> {
  assertCan(viewer, "read", "bookmark", "own");
  const catalog = getCatalog();
  const rows = await db.bookmark.findMany({
    where: { userId: viewer.id, ...(domain ? { studyId: { startsWith: `${domain}/` } } : {}) },
    select: { studyId: true, note: true, createdAt: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return rows
    .filter((r) => catalog.studyById.has(r.studyId))
    .map((r) => ({ study: catalog.studyById.get(r.studyId)!, note: r.note, createdAt: r.createdAt }));
}

/** Saves the private note of one of the viewer's own bookmarks; anyone else's, or none, is a 404. */
export async function saveBookmarkNote(viewer: Viewer, studyId: string, note: string): Promise<void> {
  assertCan(viewer, "write", "bookmark", "own");
  const { count } = await db.bookmark.updateMany({ where: { userId: viewer.id, studyId }, data: { note } });
  if (count === 0) throw new DataError(404, "That bookmark was not found");
}

/** Adds or removes a bookmark; repeating either is harmless. */
export async function setBookmark(viewer: Viewer, studyId: string, bookmarked: boolean): Promise<StudyState> {
  assertCan(viewer, "write", "bookmark", "own");
  requireStudy(studyId);
  if (bookmarked) {
    await db.bookmark.createMany({ data: [{ userId: viewer.id, studyId }], skipDuplicates: true });
  } else {
    await db.bookmark.deleteMany({ where: { userId: viewer.id, studyId } });
  }
  return studyState(viewer, studyId);
}
