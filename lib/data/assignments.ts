import "server-only";
import { db } from "@/lib/db";
import { getCatalog } from "@/lib/content/catalog";
import { findLab } from "@/lib/labs";
import { findChallenge } from "@/lib/labs/challenges";
import type { PermissionTarget } from "@/lib/auth/permissions";
import { pathSteps } from "@/lib/learning/path-steps";
import type { AssignedChallenge, ClassAssignment } from "@/lib/learning/roster";
import type { PathChoice } from "@/lib/validation/classes";
import { assertTeaches } from "./class-access";
import { DataError, isUniqueViolation, notFound } from "./errors";
import { can, type Viewer } from "./viewer";

/* Paths assigned to a class, with optional due dates and lab challenges. Only the class's instructors change them. */

export const assignmentSelect = {
  id: true,
  pathSlug: true,
  challengeId: true,
  dueAt: true,
  customPath: { select: { id: true, title: true, steps: { select: { studyId: true }, orderBy: { position: "asc" } } } },
} as const;

export type AssignmentRow = {
  id: string;
  pathSlug: string | null;
  challengeId: string | null;
  dueAt: Date | null;
  customPath: { id: string; title: string; steps: { studyId: string }[] } | null;
};

/** The challenge as assignments show it, with a link to its lab; null for none, or one no longer in lib/labs. */
export function assignedChallenge(challengeId: string | null): AssignedChallenge | null {
  const challenge = challengeId ? findChallenge(challengeId) : undefined;
  const lab = challenge ? findLab(challenge.labId) : undefined;
  const study = lab ? getCatalog().studyById.get(lab.study) : undefined;
  if (!challenge || !lab || !study) return null;
  const { id, title, goal, scoreUnit } = challenge;
  return { id, title, goal, scoreUnit, labTitle: lab.title, href: `${study.href}#lab-${lab.id}` };
}

/** An assignment row as the roster and the learner's pages show it, with its steps from the content model. */
export function toAssignment(row: AssignmentRow): ClassAssignment {
  const base = { id: row.id, dueAt: row.dueAt, challenge: assignedChallenge(row.challengeId) };
  if (row.customPath) {
    const { id, title, steps } = row.customPath;
    return { ...base, path: { kind: "custom", key: id, title, href: null, steps: pathSteps(steps.map((s) => s.studyId)) } };
  }
  const slug = row.pathSlug ?? "";
  const path = getCatalog().pathBySlug.get(slug);
  return {
    ...base,
    path: { kind: "built-in", key: slug, title: path?.title ?? slug, href: path?.href ?? null, steps: pathSteps(path?.steps ?? []) },
  };
}

/** Every study the assignments cover, once. */
export function studiesOf(assignments: ClassAssignment[]): string[] {
  return [...new Set(assignments.flatMap((a) => a.path.steps.map((s) => s.id)))];
}

const unknownChallenge = () => new DataError(422, "Choose a challenge from the list");

export async function assignPath(viewer: Viewer, classId: string, choice: PathChoice, dueAt: Date | null, challengeId: string | null = null): Promise<void> {
  await assertTeaches(viewer, classId, "create", "assignment");
  if (challengeId && !findChallenge(challengeId)) throw unknownChallenge();
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
        challengeId,
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

/** Sets, changes or clears the assignment's challenge. Attempts at an earlier challenge are kept but no longer shown. */
export async function setAssignmentChallenge(viewer: Viewer, assignmentId: string, challengeId: string | null): Promise<{ classId: string }> {
  const { classId } = await taughtAssignment(viewer, assignmentId, "update");
  if (challengeId && !findChallenge(challengeId)) throw unknownChallenge();
  await db.assignment.update({ where: { id: assignmentId }, data: { challengeId } });
  return { classId };
}

export async function unassign(viewer: Viewer, assignmentId: string): Promise<{ classId: string }> {
  const { classId } = await taughtAssignment(viewer, assignmentId, "delete");
  await db.assignment.deleteMany({ where: { id: assignmentId } });
  return { classId };
}
