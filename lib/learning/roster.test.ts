import { describe, expect, it } from "vitest";
import {
  assignmentProgress,
  buildRoster,
  challengeLabel,
  challengeStanding,
  pageOfRoster,
  ROSTER_PAGE_SIZE,
  rosterCsv,
  sortRoster,
  STUDY_MINUTES_PER_WEEK,
  summarizeRoster,
  type ClassAssignment,
  type RosterRow,
} from "./roster";
import type { PathStep } from "./path-progress";

const DAY = 24 * 60 * 60 * 1000;
const now = new Date("2026-11-28T12:00:00Z");
const step = (id: string, minutes: number): PathStep => ({ id, title: id, href: `/case-studies/${id}`, minutes });
const steps = [step("a/one", 60), step("a/two", 60), step("a/three", 60)];
const done = (...entries: [string, number][]) => new Map(entries.map(([id, daysAgo]) => [id, new Date(now.getTime() - daysAgo * DAY)]));

describe("assignment progress", () => {
  it("counts completed steps as a percent, never 100 before the last one", () => {
    const p = assignmentProgress(steps, done(["a/one", 2]), null, now);
    expect(p).toMatchObject({ completedSteps: 1, totalSteps: 3, percent: 33, completedAt: null, remainingMinutes: 120, overdue: false, pace: null });
    const many = Array.from({ length: 200 }, (_, i) => step(`b/${i}`, 10));
    const allButOne = done(...many.slice(1).map((s) => [s.id, 1] as [string, number]));
    expect(assignmentProgress(many, allButOne, null, now).percent).toBe(99);
  });

  it("is complete on the day of the last step", () => {
    const p = assignmentProgress(steps, done(["a/one", 5], ["a/two", 1], ["a/three", 3]), new Date(now.getTime() - DAY), now);
    expect(p.percent).toBe(100);
    expect(p.completedAt?.getTime()).toBe(now.getTime() - DAY);
    expect(p.overdue).toBe(false);
    expect(p.pace).toBeNull();
  });

  it("is on track when the minutes left fit the weekly budget before the due date", () => {
    // 120 minutes left; a week at 240 minutes a week leaves room.
    expect(assignmentProgress(steps, done(["a/one", 1]), new Date(now.getTime() + 7 * DAY), now).pace).toBe("on-track");
    // Three days give 240 * 3/7 = ~103 minutes: not enough for 120.
    expect(assignmentProgress(steps, done(["a/one", 1]), new Date(now.getTime() + 3 * DAY), now).pace).toBe("behind");
    expect(STUDY_MINUTES_PER_WEEK).toBe(240);
  });

  it("is overdue (and behind) once the due date passed unfinished", () => {
    const p = assignmentProgress(steps, done(), new Date(now.getTime() - 1), now);
    expect(p).toMatchObject({ overdue: true, pace: "behind", percent: 0 });
  });

  it("treats an empty path as nothing to do rather than dividing by zero", () => {
    expect(assignmentProgress([], done(), null, now)).toMatchObject({ percent: 0, completedAt: null, totalSteps: 0 });
  });
});

const assignments: ClassAssignment[] = [
  { id: "x", dueAt: new Date(now.getTime() + 14 * DAY), challenge: null, path: { kind: "built-in", key: "p", title: "Path P", href: "/paths/p", steps } },
  { id: "y", dueAt: null, challenge: null, path: { kind: "custom", key: "c1", title: "=HYPERLINK(\"evil\")", href: null, steps: [step("a/one", 60)] } },
];
const learners = [
  { userId: "u1", name: "Zoe", email: "zoe@example.test", emailVerified: true, joinedAt: new Date("2026-11-01T00:00:00Z") },
  { userId: "u2", name: "=cmd|' /C calc'!A0", email: "al@example.test", emailVerified: true, joinedAt: new Date("2026-11-02T00:00:00Z") },
  { userId: "u3", name: "Bea", email: "bea@example.test", emailVerified: true, joinedAt: new Date("2026-11-03T00:00:00Z") },
];
const completions = [
  { userId: "u1", studyId: "a/one", completedAt: new Date("2026-11-20T10:00:00Z") },
  { userId: "u1", studyId: "a/two", completedAt: new Date("2026-11-21T10:00:00Z") },
  { userId: "u1", studyId: "a/three", completedAt: new Date("2026-11-22T10:00:00Z") },
  { userId: "u3", studyId: "a/one", completedAt: new Date("2026-11-25T10:00:00Z") },
  { userId: "u3", studyId: "z/unrelated", completedAt: new Date("2026-11-25T10:00:00Z") },
];

describe("roster", () => {
  const rows = buildRoster(assignments, learners, completions, now);

  it("has one row per learner and one cell per assignment", () => {
    expect(rows.map((r) => r.progress.map((p) => p.percent))).toEqual([
      [100, 100],
      [0, 0],
      [33, 100],
    ]);
  });

  it("summarizes completion rate, average, behind and overdue per assignment", () => {
    expect(summarizeRoster(assignments, rows)).toEqual([
      { assignmentId: "x", learners: 3, completed: 1, completionRate: 33, averagePercent: 44, behind: 0, overdue: 0, challengeMet: null },
      { assignmentId: "y", learners: 3, completed: 2, completionRate: 67, averagePercent: 67, behind: 0, overdue: 0, challengeMet: null },
    ]);
    expect(summarizeRoster(assignments, [])[0]).toMatchObject({ completionRate: 0, averagePercent: 0 });
  });

  it("sorts by name, by join date and by an assignment's percent, both ways", () => {
    const names = (key: Parameters<typeof sortRoster>[2]) => sortRoster(rows, assignments, key).rows.map((r) => r.userId);
    expect(names({ key: "name", dir: "asc" })).toEqual(["u2", "u3", "u1"]);
    expect(names({ key: "joined", dir: "desc" })).toEqual(["u3", "u2", "u1"]);
    expect(names({ key: "assignment:x", dir: "desc" })).toEqual(["u1", "u3", "u2"]);
    expect(names({ key: "assignment:x", dir: "asc" })).toEqual(["u2", "u3", "u1"]);
    expect(sortRoster(rows, assignments, { key: "assignment:gone", dir: "asc" }).applied).toBe(false);
  });

  it("exports the same values as CSV, with formulas neutralised", () => {
    const csv = rosterCsv(assignments, rows);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(
      'Learner,Email,Joined,Path P: percent,Path P: completed on,Path P: due,Path P: overdue,Path P: status,"\'=HYPERLINK(""evil""): percent",' +
        '"\'=HYPERLINK(""evil""): completed on","\'=HYPERLINK(""evil""): due","\'=HYPERLINK(""evil""): overdue","\'=HYPERLINK(""evil""): status"',
    );
    expect(lines[1]).toBe("Zoe,zoe@example.test,2026-11-01,100,2026-11-22,2026-12-12,no,Completed,100,2026-11-20,,no,Completed");
    expect(lines[2]).toBe("'=cmd|' /C calc'!A0,al@example.test,2026-11-02,0,,2026-12-12,no,On track,0,,,no,No due date");
    expect(lines).toHaveLength(4);
  });
});

describe("lab challenges on the roster", () => {
  const ring = { id: "ring", title: "Balance a ring", goal: "Fewest tokens", scoreUnit: "tokens per node", labTitle: "Ring", href: "/s#lab-ring" };
  const withChallenge: ClassAssignment[] = [{ ...assignments[0]!, challenge: ring }, assignments[1]!];
  const at = (day: number) => new Date(Date.UTC(2026, 10, day));
  const attempt = (userId: string, met: boolean, score: number, day: number, challengeId = "ring") => ({
    assignmentId: "x",
    userId,
    challengeId,
    met,
    score,
    detail: `${score} tokens`,
    createdAt: at(day),
  });

  it("counts the lowest score that met the goal, the earlier on a tie, and ignores misses once one met", () => {
    const standing = challengeStanding([attempt("u1", true, 16, 1), attempt("u1", false, 4, 2), attempt("u1", true, 12, 3), attempt("u1", true, 12, 4)]);
    expect(standing).toEqual({ attempts: 4, best: attempt("u1", true, 12, 3) });
  });

  it("shows the latest miss while no attempt has met the goal, and nothing before any attempt", () => {
    expect(challengeStanding([attempt("u1", false, 4, 5), attempt("u1", false, 6, 2)]).best).toEqual(attempt("u1", false, 4, 5));
    expect(challengeStanding([])).toEqual({ attempts: 0, best: null });
  });

  it("gives each learner their own standing, skips attempts at a challenge the assignment no longer sets, and counts who met it", () => {
    const attempts = [attempt("u1", true, 12, 1), attempt("u3", false, 4, 2), attempt("u3", true, 2, 3, "old-challenge"), { ...attempt("u1", true, 1, 1), assignmentId: "y" }];
    const rows = buildRoster(withChallenge, learners, completions, now, attempts);
    expect(rows.map((r) => r.challenges.map((c) => (c ? challengeLabel(c) : null)))).toEqual([
      ["Met: 12 tokens", null],
      ["No attempt yet", null],
      ["Not met yet: 4 tokens", null],
    ]);
    expect(summarizeRoster(withChallenge, rows).map((s) => s.challengeMet)).toEqual([1, null]);
  });

  it("adds the challenge's columns to the CSV after its path's", () => {
    const rows = buildRoster(withChallenge, learners, completions, now, [attempt("u1", true, 12, 1), attempt("u1", false, 4, 2)]);
    const lines = rosterCsv(withChallenge, rows).slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toContain("Path P: status,Path P: challenge met,Path P: challenge best attempt,Path P: challenge attempts,");
    expect(lines[1]).toBe("Zoe,zoe@example.test,2026-11-01,100,2026-11-22,2026-12-12,no,Completed,yes,12 tokens,2,100,2026-11-20,,no,Completed");
    expect(lines[2]).toContain(",On track,no,,0,");
  });
});

describe("one percent rule", () => {
  it("the roster and the learner's own path progress give the same percent (2 of 3 is 66, not 67)", async () => {
    const { computePathProgress } = await import("./path-progress");
    const three = [step("c/one", 10), step("c/two", 10), step("c/three", 10)];
    const twoDone = done(["c/one", 1], ["c/two", 1]);
    const roster = assignmentProgress(three, twoDone, null, now).percent;
    const path = computePathProgress(three, (id) => (twoDone.has(id) ? "completed" : "not-started")).percent;
    expect([roster, path]).toEqual([66, 66]);
  });
});

describe("roster pages", () => {
  const learners = (n: number): RosterRow[] =>
    Array.from({ length: n }, (_, i) => ({ userId: `u${i}`, name: `Learner ${i}`, email: `l${i}@example.test`, emailVerified: true, joinedAt: now, progress: [], challenges: [] }));

  it("splits 200 learners into four pages of 50 and says which learners each shows", () => {
    const rows = learners(200);
    expect(ROSTER_PAGE_SIZE).toBe(50);
    const pages = [1, 2, 3, 4].map((n) => pageOfRoster(rows, n));
    expect(pages.map((p) => [p.first, p.last, p.rows.length])).toEqual([
      [1, 50, 50],
      [51, 100, 50],
      [101, 150, 50],
      [151, 200, 50],
    ]);
    expect(pages.flatMap((p) => p.rows)).toEqual(rows);
    expect(pages.every((p) => p.pages === 4 && p.total === 200 && !p.clamped)).toBe(true);
  });

  it("shows a short last page, and the last page for a page past the end", () => {
    const rows = learners(55);
    expect(pageOfRoster(rows, 2)).toMatchObject({ page: 2, pages: 2, first: 51, last: 55, clamped: false });
    expect(pageOfRoster(rows, 9)).toMatchObject({ page: 2, first: 51, last: 55, clamped: true });
    expect(pageOfRoster(rows, 0)).toMatchObject({ page: 1, first: 1, last: 50, clamped: true });
  });

  it("an empty roster is one empty page", () => {
    expect(pageOfRoster([], 1)).toMatchObject({ rows: [], page: 1, pages: 1, first: 0, last: 0, total: 0, clamped: false });
  });
});
