import "server-only";
import { db } from "@/lib/db";
import { securityEvent } from "@/lib/observability/security-events";
import { generateJoinCode } from "@/lib/validation/classes";
import { assertOwns, assertTeaches } from "./class-access";
import { DataError, isUniqueViolation, notFound } from "./errors";
import { assertCan, type Viewer } from "./viewer";

/*
 * Classes and their instructors: an instructor's list, creating and renaming,
 * join codes, co-instructors and ownership (docs/decisions/009), removing a
 * learner. Assignments, rosters and a learner's own classes have their own
 * modules (assignments.ts, roster.ts, memberships.ts).
 */

/** Runs a write with a fresh join code, drawing again on the (very unlikely) collision. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write(generateJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export type TaughtClass = {
  id: string;
  name: string;
  joinCode: string;
  joinEnabled: boolean;
  createdAt: Date;
  learners: number;
  assignments: number;
};

export async function listTaughtClasses(viewer: Viewer): Promise<TaughtClass[]> {
  assertCan(viewer, "read", "class", "own");
  const rows = await db.class.findMany({
    where: { instructors: { some: { userId: viewer.id } } },
    select: {
      id: true,
      name: true,
      joinCode: true,
      joinEnabled: true,
      createdAt: true,
      _count: { select: { members: true, assignments: true } },
    },
    orderBy: { createdAt: "desc" },
  });
  return rows.map(({ _count, ...c }) => ({ ...c, learners: _count.members, assignments: _count.assignments }));
}

export async function createClass(viewer: Viewer, name: string): Promise<{ id: string }> {
  assertCan(viewer, "create", "class", "own");
  return withFreshCode((joinCode) =>
    db.class.create({
      data: { name, joinCode, createdById: viewer.id, instructors: { create: { userId: viewer.id } } },
      select: { id: true },
    }),
  );
}

export async function renameClass(viewer: Viewer, classId: string, name: string): Promise<void> {
  await assertTeaches(viewer, classId, "update", "class");
  await db.class.update({ where: { id: classId }, data: { name } });
}

/** A new code replaces the old one at once: links and codes already shared stop working. */
export async function rotateJoinCode(viewer: Viewer, classId: string): Promise<string> {
  await assertTeaches(viewer, classId, "update", "class");
  const updated = await withFreshCode((joinCode) =>
    db.class.update({ where: { id: classId }, data: { joinCode }, select: { joinCode: true } }),
  );
  return updated.joinCode;
}

export async function setJoinEnabled(viewer: Viewer, classId: string, enabled: boolean): Promise<void> {
  await assertTeaches(viewer, classId, "update", "class");
  await db.class.update({ where: { id: classId }, data: { joinEnabled: enabled } });
}

/** Deletes the class with its memberships and assignments; learners' own progress is untouched. */
export async function deleteClass(viewer: Viewer, classId: string): Promise<void> {
  await assertOwns(viewer, classId, ["delete", "class"], "delete it");
  await db.class.delete({ where: { id: classId } });
  securityEvent("class_deleted", { by: viewer.id, classId });
}

/** Adds an existing instructor account as a co-instructor; adding someone twice is harmless. */
export async function addCoInstructor(viewer: Viewer, classId: string, email: string): Promise<{ name: string }> {
  await assertTeaches(viewer, classId, "update", "class");
  const user = await db.user.findFirst({
    where: { email, roles: { some: { name: "instructor" } } },
    select: { id: true, name: true },
  });
  if (!user) {
    throw new DataError(422, "No instructor account uses that email. An admin can grant the instructor role first.");
  }
  await db.classInstructor.createMany({ data: [{ classId, userId: user.id }], skipDuplicates: true });
  return { name: user.name };
}

/**
 * Removes an instructor: the owner may remove anyone else, a co-instructor
 * only themselves. The owner cannot leave without handing ownership on, so a
 * class always keeps its owner and at least one instructor.
 */
export async function removeInstructor(viewer: Viewer, classId: string, userId: string): Promise<void> {
  if (userId === viewer.id) await assertTeaches(viewer, classId, "update", "class");
  else await assertOwns(viewer, classId, ["update", "class"], "remove other instructors");
  await db.$transaction(async (tx) => {
    // Lock the class row, then its instructors, so concurrent removals and hand-overs see one another.
    const [owner] = await tx.$queryRaw<{ createdById: string }[]>`SELECT "createdById" FROM "Class" WHERE id = ${classId} FOR UPDATE`;
    const rows = await tx.$queryRaw<{ userId: string }[]>`
      SELECT "userId" FROM "ClassInstructor" WHERE "classId" = ${classId} FOR UPDATE`;
    if (!owner || !rows.some((r) => r.userId === userId)) throw notFound("That instructor");
    if (rows.length <= 1) throw new DataError(409, "A class needs at least one instructor: add another one first");
    if (owner.createdById === userId) {
      throw new DataError(409, "The owner cannot leave the class: make another instructor the owner first");
    }
    if (userId !== viewer.id && owner.createdById !== viewer.id) {
      throw new DataError(403, "Only the class's owner can remove other instructors.");
    }
    await tx.classInstructor.delete({ where: { classId_userId: { classId, userId } } });
  });
}

/** Hands the class to another of its instructors; the old owner stays on as a co-instructor. */
export async function transferClassOwnership(viewer: Viewer, classId: string, userId: string): Promise<void> {
  await assertOwns(viewer, classId, ["update", "class"], "hand ownership on");
  await db.$transaction(async (tx) => {
    const [owner] = await tx.$queryRaw<{ createdById: string }[]>`SELECT "createdById" FROM "Class" WHERE id = ${classId} FOR UPDATE`;
    if (!owner || owner.createdById !== viewer.id) throw new DataError(403, "Only the class's owner can hand ownership on.");
    const teaches = await tx.classInstructor.findUnique({ where: { classId_userId: { classId, userId } }, select: { userId: true } });
    if (!teaches) throw notFound("That instructor");
    await tx.class.update({ where: { id: classId }, data: { createdById: userId } });
  });
  securityEvent("class_ownership_transferred", { by: viewer.id, classId, to: userId });
}

export async function removeMember(viewer: Viewer, classId: string, userId: string): Promise<void> {
  await assertTeaches(viewer, classId, "update", "class");
  const { count } = await db.classMembership.deleteMany({ where: { classId, userId } });
  if (count === 0) throw notFound("That learner");
}

export type ClassInstructorInfo = { id: string; name: string; email: string };
