import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { assignPath, setAssignmentChallenge } from "@/lib/data/assignments";
import { listLabChallenges, submitChallengeAttempt } from "@/lib/data/challenge-attempts";
import { listClassRoster } from "@/lib/data/class-roster";
import { createClass } from "@/lib/data/classes";
import { exportMyData } from "@/lib/data/export";
import { getMyClass, leaveClass } from "@/lib/data/memberships";
import type { Viewer } from "@/lib/data/viewer";
import { findLab } from "@/lib/labs";
import { rosterCsv } from "@/lib/learning/roster";
import { createViewer } from "./factories";

const session = vi.hoisted(() => ({ viewer: null as import("@/lib/data/viewer").Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
const { submitChallengeAttemptAction, labChallengesAction } = await import("@/app/case-studies/actions");

const RING = "ring-balance-10-nodes";
const RING_LAB = "consistent-hashing-ring";
const ring = (tokensPerNode: number) => ({ ...(findLab(RING_LAB)!.defaults as object), tokensPerNode });

/** A class with one learner and a built-in path assigned with the ring challenge. */
async function classWithChallenge(challengeId: string | null = RING) {
  const instructor = await createViewer(["learner", "instructor"], "Ines Instructor");
  const learner = await createViewer(["learner"], "Lea Learner");
  const { id: classId } = await createClass(instructor, "Distributed systems, spring");
  await assignPath(instructor, classId, { kind: "built-in", slug: "foundation-track" }, null, challengeId);
  await db.classMembership.create({ data: { classId, userId: learner.id } });
  const { id: assignmentId } = await db.assignment.findFirstOrThrow({ where: { classId }, select: { id: true } });
  return { instructor, learner, classId, assignmentId };
}

const attemptsOf = (viewer: Viewer) => db.challengeAttempt.count({ where: { userId: viewer.id } });

describe("lab challenges on assignments", () => {
  it("a learner sees their class's challenge in its lab only; other learners and other labs see none", async () => {
    const { learner, assignmentId } = await classWithChallenge();
    const outsider = await createViewer();
    const [mine] = await listLabChallenges(learner, RING_LAB);
    expect(mine).toMatchObject({
      assignmentId,
      className: "Distributed systems, spring",
      challengeId: RING,
      fixed: { nodes: 10, keys: 100_000 },
      seed: 1,
      standing: { attempts: 0, best: null },
    });
    expect(mine!.pathTitle).not.toBe("");
    expect(await listLabChallenges(learner, "quorum-stale-reads")).toEqual([]);
    expect(await listLabChallenges(outsider, RING_LAB)).toEqual([]);
  });

  it("decides an attempt by running the lab again: a miss, then a pass; the roster shows the best verified attempt", async () => {
    const { instructor, learner, classId, assignmentId } = await classWithChallenge();
    const miss = await submitChallengeAttempt(learner, { assignmentId, params: ring(100), seed: 1 });
    expect(miss.outcome).toEqual({ met: false, score: 100, detail: "100 tokens per node: busiest node 1.168x the mean" });
    // Whatever the browser adds to its parameters ("met", a score) is not a parameter of the lab, and is dropped.
    const pass = await submitChallengeAttempt(learner, { assignmentId, params: { ...ring(500), met: true, score: 1 }, seed: 1 });
    expect(pass.outcome).toEqual({ met: true, score: 500, detail: "500 tokens per node: busiest node 1.051x the mean" });
    await submitChallengeAttempt(learner, { assignmentId, params: ring(700), seed: 1 });
    expect(pass.standing).toMatchObject({ attempts: 2, best: { met: true, score: 500 } });

    const stored = await db.challengeAttempt.findMany({ where: { userId: learner.id }, orderBy: { createdAt: "asc" } });
    expect(stored.map((a) => [a.met, a.score, a.seed])).toEqual([
      [false, 100, 1],
      [true, 500, 1],
      [true, 700, 1],
    ]);
    expect(stored[1]!.params).toEqual({ nodes: 10, tokensPerNode: 500, keys: 100_000 });

    const roster = (await listClassRoster(instructor, classId))!;
    expect(roster.assignments[0]!.challenge).toMatchObject({ id: RING, href: expect.stringMatching(/^\/case-studies\/.+#lab-consistent-hashing-ring$/) });
    expect(roster.rows[0]!.challenges[0]).toMatchObject({ attempts: 3, best: { met: true, score: 500, detail: "500 tokens per node: busiest node 1.051x the mean" } });
    expect(roster.summaries[0]!.challengeMet).toBe(1);
    const csv = rosterCsv(roster.assignments, roster.rows);
    expect(csv).toContain("challenge met");
    expect(csv).toContain(",yes,500 tokens per node: busiest node 1.051x the mean,3");

    // The learner's own class page shows the same standing.
    const mine = (await getMyClass(learner, classId))!;
    expect(mine.assignments[0]!.standing).toEqual(roster.rows[0]!.challenges[0]);
    // And the data export carries the attempts, with their class.
    const exported = await exportMyData(learner);
    expect(exported.challengeAttempts).toHaveLength(3);
    expect(exported.challengeAttempts[1]).toMatchObject({ challengeId: RING, met: true, score: 500, class: { id: classId } });
  });

  it("refuses attempts that change what the challenge fixes, run another seed, or the lab refuses, and keeps none of them", async () => {
    const { learner, assignmentId } = await classWithChallenge();
    await expect(submitChallengeAttempt(learner, { assignmentId, params: { ...ring(500), nodes: 4 }, seed: 1 })).rejects.toMatchObject({
      status: 422,
      message: "This challenge sets nodes to 10.",
    });
    await expect(submitChallengeAttempt(learner, { assignmentId, params: ring(256), seed: 7 })).rejects.toMatchObject({ status: 422, message: "This challenge runs seed 1." });
    await expect(submitChallengeAttempt(learner, { assignmentId, params: ring(0), seed: 1 })).rejects.toMatchObject({ status: 422 });
    expect(await attemptsOf(learner)).toBe(0);
  });

  it("only members submit, only to assignments that set a challenge; the instructor and other learners get a 404", async () => {
    const { instructor, learner, classId, assignmentId } = await classWithChallenge();
    const outsider = await createViewer();
    const plain = await classWithChallenge(null);
    for (const viewer of [outsider, instructor]) {
      await expect(submitChallengeAttempt(viewer, { assignmentId, params: ring(500), seed: 1 })).rejects.toMatchObject({ status: 404 });
    }
    await expect(submitChallengeAttempt(plain.learner, { assignmentId: plain.assignmentId, params: ring(500), seed: 1 })).rejects.toMatchObject({ status: 404 });
    // A learner who left the class cannot submit to it any more.
    await leaveClass(learner, classId);
    await expect(submitChallengeAttempt(learner, { assignmentId, params: ring(500), seed: 1 })).rejects.toMatchObject({ status: 404 });
    expect(await db.challengeAttempt.count({ where: { assignmentId: { in: [assignmentId, plain.assignmentId] } } })).toBe(0);
  });

  it("changing an assignment's challenge keeps earlier attempts out of the roster; only its instructors change it", async () => {
    const { instructor, learner, classId, assignmentId } = await classWithChallenge();
    await submitChallengeAttempt(learner, { assignmentId, params: ring(500), seed: 1 });
    const other = await createViewer(["learner", "instructor"]);
    await expect(setAssignmentChallenge(other, assignmentId, null)).rejects.toMatchObject({ status: 404 });
    await expect(setAssignmentChallenge(learner, assignmentId, null)).rejects.toMatchObject({ status: 404 });
    await expect(setAssignmentChallenge(instructor, assignmentId, "not-a-challenge")).rejects.toMatchObject({ status: 422 });

    await setAssignmentChallenge(instructor, assignmentId, "quorum-no-stale-reads");
    const roster = (await listClassRoster(instructor, classId))!;
    expect(roster.assignments[0]!.challenge?.id).toBe("quorum-no-stale-reads");
    expect(roster.rows[0]!.challenges[0]).toEqual({ attempts: 0, best: null });
    expect(await listLabChallenges(learner, RING_LAB)).toEqual([]);

    await setAssignmentChallenge(instructor, assignmentId, null);
    const cleared = (await listClassRoster(instructor, classId))!;
    expect(cleared.assignments[0]!.challenge).toBeNull();
    expect(cleared.rows[0]!.challenges).toEqual([null]);
    expect(cleared.summaries[0]!.challengeMet).toBeNull();
  });

  it("the server actions validate their input and answer signed-out visitors with a 401", async () => {
    const { learner, assignmentId } = await classWithChallenge();
    session.viewer = null;
    expect(await submitChallengeAttemptAction({ assignmentId, params: ring(500), seed: 1 })).toMatchObject({ ok: false, status: 401 });
    expect(await labChallengesAction(RING_LAB)).toMatchObject({ ok: false, status: 401 });
    session.viewer = learner;
    expect(await submitChallengeAttemptAction({ assignmentId, params: "500 tokens", seed: 1 })).toMatchObject({ ok: false, status: 400 });
    expect(await submitChallengeAttemptAction({ assignmentId, params: ring(500), seed: "one" })).toMatchObject({ ok: false, status: 400, message: "The seed must be a number." });
    expect(await submitChallengeAttemptAction({ assignmentId, params: ring(500), seed: 1 })).toMatchObject({ ok: true, data: { outcome: { met: true } } });
    expect(await labChallengesAction(RING_LAB)).toMatchObject({ ok: true, data: [{ standing: { attempts: 1 } }] });
    session.viewer = null;
  });
});
