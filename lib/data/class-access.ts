import "server-only";
import { db } from "@/lib/db";
import type { PermissionTarget } from "@/lib/auth/permissions";
import { DataError, notFound } from "./errors";
import { can, type Viewer } from "./viewer";

/*
 * Who may act on a class: an instructor acts only on classes they teach;
 * anything else is "not found" (never "forbidden"), so a class's existence
 * does not leak to people outside it (docs/decisions/004). Used by the class,
 * assignment and roster modules.
 */

export const classNotFound = () => notFound("That class");

/** Throws "not found" unless the viewer holds the permission and teaches the class. One query. */
export async function assertTeaches(viewer: Viewer, classId: string, ...target: PermissionTarget): Promise<void> {
  if (!can(viewer, ...target, "own")) throw classNotFound();
  const row = await db.classInstructor.findUnique({
    where: { classId_userId: { classId, userId: viewer.id } },
    select: { classId: true },
  });
  if (!row) throw classNotFound();
}

/**
 * Owner-only changes (docs/decisions/009-class-owners.md): deleting the class,
 * removing another instructor, handing ownership on. Co-instructors teach the
 * class in every other way. Not found for outsiders, forbidden for co-instructors.
 */
export async function assertOwns(viewer: Viewer, classId: string, target: PermissionTarget, what: string): Promise<void> {
  await assertTeaches(viewer, classId, ...target);
  const owned = await db.class.findFirst({ where: { id: classId, createdById: viewer.id }, select: { id: true } });
  if (!owned) throw new DataError(403, `Only the class's owner can ${what}.`);
}
