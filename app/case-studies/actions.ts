"use server";

import { z } from "zod";
import { runButtonAction, type ActionResult } from "@/lib/actions";
import { setBookmark } from "@/lib/data/bookmarks";
import { recordStudyOpened, setStudyCompleted, type StudyState } from "@/lib/data/progress";
import { booleanSchema, studyIdSchema } from "@/lib/validation/learning";

const toggleSchema = z.object({ studyId: studyIdSchema, on: booleanSchema });
const SIGN_IN = "Sign in to track your progress";

export async function openStudyAction(studyId: unknown): Promise<ActionResult<StudyState>> {
  return runButtonAction(studyIdSchema, studyId, (viewer, id) => recordStudyOpened(viewer, id), SIGN_IN);
}

export async function setCompletedAction(studyId: unknown, completed: unknown): Promise<ActionResult<StudyState>> {
  return runButtonAction(toggleSchema, { studyId, on: completed }, (viewer, v) => setStudyCompleted(viewer, v.studyId, v.on), SIGN_IN);
}

export async function setBookmarkAction(studyId: unknown, bookmarked: unknown): Promise<ActionResult<StudyState>> {
  return runButtonAction(toggleSchema, { studyId, on: bookmarked }, (viewer, v) => setBookmark(viewer, v.studyId, v.on), SIGN_IN);
}
