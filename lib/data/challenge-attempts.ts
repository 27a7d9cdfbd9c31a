import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { describeWait, takeLabRunSave } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { challenges, checkChallenge, findChallenge, type ChallengeOutcome } from "@/lib/labs";
import { challengeStanding, type ChallengeStanding } from "@/lib/learning/roster";
import { assignmentSelect, toAssignment } from "./assignments";
import { DataError, notFound } from "./errors";
import { assertCan, can, type Viewer } from "./viewer";

/*
 * Learners' attempts at the lab challenges their classes set. An attempt is
 * the parameters and seed of a run; the server runs the lab again and decides
 * it (lib/labs/challenges.ts), so what a browser says it measured is never
 * taken. Only members of the assignment's class submit, and only to
 * assignments that set a challenge.
 */

/** A challenge the viewer's class set on this lab, with the viewer's standing on it. */
export type LabChallenge = {
  assignmentId: string;
  className: string;
  pathTitle: string;
  challengeId: string;
  title: string;
  goal: string;
  scoreUnit: string;
  /** The parameters the challenge sets, and (below) its seed; the lab fills them in. */
  fixed: Record<string, unknown>;
  seed: number;
  standing: ChallengeStanding;
};

export const attemptSelect = { assignmentId: true, userId: true, challengeId: true, met: true, score: true, detail: true, createdAt: true } as const;

/** The challenges set on `labId` in the classes the viewer belongs to; none for anyone else. */
export async function listLabChallenges(viewer: Viewer, labId: string): Promise<LabChallenge[]> {
  if (!can(viewer, "submit", "challenge", "own")) return [];
  const challengeIds = challenges.filter((c) => c.labId === labId).map((c) => c.id);
  if (challengeIds.length === 0) return [];
  const rows = await db.assignment.findMany({
    where: { challengeId: { in: challengeIds }, class: { members: { some: { userId: viewer.id } } } },
    select: {
      ...assignmentSelect,
      class: { select: { name: true } },
      challengeAttempts: { where: { userId: viewer.id }, select: attemptSelect },
    },
    orderBy: { createdAt: "asc" },
  });
  return rows.flatMap((row) => {
    const challenge = findChallenge(row.challengeId!);
    if (!challenge) return [];
    const attempts = row.challengeAttempts.filter((a) => a.challengeId === challenge.id);
    return [
      {
        assignmentId: row.id,
        className: row.class.name,
        pathTitle: toAssignment(row).path.title,
        challengeId: challenge.id,
        title: challenge.title,
        goal: challenge.goal,
        scoreUnit: challenge.scoreUnit,
        fixed: challenge.fixed as Record<string, unknown>,
        seed: challenge.seed,
        standing: challengeStanding(attempts),
      },
    ];
  });
}

export type SubmittedAttempt = { outcome: ChallengeOutcome; standing: ChallengeStanding };

/** Decides and keeps an attempt; a refused one (bad parameters, a fixed one changed) is not kept. */
export async function submitChallengeAttempt(viewer: Viewer, input: { assignmentId: string; params: unknown; seed: unknown }): Promise<SubmittedAttempt> {
  assertCan(viewer, "submit", "challenge", "own");
  const assignment = await db.assignment.findFirst({
    where: { id: input.assignmentId, challengeId: { not: null }, class: { members: { some: { userId: viewer.id } } } },
    select: { id: true, challengeId: true },
  });
  if (!assignment) throw notFound("That challenge");
  const limited = await takeLabRunSave(viewer.id);
  if (limited) throw new DataError(429, `Too many runs submitted in a minute. Try again in ${describeWait(limited)}.`);
  const check = checkChallenge(assignment.challengeId!, input.params, input.seed);
  if (!check.ok) throw new DataError(422, check.issues.map((i) => i.message).join(" "));
  const { met, score, detail } = check;
  await db.challengeAttempt.create({
    data: {
      assignmentId: assignment.id,
      userId: viewer.id,
      challengeId: assignment.challengeId!,
      params: check.params as Prisma.InputJsonValue,
      seed: check.seed,
      met,
      score,
      detail,
    },
  });
  const attempts = await db.challengeAttempt.findMany({
    where: { assignmentId: assignment.id, userId: viewer.id, challengeId: assignment.challengeId! },
    select: attemptSelect,
  });
  return { outcome: { met, score, detail }, standing: challengeStanding(attempts) };
}
