"use server";

import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { toActionResult, type ActionResult } from "@/lib/data/action-result";
import { recordStudyOpened, setBookmark, setStudyCompleted, type StudyState } from "@/lib/data/progress";
import type { Viewer } from "@/lib/data/viewer";
import { booleanSchema, studyIdSchema } from "@/lib/validation/learning";

type Result = ActionResult<StudyState>;
const toggleSchema = z.object({ studyId: studyIdSchema, on: booleanSchema });

/** Parse, then check the session, then call the data layer (which checks the permission). */
async function run<S extends z.ZodType>(schema: S, input: unknown, fn: (viewer: Viewer, value: z.output<S>) => Promise<StudyState>): Promise<Result> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) return { ok: false, status: 400, message: parsed.error.issues[0]!.message };
  const viewer = await getViewer();
  if (!viewer) return { ok: false, status: 401, message: "Sign in to track your progress" };
  return toActionResult(() => fn(viewer, parsed.data));
}

export async function openStudyAction(studyId: unknown): Promise<Result> {
  return run(studyIdSchema, studyId, (viewer, id) => recordStudyOpened(viewer, id));
}

export async function setCompletedAction(studyId: unknown, completed: unknown): Promise<Result> {
  return run(toggleSchema, { studyId, on: completed }, (viewer, v) => setStudyCompleted(viewer, v.studyId, v.on));
}

export async function setBookmarkAction(studyId: unknown, bookmarked: unknown): Promise<Result> {
  return run(toggleSchema, { studyId, on: bookmarked }, (viewer, v) => setBookmark(viewer, v.studyId, v.on));
}
