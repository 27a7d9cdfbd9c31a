import "server-only";
import { db } from "@/lib/db";
import { getCatalog } from "@/lib/content/catalog";
import { generateJoinCode, type PathChoice } from "@/lib/validation/classes";
import { DataError, isUniqueViolation, notFound } from "./errors";
import {
  buildRoster,
  summarizeRoster,
  type AssignmentProgress,
  type AssignmentSummary,
  type ClassAssignment,
  type Completion,
  type PathStep,
  type RosterRow,
} from "./roster";
import type { PermissionTarget } from "@/lib/auth/permissions";
import { securityEvent } from "@/lib/observability/security-events";
import { assertCan, can, type Viewer } from "./viewer";

/*
 * Classes, memberships, assignments and rosters. Every function authorizes:
 * an instructor acts only on classes they teach, a learner only on classes
 * they belong to. Anything else is "not found" (never "forbidden"), so a
 * class's existence does not leak to people outside it.
 */

const classNotFound = () => notFound("That class");

const assignmentSelect = {
  id: true,
  pathSlug: true,
  dueAt: true,
  customPath: { select: { id: true, title: true, steps: { select: { studyId: true }, orderBy: { position: "asc" } } } },
} as const;

type AssignmentRow = {
  id: string;
  pathSlug: string | null;
  dueAt: Date | null;
  customPath: { id: string; title: string; steps: { studyId: string }[] } | null;
};

/** Steps that exist in the content model, with the minutes pace is computed from. */
export function pathSteps(studyIds: string[]): PathStep[] {
  const catalog = getCatalog();
  return studyIds.flatMap((id) => {
    const study = catalog.studyById.get(id);
    return study ? [{ id, title: study.title, href: study.href, minutes: study.minutes }] : [];
  });
}

function toAssignment(row: AssignmentRow): ClassAssignment {
  if (row.customPath) {
    const { id, title, steps } = row.customPath;
    return { id: row.id, dueAt: row.dueAt, path: { kind: "custom", key: id, title, href: null, steps: pathSteps(steps.map((s) => s.studyId)) } };
  }
  const slug = row.pathSlug ?? "";
  const path = getCatalog().pathBySlug.get(slug);
  return {
    id: row.id,
    dueAt: row.dueAt,
    path: { kind: "built-in", key: slug, title: path?.title ?? slug, href: path?.href ?? null, steps: pathSteps(path?.steps ?? []) },
  };
}

function studiesOf(assignments: ClassAssignment[]): string[] {
  return [...new Set(assignments.flatMap((a) => a.path.steps.map((s) => s.id)))];
}

/** Throws "not found" unless the viewer holds the permission and teaches the class. One query. */
async function assertTeaches(viewer: Viewer, classId: string, ...target: PermissionTarget): Promise<void> {
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
async function assertOwns(viewer: Viewer, classId: string, target: PermissionTarget, what: string): Promise<void> {
  await assertTeaches(viewer, classId, ...target);
  const owned = await db.class.findFirst({ where: { id: classId, createdById: viewer.id }, select: { id: true } });
  if (!owned) throw new DataError(403, `Only the class's owner can ${what}.`);
}

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

// ---------------------------------------------------------------- instructors

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

export async function assignPath(viewer: Viewer, classId: string, choice: PathChoice, dueAt: Date | null): Promise<void> {
  await assertTeaches(viewer, classId, "create", "assignment");
  if (choice.kind === "built-in") {
    if (!getCatalog().pathBySlug.has(choice.slug)) throw notFound("That path");
  } else {
    const own = await db.customPath.findFirst({ where: { id: choice.id, ownerId: viewer.id }, select: { id: true } });
    if (!own) throw notFound("That path");
  }
  try {
    await db.assignment.create({
      data: {
        classId,
        dueAt,
        pathSlug: choice.kind === "built-in" ? choice.slug : null,
        customPathId: choice.kind === "custom" ? choice.id : null,
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DataError(409, "That path is already assigned to this class: change its due date below");
    if ((error as { code?: string }).code === "P2003") throw notFound("That path");
    throw error;
  }
}

const assignmentNotFound = () => notFound("That assignment");

/** The assignment's class, if the viewer teaches it. */
async function taughtAssignment(viewer: Viewer, assignmentId: string, action: Extract<PermissionTarget, [string, "assignment"]>[0]): Promise<{ classId: string }> {
  if (!can(viewer, action, "assignment", "own")) throw assignmentNotFound();
  const row = await db.assignment.findFirst({
    where: { id: assignmentId, class: { instructors: { some: { userId: viewer.id } } } },
    select: { classId: true },
  });
  if (!row) throw assignmentNotFound();
  return row;
}

export async function setAssignmentDue(viewer: Viewer, assignmentId: string, dueAt: Date | null): Promise<{ classId: string }> {
  const { classId } = await taughtAssignment(viewer, assignmentId, "update");
  await db.assignment.update({ where: { id: assignmentId }, data: { dueAt } });
  return { classId };
}

export async function unassign(viewer: Viewer, assignmentId: string): Promise<{ classId: string }> {
  const { classId } = await taughtAssignment(viewer, assignmentId, "delete");
  await db.assignment.deleteMany({ where: { id: assignmentId } });
  return { classId };
}

export type ClassInstructorInfo = { id: string; name: string; email: string };
export type ClassRoster = {
  id: string;
  name: string;
  joinCode: string;
  joinEnabled: boolean;
  instructors: ClassInstructorInfo[];
  /** The instructor who can delete the class and manage the others. */
  ownerId: string;
  assignments: ClassAssignment[];
  /** One per learner, by name. */
  rows: RosterRow[];
  summaries: AssignmentSummary[];
};

/**
 * A class as its instructors see it: learners, and each learner's progress on
 * the assigned paths only. A fixed number of queries whatever the class size
 * (tests/integration/classes-roster.test.ts counts them): the class with its
 * assignments, the members, and their completions of the assigned studies.
 * Null unless the viewer teaches the class.
 */
export async function listClassRoster(viewer: Viewer, classId: string, now = new Date()): Promise<ClassRoster | null> {
  if (!can(viewer, "read", "roster", "own")) return null;
  const found = await db.class.findFirst({
    where: { id: classId, instructors: { some: { userId: viewer.id } } },
    select: {
      id: true,
      name: true,
      joinCode: true,
      joinEnabled: true,
      createdById: true,
      instructors: { select: { user: { select: { id: true, name: true, email: true } } }, orderBy: { addedAt: "asc" } },
      assignments: { select: assignmentSelect, orderBy: { createdAt: "asc" } },
    },
  });
  if (!found) return null;
  const assignments = found.assignments.map(toAssignment);
  const studyIds = studiesOf(assignments);
  const [members, completions] = await Promise.all([
    db.classMembership.findMany({
      where: { classId },
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    studyIds.length === 0
      ? Promise.resolve([] as Completion[])
      : db.studyProgress.findMany({
          where: { status: "COMPLETED", studyId: { in: studyIds }, user: { memberships: { some: { classId } } } },
          select: { userId: true, studyId: true, completedAt: true },
        }),
  ]);
  const learners = members
    .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, joinedAt: m.joinedAt }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
  const rows = buildRoster(assignments, learners, completions, now);
  return {
    id: found.id,
    name: found.name,
    joinCode: found.joinCode,
    joinEnabled: found.joinEnabled,
    instructors: found.instructors.map((i) => i.user),
    ownerId: found.createdById,
    assignments,
    rows,
    summaries: summarizeRoster(assignments, rows),
  };
}

// ------------------------------------------------------------------- learners

export type MyAssignment = ClassAssignment & { classId: string; className: string; progress: AssignmentProgress };
export type MyClass = {
  id: string;
  name: string;
  instructors: string[];
  joinedAt: Date;
  assignments: MyAssignment[];
  /** Exactly the row this class's instructors see for the viewer. */
  row: RosterRow;
  /** The assigned studies the viewer has completed. */
  completedStudyIds: string[];
};

const myClassSelect = {
  joinedAt: true,
  class: {
    select: {
      id: true,
      name: true,
      instructors: { select: { user: { select: { name: true } } }, orderBy: { addedAt: "asc" } },
      assignments: { select: assignmentSelect, orderBy: { createdAt: "asc" } },
    },
  },
} as const;

/** The viewer's classes with their assignments and the viewer's progress. Two queries whatever the count. */
async function loadMyClasses(viewer: Viewer, classId: string | undefined, now: Date): Promise<MyClass[]> {
  const [memberships, completions] = await Promise.all([
    db.classMembership.findMany({
      where: { userId: viewer.id, ...(classId ? { classId } : {}) },
      select: myClassSelect,
      orderBy: { joinedAt: "desc" },
    }),
    db.studyProgress.findMany({
      where: { userId: viewer.id, status: "COMPLETED" },
      select: { userId: true, studyId: true, completedAt: true },
    }),
  ]);
  const learner = { userId: viewer.id, name: viewer.name, email: viewer.email };
  const done = new Set(completions.map((c) => c.studyId));
  return memberships.map((m) => {
    const assignments = m.class.assignments.map(toAssignment);
    const row = buildRoster(assignments, [{ ...learner, joinedAt: m.joinedAt }], completions, now)[0]!;
    return {
      id: m.class.id,
      name: m.class.name,
      instructors: m.class.instructors.map((i) => i.user.name),
      joinedAt: m.joinedAt,
      assignments: assignments.map((a, i) => ({ ...a, classId: m.class.id, className: m.class.name, progress: row.progress[i]! })),
      row,
      completedStudyIds: studiesOf(assignments).filter((id) => done.has(id)),
    };
  });
}

export async function listMyClasses(viewer: Viewer, now = new Date()): Promise<MyClass[]> {
  assertCan(viewer, "read", "assignment", "own");
  return loadMyClasses(viewer, undefined, now);
}

/** One class the viewer belongs to, or null (also for classes they teach but have not joined). */
export async function getMyClass(viewer: Viewer, classId: string, now = new Date()): Promise<MyClass | null> {
  if (!can(viewer, "read", "assignment", "own")) return null;
  return (await loadMyClasses(viewer, classId, now))[0] ?? null;
}

/** Every path assigned to the viewer, soonest due first (no due date last): for the dashboard. */
export async function listMyAssignments(viewer: Viewer, now = new Date()): Promise<MyAssignment[]> {
  const classes = await listMyClasses(viewer, now);
  const due = (a: MyAssignment) => a.dueAt?.getTime() ?? Number.POSITIVE_INFINITY;
  return classes
    .flatMap((c) => c.assignments)
    .sort((a, b) => due(a) - due(b) || a.className.localeCompare(b.className) || a.path.title.localeCompare(b.path.title));
}

export type JoinPreview = {
  id: string;
  name: string;
  instructors: string[];
  assignments: ClassAssignment[];
  /** The row the instructors will see once the viewer joins, with today's progress. */
  row: RosterRow;
  alreadyMember: boolean;
};

/** The open class behind a code, or a clear reason why there is none. */
async function openClassByCode(viewer: Viewer, code: string) {
  assertCan(viewer, "join", "class", "own");
  const found = await db.class.findUnique({
    where: { joinCode: code },
    select: {
      id: true,
      name: true,
      joinEnabled: true,
      instructors: { select: { userId: true, user: { select: { name: true } } }, orderBy: { addedAt: "asc" } },
      members: { where: { userId: viewer.id }, select: { userId: true } },
      assignments: { select: assignmentSelect, orderBy: { createdAt: "asc" } },
    },
  });
  if (!found) throw new DataError(404, "No class uses that code. Check it with your instructor.");
  if (found.instructors.some((i) => i.userId === viewer.id)) throw new DataError(409, "You teach this class, so you cannot join it as a learner.");
  if (!found.joinEnabled) {
    throw new DataError(403, "This class is not taking new members right now. Ask your instructor to open it again.");
  }
  return found;
}

/** What joining would share, shown before the learner decides. */
export async function previewJoin(viewer: Viewer, code: string, now = new Date()): Promise<JoinPreview> {
  const found = await openClassByCode(viewer, code);
  const assignments = found.assignments.map(toAssignment);
  const studyIds = studiesOf(assignments);
  const completions =
    studyIds.length === 0
      ? []
      : await db.studyProgress.findMany({
          where: { userId: viewer.id, status: "COMPLETED", studyId: { in: studyIds } },
          select: { userId: true, studyId: true, completedAt: true },
        });
  const learner = { userId: viewer.id, name: viewer.name, email: viewer.email, joinedAt: now };
  return {
    id: found.id,
    name: found.name,
    instructors: found.instructors.map((i) => i.user.name),
    assignments,
    row: buildRoster(assignments, [learner], completions, now)[0]!,
    alreadyMember: found.members.length > 0,
  };
}

/** Joins the class behind an open code; joining twice is harmless. */
export async function joinClass(viewer: Viewer, code: string): Promise<{ classId: string; name: string }> {
  const found = await openClassByCode(viewer, code);
  await db.classMembership.createMany({ data: [{ classId: found.id, userId: viewer.id }], skipDuplicates: true });
  return { classId: found.id, name: found.name };
}

/** Leaves a class: its instructors stop seeing the viewer at once. */
export async function leaveClass(viewer: Viewer, classId: string): Promise<void> {
  if (!can(viewer, "leave", "class", "own")) throw classNotFound();
  const { count } = await db.classMembership.deleteMany({ where: { classId, userId: viewer.id } });
  if (count === 0) throw classNotFound();
}
