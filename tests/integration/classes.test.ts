import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignPath, setAssignmentDue, unassign } from "@/lib/data/assignments";
import { listClassRoster } from "@/lib/data/class-roster";
import { addCoInstructor, createClass, deleteClass, listTaughtClasses, removeInstructor, removeMember, rotateJoinCode, setJoinEnabled } from "@/lib/data/classes";
import { joinClass, leaveClass, listMyClasses, previewJoin } from "@/lib/data/memberships";
import { createCustomPath, deleteCustomPath, getOwnCustomPath, listOwnCustomPaths, updateCustomPath } from "@/lib/data/custom-paths";
import { setStudyCompleted } from "@/lib/data/progress";
import { getCatalog } from "@/lib/content/catalog";
import { JOIN_CODE_ALPHABET } from "@/lib/validation/classes";
import { createViewer } from "./factories";

const FOUNDATION = "foundation-track";
const DAY = 24 * 60 * 60 * 1000;

async function classWithCode(name = "Distributed Systems 101") {
  const instructor = await createViewer(["learner", "instructor"], "Ian Instructor");
  const { id } = await createClass(instructor, name);
  const { joinCode } = await db.class.findUniqueOrThrow({ where: { id }, select: { joinCode: true } });
  return { instructor, classId: id, code: joinCode };
}

describe("creating classes", () => {
  it("an instructor creates a class with an 8-character code and teaches it", async () => {
    const { instructor, classId, code } = await classWithCode();
    expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{8}$`));
    const classes = await listTaughtClasses(instructor);
    expect(classes).toEqual([expect.objectContaining({ id: classId, name: "Distributed Systems 101", learners: 0, assignments: 0, joinEnabled: true })]);
  });

  it("a learner cannot create a class (403) and nothing is written", async () => {
    const learner = await createViewer(["learner"]);
    await expect(createClass(learner, "Mine")).rejects.toMatchObject({ status: 403 });
    expect(await db.class.count({ where: { createdById: learner.id } })).toBe(0);
  });

  it("rotating replaces the code at once; the old one stops working", async () => {
    const { instructor, classId, code } = await classWithCode();
    const next = await rotateJoinCode(instructor, classId);
    expect(next).not.toBe(code);
    const learner = await createViewer();
    await expect(joinClass(learner, code)).rejects.toMatchObject({ status: 404 });
    await joinClass(learner, next);
    expect(await db.classMembership.count({ where: { classId } })).toBe(1);
  });

  it("a disabled code refuses with a clear message, and works again once enabled", async () => {
    const { instructor, classId, code } = await classWithCode();
    await setJoinEnabled(instructor, classId, false);
    const learner = await createViewer();
    await expect(joinClass(learner, code)).rejects.toMatchObject({ status: 403, message: expect.stringMatching(/not taking new members/) });
    await setJoinEnabled(instructor, classId, true);
    await expect(joinClass(learner, code)).resolves.toMatchObject({ classId });
  });

  it("a wrong code is a 404 that names no class", async () => {
    const learner = await createViewer();
    await expect(joinClass(learner, "ZZZZZZZZ")).rejects.toMatchObject({ status: 404, message: "No class uses that code. Check it with your instructor." });
  });

  it("an instructor cannot join their own class as a learner", async () => {
    const { instructor, code } = await classWithCode();
    await expect(joinClass(instructor, code)).rejects.toMatchObject({ status: 409 });
  });

  it("joining twice, even in parallel, leaves one membership", async () => {
    const { classId, code } = await classWithCode();
    const learner = await createViewer();
    const results = await Promise.allSettled(Array.from({ length: 20 }, () => joinClass(learner, code)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    expect(await db.classMembership.count({ where: { classId, userId: learner.id } })).toBe(1);
  });

  it("deleting a class removes memberships and assignments but not the learners' progress", async () => {
    const { instructor, classId, code } = await classWithCode();
    const learner = await createViewer();
    await joinClass(learner, code);
    await assignPath(instructor, classId, { kind: "built-in", slug: FOUNDATION }, null);
    await setStudyCompleted(learner, "infrastructure/url-shortener", true);
    await deleteClass(instructor, classId);
    expect(await db.classMembership.count({ where: { classId } })).toBe(0);
    expect(await db.assignment.count({ where: { classId } })).toBe(0);
    expect(await db.studyProgress.count({ where: { userId: learner.id } })).toBe(1);
  });
});

describe("co-instructors", () => {
  it("are added by email when they hold the instructor role, and see the roster", async () => {
    const { instructor, classId } = await classWithCode();
    const co = await createViewer(["learner", "instructor"], "Cora Co");
    const learner = await createViewer(["learner"]);
    await expect(addCoInstructor(instructor, classId, learner.email)).rejects.toMatchObject({ status: 422 });
    await expect(addCoInstructor(instructor, classId, "nobody@example.test")).rejects.toMatchObject({ status: 422 });
    expect(await listClassRoster(co, classId)).toBeNull();
    await addCoInstructor(instructor, classId, co.email);
    await addCoInstructor(instructor, classId, co.email);
    expect((await listClassRoster(co, classId))?.instructors.map((i) => i.name)).toEqual(["Ian Instructor", "Cora Co"]);
  });

  it("the last instructor cannot be removed, even by two instructors removing each other at once", async () => {
    const { instructor, classId } = await classWithCode();
    await expect(removeInstructor(instructor, classId, instructor.id)).rejects.toMatchObject({ status: 409 });
    const co = await createViewer(["learner", "instructor"]);
    await addCoInstructor(instructor, classId, co.email);
    const results = await Promise.allSettled([removeInstructor(instructor, classId, co.id), removeInstructor(co, classId, instructor.id)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(await db.classInstructor.count({ where: { classId } })).toBe(1);
  });
});

describe("assignments", () => {
  it("assigns a built-in path with a due date, edits the date and unassigns it", async () => {
    const { instructor, classId } = await classWithCode();
    const due = new Date(Date.now() + 10 * DAY);
    await assignPath(instructor, classId, { kind: "built-in", slug: FOUNDATION }, due);
    const [assignment] = (await listClassRoster(instructor, classId))!.assignments;
    expect(assignment).toMatchObject({ dueAt: due, path: { kind: "built-in", key: FOUNDATION, title: "Foundation Track", href: "/paths/foundation-track" } });
    await setAssignmentDue(instructor, assignment!.id, null);
    expect((await listClassRoster(instructor, classId))!.assignments[0]!.dueAt).toBeNull();
    await unassign(instructor, assignment!.id);
    expect((await listClassRoster(instructor, classId))!.assignments).toEqual([]);
  });

  it("refuses the same path twice (409), an unknown path (404) and someone else's custom path (404)", async () => {
    const { instructor, classId } = await classWithCode();
    await assignPath(instructor, classId, { kind: "built-in", slug: FOUNDATION }, null);
    await expect(assignPath(instructor, classId, { kind: "built-in", slug: FOUNDATION }, null)).rejects.toMatchObject({ status: 409 });
    await expect(assignPath(instructor, classId, { kind: "built-in", slug: "no-such-path" }, null)).rejects.toMatchObject({ status: 404 });
    const other = await createViewer(["learner", "instructor"]);
    const { id: theirs } = await createCustomPath(other, { title: "Theirs", description: "", steps: ["databases/etcd"] });
    await expect(assignPath(instructor, classId, { kind: "custom", id: theirs }, null)).rejects.toMatchObject({ status: 404 });
    expect(await db.assignment.count({ where: { classId } })).toBe(1);
  });

  it("learners see their assignments with due dates and progress, class by class", async () => {
    const a = await classWithCode("Alpha");
    const b = await classWithCode("Beta");
    const learner = await createViewer(["learner"], "Lena");
    await joinClass(learner, a.code);
    await joinClass(learner, b.code);
    const soon = new Date(Date.now() + 3 * DAY);
    await assignPath(a.instructor, a.classId, { kind: "built-in", slug: FOUNDATION }, null);
    await assignPath(b.instructor, b.classId, { kind: "built-in", slug: "databases" }, soon);
    await setStudyCompleted(learner, "infrastructure/url-shortener", true);
    const classes = await listMyClasses(learner);
    const assignments = classes.flatMap((c) => c.assignments).sort((x, y) => x.className.localeCompare(y.className));
    expect(assignments.map((x) => [x.className, x.path.key, x.dueAt, x.progress.percent])).toEqual([
      ["Alpha", FOUNDATION, null, 33],
      ["Beta", "databases", soon, 0],
    ]);
    expect(classes.map((c) => c.name).sort()).toEqual(["Alpha", "Beta"]);
  });
});

describe("custom paths", () => {
  it("an instructor builds, reorders and assigns a path; the roster follows the new steps", async () => {
    const { instructor, classId, code } = await classWithCode();
    const { id } = await createCustomPath(instructor, { title: "Storage week", description: "Two classics", steps: ["databases/etcd", "databases/key-value-store"] });
    expect(await getOwnCustomPath(instructor, id)).toEqual({ id, title: "Storage week", description: "Two classics", steps: ["databases/etcd", "databases/key-value-store"] });
    const learner = await createViewer();
    await joinClass(learner, code);
    await assignPath(instructor, classId, { kind: "custom", id }, null);
    await setStudyCompleted(learner, "databases/etcd", true);
    expect((await listClassRoster(instructor, classId))!.rows[0]!.progress[0]!.percent).toBe(50);
    await updateCustomPath(instructor, id, { title: "Storage week", description: "", steps: ["databases/key-value-store", "databases/etcd", "databases/cassandra"] });
    expect((await getOwnCustomPath(instructor, id))!.steps).toEqual(["databases/key-value-store", "databases/etcd", "databases/cassandra"]);
    expect((await listClassRoster(instructor, classId))!.rows[0]!.progress[0]!.percent).toBe(33);
    expect((await listMyClasses(learner))[0]!.assignments[0]!.path).toMatchObject({ kind: "custom", title: "Storage week", href: null });
  });

  it("another instructor can neither read, change nor delete it (404), and unknown studies are refused (422)", async () => {
    const owner = await createViewer(["learner", "instructor"]);
    const other = await createViewer(["learner", "instructor"]);
    const { id } = await createCustomPath(owner, { title: "Mine", description: "", steps: ["databases/etcd"] });
    expect(await getOwnCustomPath(other, id)).toBeNull();
    await expect(updateCustomPath(other, id, { title: "Taken", description: "", steps: ["databases/etcd"] })).rejects.toMatchObject({ status: 404 });
    await expect(deleteCustomPath(other, id)).rejects.toMatchObject({ status: 404 });
    await expect(createCustomPath(owner, { title: "Bad", description: "", steps: ["databases/nope"] })).rejects.toMatchObject({ status: 422 });
    expect((await getOwnCustomPath(owner, id))!.title).toBe("Mine");
    expect(await listOwnCustomPaths(other)).toEqual([]);
  });

  it("deleting a path unassigns it everywhere", async () => {
    const { instructor, classId } = await classWithCode();
    const { id } = await createCustomPath(instructor, { title: "Short", description: "", steps: ["databases/etcd"] });
    await assignPath(instructor, classId, { kind: "custom", id }, null);
    await deleteCustomPath(instructor, id);
    expect(await db.assignment.count({ where: { classId } })).toBe(0);
  });
});

describe("roster and privacy", () => {
  it("shows percent, completion date, overdue and pace per learner and assignment", async () => {
    const { instructor, classId, code } = await classWithCode();
    const done = await createViewer(["learner"], "Ada Done");
    const idle = await createViewer(["learner"], "Ben Idle");
    await joinClass(done, code);
    await joinClass(idle, code);
    await assignPath(instructor, classId, { kind: "built-in", slug: FOUNDATION }, new Date(Date.now() + 2 * DAY));
    for (const step of getCatalog().pathBySlug.get(FOUNDATION)!.steps) await setStudyCompleted(done, step, true);
    const roster = (await listClassRoster(instructor, classId))!;
    expect(roster.rows.map((r) => [r.name, r.progress[0]!.percent, Boolean(r.progress[0]!.completedAt), r.progress[0]!.pace])).toEqual([
      ["Ada Done", 100, true, null],
      ["Ben Idle", 0, false, "behind"],
    ]);
    expect(roster.summaries[0]).toMatchObject({ completed: 1, learners: 2, completionRate: 50, behind: 1 });
    const later = (await listClassRoster(instructor, classId, new Date(Date.now() + 3 * DAY)))!;
    expect(later.rows[1]!.progress[0]!.overdue).toBe(true);
    expect(later.rows[0]!.progress[0]!.overdue).toBe(false);
  });

  it("holds progress on assigned paths only: no bookmarks, notes or other studies", async () => {
    const { instructor, classId, code } = await classWithCode();
    const learner = await createViewer();
    await joinClass(learner, code);
    await assignPath(instructor, classId, { kind: "built-in", slug: FOUNDATION }, null);
    await setStudyCompleted(learner, "databases/etcd", true);
    await db.bookmark.create({ data: { userId: learner.id, studyId: "databases/etcd", note: "private thoughts" } });
    // A lab run of one's own is private too: only attempts at the class's own challenges reach its roster.
    await db.labRun.create({ data: { userId: learner.id, labId: "consistent-hashing-ring", params: { tokensPerNode: 4321 }, seed: 1, predicted: 98765 } });
    const roster = (await listClassRoster(instructor, classId))!;
    const text = JSON.stringify(roster);
    expect(text).not.toContain("databases/etcd");
    expect(text).not.toContain("private thoughts");
    expect(text).not.toContain("98765");
    expect(text).not.toContain("4321");
    expect(Object.keys(roster.rows[0]!).sort()).toEqual(["challenges", "email", "emailVerified", "joinedAt", "name", "progress", "userId"]);
    expect(roster.rows[0]!.challenges).toEqual([null]);
  });

  it("another instructor, a learner in the class and an outsider get null (a 404 for pages)", async () => {
    const { classId, code } = await classWithCode();
    const member = await createViewer();
    await joinClass(member, code);
    const other = await createViewer(["learner", "instructor"]);
    const admin = await createViewer(["learner", "admin"]);
    for (const viewer of [member, other, admin, await createViewer()]) expect(await listClassRoster(viewer, classId)).toBeNull();
  });

  it("a learner who leaves disappears from the roster; leaving a class one is not in is a 404", async () => {
    const { instructor, classId, code } = await classWithCode();
    const learner = await createViewer();
    await joinClass(learner, code);
    await leaveClass(learner, classId);
    expect((await listClassRoster(instructor, classId))!.rows).toEqual([]);
    await expect(leaveClass(learner, classId)).rejects.toMatchObject({ status: 404 });
  });

  it("an instructor removes a learner from their class, but not from someone else's", async () => {
    const a = await classWithCode();
    const b = await classWithCode();
    const learner = await createViewer();
    await joinClass(learner, a.code);
    await joinClass(learner, b.code);
    await expect(removeMember(a.instructor, b.classId, learner.id)).rejects.toMatchObject({ status: 404 });
    await removeMember(a.instructor, a.classId, learner.id);
    expect(await db.classMembership.findMany({ where: { userId: learner.id }, select: { classId: true } })).toEqual([{ classId: b.classId }]);
  });

  it("the join preview shows the learner exactly the row the instructor will see", async () => {
    const { instructor, classId, code } = await classWithCode();
    await assignPath(instructor, classId, { kind: "built-in", slug: FOUNDATION }, null);
    const learner = await createViewer(["learner"], "Pia Preview");
    await setStudyCompleted(learner, "infrastructure/url-shortener", true);
    const now = new Date();
    const preview = await previewJoin(learner, code, now);
    expect(preview).toMatchObject({ id: classId, instructors: ["Ian Instructor"], alreadyMember: false });
    await joinClass(learner, code);
    const seen = (await listClassRoster(instructor, classId, now))!.rows[0]!;
    expect({ ...preview.row, joinedAt: null }).toEqual({ ...seen, joinedAt: null });
    const mine = (await listMyClasses(learner, now))[0]!;
    expect(mine.row).toEqual(seen);
  });
});
