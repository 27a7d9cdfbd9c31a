import "server-only";
import { db } from "@/lib/db";
import { buildRoster, type AssignmentProgress, type ChallengeStanding, type ClassAssignment, type RosterRow } from "@/lib/learning/roster";
import { assignmentSelect, studiesOf, toAssignment } from "./assignments";
import { attemptSelect } from "./challenge-attempts";
import { classNotFound } from "./class-access";
import { DataError } from "./errors";
import { assertCan, can, type Viewer } from "./viewer";

/* A learner's own classes: joining with a code (after a preview), what is assigned to them, leaving. */

/** `standing`: the viewer's attempts at the assignment's lab challenge; null when it sets none. */
export type MyAssignment = ClassAssignment & { classId: string; className: string; progress: AssignmentProgress; standing: ChallengeStanding | null };
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

/** The viewer's classes with their assignments and the viewer's progress. Three queries whatever the count. */
async function loadMyClasses(viewer: Viewer, classId: string | undefined, now: Date): Promise<MyClass[]> {
  const [memberships, completions, attempts] = await Promise.all([
    db.classMembership.findMany({
      where: { userId: viewer.id, ...(classId ? { classId } : {}) },
      select: myClassSelect,
      orderBy: { joinedAt: "desc" },
    }),
    db.studyProgress.findMany({
      where: { userId: viewer.id, status: "COMPLETED" },
      select: { userId: true, studyId: true, completedAt: true },
    }),
    db.challengeAttempt.findMany({ where: { userId: viewer.id, ...(classId ? { assignment: { classId } } : {}) }, select: attemptSelect }),
  ]);
  const learner = { userId: viewer.id, name: viewer.name, email: viewer.email, emailVerified: viewer.emailVerified };
  const done = new Set(completions.map((c) => c.studyId));
  return memberships.map((m) => {
    const assignments = m.class.assignments.map(toAssignment);
    const row = buildRoster(assignments, [{ ...learner, joinedAt: m.joinedAt }], completions, now, attempts)[0]!;
    return {
      id: m.class.id,
      name: m.class.name,
      instructors: m.class.instructors.map((i) => i.user.name),
      joinedAt: m.joinedAt,
      assignments: assignments.map((a, i) => ({ ...a, classId: m.class.id, className: m.class.name, progress: row.progress[i]!, standing: row.challenges[i] ?? null })),
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
  const learner = { userId: viewer.id, name: viewer.name, email: viewer.email, emailVerified: viewer.emailVerified, joinedAt: now };
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
