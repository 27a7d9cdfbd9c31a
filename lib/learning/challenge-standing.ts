/*
 * A learner's standing on a lab challenge, from the attempts the server
 * decided. Its own module, free of the roster's CSV writer, because the lab
 * in the browser shows it too.
 */

/** An attempt at an assignment's challenge, as the server decided it. */
export type ChallengeAttemptRow = { assignmentId: string; userId: string; challengeId: string; met: boolean; score: number; detail: string; createdAt: Date };
/**
 * A learner's standing on one challenge: how many attempts, and the one that
 * counts: the lowest score among those that met the goal (the earlier on a
 * tie), or the latest attempt while none has.
 */
export type ChallengeStanding = { attempts: number; best: ChallengeAttemptRow | null };
/** Whether attempt `a` counts before `b`: meeting the goal first, then the lower score, the earlier on a tie; among misses, the later. */
function countsBefore(a: ChallengeAttemptRow, b: ChallengeAttemptRow): boolean {
  if (a.met !== b.met) return a.met;
  if (!a.met) return a.createdAt > b.createdAt;
  return a.score < b.score || (a.score === b.score && a.createdAt < b.createdAt);
}

export function challengeStanding(attempts: ChallengeAttemptRow[]): ChallengeStanding {
  const best = attempts.reduce<ChallengeAttemptRow | null>((kept, a) => (kept === null || countsBefore(a, kept) ? a : kept), null);
  return { attempts: attempts.length, best };
}

/** A challenge cell in words: "Met: 12 tokens per node: ...", "Not met yet: ...", or "No attempt yet". */
export function challengeLabel(standing: ChallengeStanding): string {
  const { best } = standing;
  if (!best) return "No attempt yet";
  return `${best.met ? "Met" : "Not met yet"}: ${best.detail}`;
}
