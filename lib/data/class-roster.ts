import "server-only";
import { db } from "@/lib/db";
import {
  buildRoster,
  summarizeRoster,
  type AssignmentSummary,
  type ChallengeAttemptRow,
  type ClassAssignment,
  type Completion,
  type RosterRow,
} from "@/lib/learning/roster";
import { assignmentSelect, studiesOf, toAssignment } from "./assignments";
import { attemptSelect } from "./challenge-attempts";
import type { ClassInstructorInfo } from "./classes";
import { can, type Viewer } from "./viewer";

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
 * assignments, the members, their completions of the assigned studies, and
 * their attempts at the assignments' lab challenges.
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
  const [members, completions, attempts] = await Promise.all([
    db.classMembership.findMany({
      where: { classId },
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true, emailVerifiedAt: true } } },
    }),
    studyIds.length === 0
      ? Promise.resolve([] as Completion[])
      : db.studyProgress.findMany({
          where: { status: "COMPLETED", studyId: { in: studyIds }, user: { memberships: { some: { classId } } } },
          select: { userId: true, studyId: true, completedAt: true },
        }),
    assignments.some((a) => a.challenge)
      ? db.challengeAttempt.findMany({ where: { assignment: { classId }, user: { memberships: { some: { classId } } } }, select: attemptSelect })
      : Promise.resolve([] as ChallengeAttemptRow[]),
  ]);
  const learners = members
    .map((m) => ({ userId: m.user.id, name: m.user.name, email: m.user.email, emailVerified: m.user.emailVerifiedAt !== null, joinedAt: m.joinedAt }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email));
  const rows = buildRoster(assignments, learners, completions, now, attempts);
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
