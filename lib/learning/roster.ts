import { stringify } from "csv-stringify/sync";
import type { RosterSort } from "@/lib/validation/classes";
import { challengeStanding, type ChallengeAttemptRow, type ChallengeStanding } from "./challenge-standing";
import { pathPercent, type PathStep } from "./path-progress";

export { challengeLabel, challengeStanding, type ChallengeAttemptRow, type ChallengeStanding } from "./challenge-standing";

/**
 * Roster arithmetic, kept free of the database so it is unit-tested on its
 * own: lib/data/class-roster.ts and memberships.ts load the rows; this turns them into percentages,
 * pace, summaries, sort orders and CSV.
 *
 * Pace (docs/decisions, "Roster pace"): a learner is on track when the minutes
 * of the studies they have not finished fit into the time left before the due
 * date at STUDY_MINUTES_PER_WEEK, a part-time budget of four hours a week.
 */
export const STUDY_MINUTES_PER_WEEK = 240;
const WEEK_MS = 7 * 24 * 60 * 60 * 1000;

export type AssignedPath = {
  kind: "built-in" | "custom";
  /** The built-in path's slug or the custom path's id. */
  key: string;
  title: string;
  /** Built-in paths have a public page; custom paths are shown on the class page. */
  href: string | null;
  steps: PathStep[];
};
/** A lab challenge set with a path (lib/labs/challenges.ts), as the roster and the learner's pages show it. */
export type AssignedChallenge = {
  id: string;
  title: string;
  goal: string;
  /** What the score counts; lower is better. */
  scoreUnit: string;
  labTitle: string;
  /** The lab inside its study. */
  href: string;
};
export type ClassAssignment = { id: string; path: AssignedPath; dueAt: Date | null; challenge: AssignedChallenge | null };

export type AssignmentProgress = {
  completedSteps: number;
  totalSteps: number;
  percent: number;
  /** When the last step was completed, once every step is. */
  completedAt: Date | null;
  remainingMinutes: number;
  overdue: boolean;
  /** Null when the path is complete or has no due date. */
  pace: "on-track" | "behind" | null;
};

/** `emailVerified`: whether the learner confirmed the address (docs/decisions/016); instructors see it. */
export type RosterLearner = { userId: string; name: string; email: string; emailVerified: boolean; joinedAt: Date };
/** One learner; `progress[i]` and `challenges[i]` belong to `assignments[i]` (`challenges[i]` is null when it sets none). */
export type RosterRow = RosterLearner & { progress: AssignmentProgress[]; challenges: (ChallengeStanding | null)[] };
export type Completion = { userId: string; studyId: string; completedAt: Date | null };


export type AssignmentSummary = {
  assignmentId: string;
  learners: number;
  completed: number;
  /** Whole percent of learners who completed the path. */
  completionRate: number;
  averagePercent: number;
  behind: number;
  overdue: number;
  /** Learners whose attempts met the assignment's challenge; null when it sets none. */
  challengeMet: number | null;
};

export function assignmentProgress(
  steps: PathStep[],
  completedAt: ReadonlyMap<string, Date>,
  dueAt: Date | null,
  now: Date,
): AssignmentProgress {
  let completedSteps = 0;
  let remainingMinutes = 0;
  let last = 0;
  for (const step of steps) {
    const at = completedAt.get(step.id);
    if (at) {
      completedSteps += 1;
      last = Math.max(last, at.getTime());
    } else {
      remainingMinutes += step.minutes;
    }
  }
  const totalSteps = steps.length;
  const complete = totalSteps > 0 && completedSteps === totalSteps;
  const percent = pathPercent(completedSteps, totalSteps);
  const msLeft = dueAt ? dueAt.getTime() - now.getTime() : 0;
  const overdue = Boolean(dueAt) && !complete && msLeft < 0;
  const available = (Math.max(0, msLeft) / WEEK_MS) * STUDY_MINUTES_PER_WEEK;
  return {
    completedSteps,
    totalSteps,
    percent,
    completedAt: complete ? new Date(last) : null,
    remainingMinutes,
    overdue,
    pace: complete || !dueAt ? null : remainingMinutes <= available ? "on-track" : "behind",
  };
}

/** Every learner's progress on every assignment; completions of studies outside the assignments are ignored. */
/** Completion times by learner, then by study (rows without a time are not completions). */
export function completionsByUser(completions: Completion[]): Map<string, Map<string, Date>> {
  const byUser = new Map<string, Map<string, Date>>();
  for (const c of completions) {
    if (!c.completedAt) continue;
    let map = byUser.get(c.userId);
    if (!map) byUser.set(c.userId, (map = new Map()));
    map.set(c.studyId, c.completedAt);
  }
  return byUser;
}

export function buildRoster(
  assignments: ClassAssignment[],
  learners: RosterLearner[],
  completions: Completion[],
  now: Date,
  attempts: ChallengeAttemptRow[] = [],
): RosterRow[] {
  const byUser = completionsByUser(completions);
  const none = new Map<string, Date>();
  const attemptsOf = new Map<string, ChallengeAttemptRow[]>();
  for (const a of attempts) {
    const key = `${a.assignmentId} ${a.userId}`;
    attemptsOf.set(key, [...(attemptsOf.get(key) ?? []), a]);
  }
  return learners.map((learner) => ({
    ...learner,
    progress: assignments.map((a) => assignmentProgress(a.path.steps, byUser.get(learner.userId) ?? none, a.dueAt, now)),
    // Attempts at a challenge the assignment no longer sets are kept but not counted.
    challenges: assignments.map((a) =>
      a.challenge ? challengeStanding((attemptsOf.get(`${a.id} ${learner.userId}`) ?? []).filter((t) => t.challengeId === a.challenge!.id)) : null,
    ),
  }));
}

export function summarizeRoster(assignments: ClassAssignment[], rows: RosterRow[]): AssignmentSummary[] {
  return assignments.map((a, i) => {
    const cells = rows.map((r) => r.progress[i]!);
    const completed = cells.filter((c) => c.completedAt).length;
    const learners = cells.length;
    return {
      assignmentId: a.id,
      learners,
      completed,
      completionRate: learners === 0 ? 0 : Math.round((completed / learners) * 100),
      averagePercent: learners === 0 ? 0 : Math.round(cells.reduce((sum, c) => sum + c.percent, 0) / learners),
      behind: cells.filter((c) => c.pace === "behind").length,
      overdue: cells.filter((c) => c.overdue).length,
      challengeMet: a.challenge ? rows.filter((r) => r.challenges[i]?.best?.met).length : null,
    };
  });
}

const byName = (a: RosterRow, b: RosterRow) => a.name.localeCompare(b.name) || a.email.localeCompare(b.email);

/** Learners per roster page: a class of 200 is four pages, and one page's HTML stays small. */
export const ROSTER_PAGE_SIZE = 50;

export type RosterPage = {
  rows: RosterRow[];
  /** 1-based, after clamping to the pages that exist. */
  page: number;
  pages: number;
  /** 1-based positions of the first and last learner shown (0 and 0 for an empty roster). */
  first: number;
  last: number;
  total: number;
  /** True when the page asked for does not exist and the nearest one is shown instead. */
  clamped: boolean;
};

/** One page of an already sorted roster; a page past the end shows the last page. */
export function pageOfRoster(rows: RosterRow[], requested: number, size = ROSTER_PAGE_SIZE): RosterPage {
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const page = Math.min(Math.max(1, requested), pages);
  const start = (page - 1) * size;
  const shown = rows.slice(start, start + size);
  return {
    rows: shown,
    page,
    pages,
    first: shown.length ? start + 1 : 0,
    last: start + shown.length,
    total: rows.length,
    clamped: page !== requested,
  };
}

/** Sorts a copy; `applied` is false when the key names no assignment of this class (the name order is used). */
export function sortRoster(rows: RosterRow[], assignments: ClassAssignment[], sort: RosterSort): { rows: RosterRow[]; applied: boolean } {
  const sign = sort.dir === "desc" ? -1 : 1;
  let compare: (a: RosterRow, b: RosterRow) => number;
  let applied = true;
  if (sort.key === "name") compare = (a, b) => sign * byName(a, b);
  else if (sort.key === "email") compare = (a, b) => sign * a.email.localeCompare(b.email);
  else if (sort.key === "joined") compare = (a, b) => sign * (a.joinedAt.getTime() - b.joinedAt.getTime()) || byName(a, b);
  else {
    const index = assignments.findIndex((a) => `assignment:${a.id}` === sort.key);
    if (index < 0) {
      applied = false;
      compare = byName;
    } else {
      compare = (a, b) => sign * (a.progress[index]!.percent - b.progress[index]!.percent) || byName(a, b);
    }
  }
  return { rows: [...rows].sort(compare), applied };
}


export function paceLabel(p: AssignmentProgress): string {
  if (p.completedAt) return "Completed";
  if (p.overdue) return "Overdue";
  if (p.pace === "on-track") return "On track";
  if (p.pace === "behind") return "Behind";
  return "No due date";
}

/** A calendar day in UTC (due dates are stored as the end of a UTC day). */
export function isoDay(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** Cells starting like a formula are prefixed, so a spreadsheet shows a learner's name as text (OWASP CSV injection). */
function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The roster as CSV: the same learners, columns and values the roster page shows. */
export function rosterCsv(assignments: ClassAssignment[], rows: RosterRow[]): string {
  const header = ["Learner", "Email", "Joined"];
  for (const a of assignments) {
    const t = safeCell(a.path.title);
    header.push(`${t}: percent`, `${t}: completed on`, `${t}: due`, `${t}: overdue`, `${t}: status`);
    if (a.challenge) header.push(`${t}: challenge met`, `${t}: challenge best attempt`, `${t}: challenge attempts`);
  }
  const records = rows.map((r) => {
    const cells: (string | number)[] = [safeCell(r.name), safeCell(r.email), isoDay(r.joinedAt)];
    r.progress.forEach((p, i) => {
      cells.push(p.percent, isoDay(p.completedAt), isoDay(assignments[i]!.dueAt), p.overdue ? "yes" : "no", paceLabel(p));
      const standing = r.challenges[i];
      if (standing) cells.push(standing.best?.met ? "yes" : "no", standing.best ? safeCell(standing.best.detail) : "", standing.attempts);
    });
    return cells;
  });
  return stringify([header, ...records], { bom: true, record_delimiter: "\r\n" });
}
