"use server";

import { z } from "zod";
import { runButtonAction, type ActionResult } from "@/lib/actions";
import { setBookmark } from "@/lib/data/bookmarks";
import { listLabChallenges, submitChallengeAttempt, type LabChallenge, type SubmittedAttempt } from "@/lib/data/challenge-attempts";
import { saveLabRun } from "@/lib/data/lab-runs";
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

const labIdSchema = z.string().max(100);
const labRunSchema = z.object({
  labId: labIdSchema,
  params: z.record(z.string(), z.unknown()),
  seed: z.number({ error: "The seed must be a number." }),
  predicted: z.number({ error: "A prediction must be a number." }).finite("A prediction must be a number."),
});

/** Saves a prediction with the server's own run of the same parameters and seed (lib/data/lab-runs.ts). */
export async function saveLabRunAction(input: unknown): Promise<ActionResult<{ id: string; measured: number | null }>> {
  return runButtonAction(
    labRunSchema,
    input,
    async (viewer, v) => {
      const saved = await saveLabRun(viewer, v);
      return { id: saved.id, measured: saved.measured };
    },
    "Sign in to keep your predictions and results",
  );
}


const attemptSchema = z.object({
  assignmentId: z.string().min(1).max(64),
  params: z.record(z.string(), z.unknown()),
  seed: z.number({ error: "The seed must be a number." }),
});

/** The challenges the viewer's classes set on this lab; an empty list for everyone else. */
export async function labChallengesAction(labId: unknown): Promise<ActionResult<LabChallenge[]>> {
  return runButtonAction(labIdSchema, labId, (viewer, id) => listLabChallenges(viewer, id), "Sign in to see your classes' challenges");
}

/** Submits a run to a class's challenge; the server re-runs it and decides (lib/data/challenge-attempts.ts). */
export async function submitChallengeAttemptAction(input: unknown): Promise<ActionResult<SubmittedAttempt>> {
  return runButtonAction(attemptSchema, input, (viewer, v) => submitChallengeAttempt(viewer, v), "Sign in to submit a run to your class");
}
