import "server-only";
import { db } from "@/lib/db";
import { getCatalog } from "@/lib/content/catalog";
import type { CustomPathInput } from "@/lib/validation/classes";
import { pathSteps } from "@/lib/learning/path-steps";
import { DataError, notFound } from "./errors";
import type { PathStep } from "@/lib/learning/path-progress";
import { assertCan, can, type Viewer } from "./viewer";

/*
 * Instructors' own learning paths: an ordered list of studies with a title
 * and a description. Only their owner edits them, and they are shown only to
 * the classes they are assigned to (never in the public catalog).
 */

const pathNotFound = () => notFound("That path");

export type CustomPathListItem = {
  id: string;
  title: string;
  description: string;
  steps: PathStep[];
  minutes: number;
  /** Classes it is assigned to. */
  assignments: number;
};

export async function listOwnCustomPaths(viewer: Viewer): Promise<CustomPathListItem[]> {
  assertCan(viewer, "read", "custom-path", "own");
  const rows = await db.customPath.findMany({
    where: { ownerId: viewer.id },
    select: {
      id: true,
      title: true,
      description: true,
      steps: { select: { studyId: true }, orderBy: { position: "asc" } },
      _count: { select: { assignments: true } },
    },
    orderBy: { updatedAt: "desc" },
  });
  return rows.map((r) => {
    const steps = pathSteps(r.steps.map((s) => s.studyId));
    return {
      id: r.id,
      title: r.title,
      description: r.description,
      steps,
      minutes: steps.reduce((sum, s) => sum + s.minutes, 0),
      assignments: r._count.assignments,
    };
  });
}

export type CustomPathDetail = { id: string; title: string; description: string; steps: string[] };

/** The viewer's own path, or null (someone else's path is not found). */
export async function getOwnCustomPath(viewer: Viewer, pathId: string): Promise<CustomPathDetail | null> {
  if (!can(viewer, "update", "custom-path", "own")) return null;
  const row = await db.customPath.findFirst({
    where: { id: pathId, ownerId: viewer.id },
    select: { id: true, title: true, description: true, steps: { select: { studyId: true }, orderBy: { position: "asc" } } },
  });
  return row ? { ...row, steps: row.steps.map((s) => s.studyId) } : null;
}

function assertStudiesExist(steps: string[]): void {
  const catalog = getCatalog();
  const unknown = steps.find((id) => !catalog.studyById.has(id));
  if (unknown) throw new DataError(422, `There is no study '${unknown}'`);
}

export async function createCustomPath(viewer: Viewer, input: CustomPathInput): Promise<{ id: string }> {
  assertCan(viewer, "create", "custom-path", "own");
  assertStudiesExist(input.steps);
  return db.customPath.create({
    data: {
      ownerId: viewer.id,
      title: input.title,
      description: input.description,
      steps: { create: input.steps.map((studyId, position) => ({ studyId, position })) },
    },
    select: { id: true },
  });
}

/** Replaces title, description and steps in one transaction; rosters follow the new steps at once. */
export async function updateCustomPath(viewer: Viewer, pathId: string, input: CustomPathInput): Promise<void> {
  if (!can(viewer, "update", "custom-path", "own")) throw pathNotFound();
  assertStudiesExist(input.steps);
  await db.$transaction(async (tx) => {
    const { count } = await tx.customPath.updateMany({
      where: { id: pathId, ownerId: viewer.id },
      data: { title: input.title, description: input.description },
    });
    if (count === 0) throw pathNotFound();
    await tx.customPathStep.deleteMany({ where: { pathId } });
    await tx.customPathStep.createMany({ data: input.steps.map((studyId, position) => ({ pathId, studyId, position })) });
  });
}

/** Deletes the path and, with it, its assignments in every class. */
export async function deleteCustomPath(viewer: Viewer, pathId: string): Promise<void> {
  if (!can(viewer, "delete", "custom-path", "own")) throw pathNotFound();
  const { count } = await db.customPath.deleteMany({ where: { id: pathId, ownerId: viewer.id } });
  if (count === 0) throw pathNotFound();
}
