import crypto from "node:crypto";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { assignPath } from "@/lib/data/assignments";
import { listClassRoster } from "@/lib/data/class-roster";
import { createClass } from "@/lib/data/classes";
import { listMyClasses } from "@/lib/data/memberships";
import { createCustomPath, listOwnCustomPaths } from "@/lib/data/custom-paths";
import { getCatalog } from "@/lib/content/catalog";
import type { Viewer } from "@/lib/data/viewer";
import { createViewer } from "./factories";

/** Counts the SQL statements sent to Postgres while `fn` runs (every Prisma query goes through pg's Client#query). */
async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const spy = vi.spyOn(pg.Client.prototype, "query");
  try {
    const result = await fn();
    return { result, queries: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}

/** Adds `n` learners to the class, each with some completed steps of the assigned paths. */
async function addLearners(classId: string, n: number, studies: string[]) {
  const users = Array.from({ length: n }, (_, i) => ({
    id: crypto.randomUUID(),
    email: `roster-${crypto.randomBytes(5).toString("hex")}@example.test`,
    name: `Learner ${String(i).padStart(3, "0")}`,
    passwordHash: "not-a-hash",
  }));
  await db.user.createMany({ data: users });
  await db.classMembership.createMany({ data: users.map((u) => ({ classId, userId: u.id })) });
  await db.studyProgress.createMany({
    data: users.flatMap((u, i) =>
      studies.slice(0, i % (studies.length + 1)).map((studyId) => ({ userId: u.id, studyId, status: "COMPLETED" as const, completedAt: new Date() })),
    ),
  });
}

async function classOfFiveAssignments(instructor: Viewer) {
  const { id: classId } = await createClass(instructor, "Big class");
  const catalog = getCatalog();
  for (const slug of ["foundation-track", "databases", "infrastructure", "messaging-streaming"]) {
    await assignPath(instructor, classId, { kind: "built-in", slug }, new Date(Date.now() + 30 * 24 * 60 * 60 * 1000));
  }
  const { id: pathId } = await createCustomPath(instructor, {
    title: "Extra reading",
    description: "",
    steps: catalog.studies.slice(0, 6).map((s) => s.id),
  });
  await assignPath(instructor, classId, { kind: "custom", id: pathId }, null);
  const roster = (await listClassRoster(instructor, classId))!;
  const studies = [...new Set(roster.assignments.flatMap((a) => a.path.steps.map((s) => s.id)))];
  return { classId, studies };
}

describe("roster queries", () => {
  it("the roster of 10 and of 200 learners x 5 assignments takes the same, small number of queries", async () => {
    const instructor = await createViewer(["learner", "instructor"]);
    const { classId, studies } = await classOfFiveAssignments(instructor);
    await addLearners(classId, 10, studies);
    const small = await countQueries(() => listClassRoster(instructor, classId));
    await addLearners(classId, 190, studies);
    const large = await countQueries(() => listClassRoster(instructor, classId));
    const page = await countQueries(() => Promise.all([listClassRoster(instructor, classId), listOwnCustomPaths(instructor)]));

    expect(small.result!.rows).toHaveLength(10);
    expect(large.result!.rows).toHaveLength(200);
    expect(large.result!.assignments).toHaveLength(5);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeLessThanOrEqual(10);
    console.log(`roster queries: ${small.queries} for 10 learners, ${large.queries} for 200 learners x 5 assignments; page data ${page.queries}`);
    // Progress is counted right: learner i completed the first (i mod (studies + 1)) studies.
    const completions = await db.studyProgress.count({ where: { user: { memberships: { some: { classId } } } } });
    const cells = large.result!.rows.reduce((sum, r) => sum + r.progress.reduce((s, p) => s + p.completedSteps, 0), 0);
    expect(completions).toBeGreaterThan(0);
    expect(cells).toBeGreaterThanOrEqual(completions);
  }, 120_000);

  it("lab challenges add one query, whatever the number of learners and attempts", async () => {
    const instructor = await createViewer(["learner", "instructor"]);
    const { classId, studies } = await classOfFiveAssignments(instructor);
    const plain = await countQueries(() => listClassRoster(instructor, classId));
    const assignments = await db.assignment.findMany({ where: { classId }, select: { id: true }, orderBy: { createdAt: "asc" } });
    await db.assignment.update({ where: { id: assignments[0]!.id }, data: { challengeId: "ring-balance-10-nodes" } });
    await db.assignment.update({ where: { id: assignments[1]!.id }, data: { challengeId: "quorum-no-stale-reads" } });
    const attempt = (assignmentId: string, challengeId: string, userId: string, score: number) => ({
      assignmentId,
      challengeId,
      userId,
      params: {},
      seed: 1,
      met: score >= 300,
      score,
      detail: `${score} tokens per node`,
    });
    const addAttempts = async () => {
      const members = await db.classMembership.findMany({ where: { classId }, select: { userId: true } });
      const done = new Set((await db.challengeAttempt.findMany({ where: { assignment: { classId } }, select: { userId: true } })).map((a) => a.userId));
      const fresh = members.filter((m) => !done.has(m.userId));
      await db.challengeAttempt.createMany({
        data: fresh.flatMap((m, i) => [100, 300 + i, 500].map((score) => attempt(assignments[0]!.id, "ring-balance-10-nodes", m.userId, score))),
      });
    };
    await addLearners(classId, 10, studies);
    await addAttempts();
    const small = await countQueries(() => listClassRoster(instructor, classId));
    await addLearners(classId, 190, studies);
    await addAttempts();
    const large = await countQueries(() => listClassRoster(instructor, classId));

    expect(plain.queries).toBeGreaterThan(0);
    expect(small.queries).toBe(plain.queries + 1);
    expect(large.queries).toBe(small.queries);
    const rows = large.result!.rows;
    expect(rows).toHaveLength(200);
    // Three attempts each at the ring challenge, the lowest passing score counting; none at the quorum one.
    expect(rows.every((r) => r.challenges[0]?.attempts === 3 && r.challenges[0].best!.met && r.challenges[0].best!.score < 500)).toBe(true);
    expect(rows.every((r) => r.challenges[1]?.attempts === 0 && r.challenges[1].best === null)).toBe(true);
    expect(large.result!.summaries.map((x) => x.challengeMet)).toEqual([200, 0, null, null, null]);
    console.log(`roster queries with two lab challenges: ${small.queries} for 10 learners, ${large.queries} for 200 (${plain.queries} without)`);
  }, 120_000);

  it("a learner's classes take the same number of queries for 1 class or 5", async () => {
    const learner = await createViewer();
    const instructor = await createViewer(["learner", "instructor"]);
    const join = async () => {
      const { id } = await createClass(instructor, "Class");
      await assignPath(instructor, id, { kind: "built-in", slug: "foundation-track" }, null);
      await db.classMembership.create({ data: { classId: id, userId: learner.id } });
    };
    await join();
    const one = await countQueries(() => listMyClasses(learner));
    for (let i = 0; i < 4; i++) await join();
    const five = await countQueries(() => listMyClasses(learner));
    expect(one.result).toHaveLength(1);
    expect(five.result).toHaveLength(5);
    expect(five.queries).toBe(one.queries);
  });
});
