/**
 * The authorization matrix for classes: every page, route handler and server
 * action of the feature, for each kind of visitor, on their own object and on
 * someone else's, with the exact expected outcome. The surfaces are called as
 * Next calls them; only the session lookup is replaced (the viewer is chosen
 * per row), so the checks under test are the real ones in the data layer.
 *
 * The world: class A is taught by "the class's instructor" and has "the
 * learner in class" as a member; class B is taught by "another instructor"
 * (for them, B is their own object and A someone else's). Each instructor owns
 * one custom path and each class has an assignment.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { Viewer } from "@/lib/data/viewer";
import { assignPath } from "@/lib/data/assignments";
import { createClass } from "@/lib/data/classes";
import { createCustomPath } from "@/lib/data/custom-paths";
import type { FormState } from "@/lib/validation/form";
import { createViewer } from "./factories";

const session = vi.hoisted(() => ({ viewer: null as import("@/lib/data/viewer").Viewer | null }));
vi.mock("@/lib/auth/session", async () => {
  const { redirect } = await import("next/navigation");
  return {
    getViewer: async () => session.viewer,
    requireViewer: async (path: string) => session.viewer ?? redirect(`/signin?next=${encodeURIComponent(path)}`),
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "test.local" }) }));

const instructorPage = (await import("@/app/instructor/page")).default;
const classPage = (await import("@/app/instructor/classes/[id]/page")).default;
const rosterCsv = (await import("@/app/instructor/classes/[id]/roster.csv/route")).GET;
const newPathPage = (await import("@/app/instructor/paths/new/page")).default;
const editPathPage = (await import("@/app/instructor/paths/[id]/page")).default;
const joinPage = (await import("@/app/classes/join/page")).default;
const myClassesPage = (await import("@/app/classes/page")).default;
const myClassPage = (await import("@/app/classes/[id]/page")).default;
const adminPage = (await import("@/app/admin/page")).default;
const instructorActions = await import("@/app/instructor/actions");
const classActions = await import("@/app/instructor/classes/[id]/actions");
const pathActions = await import("@/app/instructor/paths/actions");
const learnerActions = await import("@/app/classes/actions");
const adminActions = await import("@/app/admin/actions");
const studyActions = await import("@/app/case-studies/actions");

const ACTORS = ["signed out", "learner in class", "learner not in class", "the class's instructor", "another instructor", "admin"] as const;
type Actor = (typeof ACTORS)[number];

type World = {
  users: Record<Exclude<Actor, "signed out">, Viewer>;
  memberB: Viewer;
  coA: Viewer;
  coB: Viewer;
  spare: Viewer;
  A: { classId: string; code: string; assignmentId: string; pathId: string };
  B: { classId: string; code: string; assignmentId: string; pathId: string };
};

async function createWorld(): Promise<World> {
  const [memberA, outsider, instructorA, instructorB, admin, memberB, coA, coB, spare] = await Promise.all([
    createViewer(["learner"], "Mia Member"),
    createViewer(["learner"], "Otto Outsider"),
    createViewer(["learner", "instructor"], "Ines A"),
    createViewer(["learner", "instructor"], "Ivo B"),
    createViewer(["learner", "admin"], "Ada Admin"),
    createViewer(["learner"], "Max B-Member"),
    createViewer(["learner", "instructor"], "Cora A"),
    createViewer(["learner", "instructor"], "Cleo B"),
    createViewer(["learner", "instructor"], "Sam Spare"),
  ]);
  const side = async (instructor: Viewer, co: Viewer, member: Viewer) => {
    const { id: classId } = await createClass(instructor, `Class of ${instructor.name}`);
    await db.classInstructor.create({ data: { classId, userId: co.id } });
    await db.classMembership.create({ data: { classId, userId: member.id } });
    const { id: pathId } = await createCustomPath(instructor, { title: `Path of ${instructor.name}`, description: "", steps: ["databases/etcd"] });
    await assignPath(instructor, classId, { kind: "built-in", slug: "foundation-track" }, null, "ring-balance-10-nodes");
    const [{ id: assignmentId }, { joinCode: code }] = await Promise.all([
      db.assignment.findFirstOrThrow({ where: { classId }, select: { id: true } }),
      db.class.findUniqueOrThrow({ where: { id: classId }, select: { joinCode: true } }),
    ]);
    return { classId, code, assignmentId, pathId };
  };
  return {
    users: {
      "learner in class": memberA,
      "learner not in class": outsider,
      "the class's instructor": instructorA,
      "another instructor": instructorB,
      admin,
    },
    memberB,
    coA,
    coB,
    spare,
    A: await side(instructorA, coA, memberA),
    B: await side(instructorB, coB, memberB),
  };
}

function as(world: World, actor: Actor) {
  session.viewer = actor === "signed out" ? null : world.users[actor];
}

/** "ok", "404", "signin" (redirected to sign in) or "redirect <path>". */
async function pageOutcome(render: () => Promise<unknown>): Promise<{ outcome: string; output?: unknown }> {
  try {
    return { outcome: "ok", output: await render() };
  } catch (error) {
    const digest = String((error as { digest?: unknown }).digest ?? "");
    if (digest === "NEXT_HTTP_ERROR_FALLBACK;404") return { outcome: "404" };
    if (digest.startsWith("NEXT_REDIRECT;")) {
      const url = digest.split(";")[2]!;
      return { outcome: url.startsWith("/signin") ? "signin" : `redirect ${url.split("?")[0]}` };
    }
    throw error;
  }
}

const SIGNED_OUT_MESSAGE = "Your session has ended. Sign in again to continue.";

/** "ok" (done, or redirected onwards), or why it was refused: "signed out", "not found", "forbidden", "conflict". */
async function actionOutcome(run: () => Promise<FormState>): Promise<string> {
  const result = await pageOutcome(run);
  if (result.outcome.startsWith("redirect ")) return "ok";
  const state = result.output as FormState;
  if (state.ok) return "ok";
  const message = state.message ?? Object.values(state.fieldErrors ?? {}).flat()[0] ?? "";
  if (message === SIGNED_OUT_MESSAGE) return "signed out";
  if (/was not found|No class uses that code/.test(message)) return "not found";
  if (/do not have permission/.test(message)) return "forbidden";
  return `conflict: ${message}`;
}

/** Every row the feature can touch, to prove a refused call changed nothing. */
async function snapshot() {
  const [classes, instructors, members, assignments, paths, steps, roles, users, attempts, labRuns] = await Promise.all([
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.classInstructor.findMany({ orderBy: [{ classId: "asc" }, { userId: "asc" }] }),
    db.classMembership.findMany({ orderBy: [{ classId: "asc" }, { userId: "asc" }] }),
    db.assignment.findMany({ orderBy: { id: "asc" } }),
    db.customPath.findMany({ orderBy: { id: "asc" } }),
    db.customPathStep.findMany({ orderBy: { id: "asc" } }),
    db.$queryRaw`SELECT "A", "B" FROM "_RoleToUser" ORDER BY "A", "B"`,
    db.user.findMany({ select: { id: true, sessionVersion: true, name: true }, orderBy: { id: "asc" } }),
    db.challengeAttempt.findMany({ orderBy: { id: "asc" } }),
    db.labRun.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ classes, instructors, members, assignments, paths, steps, roles, users, attempts, labRuns });
}

/** Every string (and date) in a rendered element tree's props: what could reach the page. */
function stringsIn(value: unknown, seen = new WeakSet<object>()): string[] {
  if (typeof value === "string") return [value];
  if (value instanceof Date) return [value.toISOString()];
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.values(value).flatMap((v) => stringsIn(v, seen));
}

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

type Side = "A" | "B";
type Expect = Record<Actor, [string, string]>;
/** The same outcome for both objects, for surfaces without one. */
const both = (outcomes: Record<Actor, string>): Expect =>
  Object.fromEntries(ACTORS.map((a) => [a, [outcomes[a], outcomes[a]]])) as Expect;

/** Pages and the route handler of a class taught by one instructor: only they get in. */
const TEACHER_ONLY_PAGE: Expect = {
  "signed out": ["signin", "signin"],
  "learner in class": ["404", "404"],
  "learner not in class": ["404", "404"],
  "the class's instructor": ["ok", "404"],
  "another instructor": ["404", "ok"],
  admin: ["404", "404"],
};
const TEACHER_ONLY_ACTION: Expect = {
  "signed out": ["signed out", "signed out"],
  "learner in class": ["not found", "not found"],
  "learner not in class": ["not found", "not found"],
  "the class's instructor": ["ok", "not found"],
  "another instructor": ["not found", "ok"],
  admin: ["not found", "not found"],
};
/** Actions of a class's learners on their class: only its member gets through. */
const MEMBER_ONLY_ACTION: Expect = {
  "signed out": ["signed out", "signed out"],
  "learner in class": ["ok", "not found"],
  "learner not in class": ["not found", "not found"],
  "the class's instructor": ["not found", "not found"],
  "another instructor": ["not found", "not found"],
  admin: ["not found", "not found"],
};
const INSTRUCTORS_ONLY_ACTION = both({
  "signed out": "signed out",
  "learner in class": "forbidden",
  "learner not in class": "forbidden",
  "the class's instructor": "ok",
  "another instructor": "ok",
  admin: "forbidden",
});

type PageSurface = { name: string; expect: Expect; render: (w: World, side: Side) => Promise<unknown> };
const params = <T,>(value: T) => Promise.resolve(value);

const PAGES: PageSurface[] = [
  {
    name: "page /instructor",
    expect: both({ "signed out": "signin", "learner in class": "404", "learner not in class": "404", "the class's instructor": "ok", "another instructor": "ok", admin: "404" }),
    render: () => instructorPage({ searchParams: params({}) }),
  },
  {
    name: "page /instructor/classes/<id>",
    expect: TEACHER_ONLY_PAGE,
    render: (w, s) => classPage({ params: params({ id: w[s].classId }), searchParams: params({}) }),
  },
  {
    name: "page /instructor/paths/new",
    expect: both({ "signed out": "signin", "learner in class": "404", "learner not in class": "404", "the class's instructor": "ok", "another instructor": "ok", admin: "404" }),
    render: () => newPathPage(),
  },
  {
    name: "page /instructor/paths/<id>",
    expect: TEACHER_ONLY_PAGE,
    render: (w, s) => editPathPage({ params: params({ id: w[s].pathId }), searchParams: params({}) }),
  },
  {
    name: "page /classes/join?code=<code>",
    expect: both({ "signed out": "signin", "learner in class": "ok", "learner not in class": "ok", "the class's instructor": "ok", "another instructor": "ok", admin: "ok" }),
    render: (w, s) => joinPage({ searchParams: params({ code: w[s].code }) }),
  },
  {
    name: "page /classes",
    expect: both({ "signed out": "signin", "learner in class": "ok", "learner not in class": "ok", "the class's instructor": "ok", "another instructor": "ok", admin: "ok" }),
    render: () => myClassesPage(),
  },
  {
    name: "page /classes/<id>",
    expect: {
      "signed out": ["signin", "signin"],
      "learner in class": ["ok", "404"],
      "learner not in class": ["404", "404"],
      "the class's instructor": ["404", "404"],
      "another instructor": ["404", "404"],
      admin: ["404", "404"],
    },
    render: (w, s) => myClassPage({ params: params({ id: w[s].classId }), searchParams: params({}) }),
  },
  {
    name: "page /admin",
    expect: both({ "signed out": "signin", "learner in class": "404", "learner not in class": "404", "the class's instructor": "404", "another instructor": "404", admin: "ok" }),
    render: () => adminPage({ searchParams: params({}) }),
  },
];

/** A button action's answer as a form's: its 401 is the signed-out message, its refusals the form message. */
async function asForm(run: () => Promise<{ ok: true } | { ok: false; status: number; message: string }>): Promise<FormState> {
  const result = await run();
  if (result.ok) return { ok: true };
  return { message: result.status === 401 ? SIGNED_OUT_MESSAGE : result.message };
}

/** The ring challenge's own settings with enough tokens to meet it. */
const RING_ATTEMPT = { params: { nodes: 10, keys: 100_000, tokensPerNode: 500 }, seed: 1 };

type ActionSurface = { name: string; expect: Expect; run: (w: World, side: Side, actor: Actor) => Promise<FormState> };
const NONE: FormState = {};

const ACTIONS: ActionSurface[] = [
  {
    name: "createClassAction",
    expect: INSTRUCTORS_ONLY_ACTION,
    run: () => instructorActions.createClassAction(NONE, form({ name: "New class" })),
  },
  {
    name: "renameClassAction",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) => classActions.renameClassAction(NONE, form({ classId: w[s].classId, name: "Renamed" })),
  },
  {
    name: "rotateJoinCodeAction",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) => classActions.rotateJoinCodeAction(NONE, form({ classId: w[s].classId })),
  },
  {
    name: "setJoinEnabledAction",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) => classActions.setJoinEnabledAction(NONE, form({ classId: w[s].classId, enabled: "false" })),
  },
  {
    name: "deleteClassAction",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) => classActions.deleteClassAction(NONE, form({ classId: w[s].classId })),
  },
  {
    name: "addCoInstructorAction",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) => classActions.addCoInstructorAction(NONE, form({ classId: w[s].classId, email: w.spare.email })),
  },
  {
    name: "removeInstructorAction (the class's co-instructor)",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) => classActions.removeInstructorAction(NONE, form({ classId: w[s].classId, userId: (s === "A" ? w.coA : w.coB).id })),
  },
  {
    name: "removeMemberAction (the class's learner)",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) =>
      classActions.removeMemberAction(NONE, form({ classId: w[s].classId, userId: (s === "A" ? w.users["learner in class"] : w.memberB).id })),
  },
  {
    name: "assignPathAction",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) => classActions.assignPathAction(NONE, form({ classId: w[s].classId, path: "databases", dueDate: "" })),
  },
  {
    name: "setAssignmentDueAction",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) => classActions.setAssignmentDueAction(NONE, form({ assignmentId: w[s].assignmentId, dueDate: "" })),
  },
  {
    name: "setAssignmentChallengeAction",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) => classActions.setAssignmentChallengeAction(NONE, form({ assignmentId: w[s].assignmentId, challenge: "quorum-no-stale-reads" })),
  },
  {
    name: "submitChallengeAttemptAction (to the class's lab challenge)",
    expect: MEMBER_ONLY_ACTION,
    run: (w, s) => asForm(() => studyActions.submitChallengeAttemptAction({ assignmentId: w[s].assignmentId, ...RING_ATTEMPT })),
  },
  {
    // One's own data only: every signed-in account keeps its own runs, and there is no one else's to name.
    name: "saveLabRunAction (one's own prediction and run)",
    expect: both({ "signed out": "signed out", "learner in class": "ok", "learner not in class": "ok", "the class's instructor": "ok", "another instructor": "ok", admin: "ok" }),
    run: () => asForm(() => studyActions.saveLabRunAction({ labId: "consistent-hashing-ring", ...RING_ATTEMPT, predicted: 9 })),
  },
  {
    name: "unassignAction",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) => classActions.unassignAction(NONE, form({ assignmentId: w[s].assignmentId })),
  },
  {
    name: "createCustomPathAction",
    expect: INSTRUCTORS_ONLY_ACTION,
    run: () => pathActions.createCustomPathAction(NONE, form({ title: "Mine", description: "", steps: ["databases/etcd", "databases/cassandra"] })),
  },
  {
    name: "updateCustomPathAction",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) =>
      pathActions.updateCustomPathAction(NONE, form({ pathId: w[s].pathId, title: "Taken over", description: "", steps: ["databases/cassandra"] })),
  },
  {
    name: "deleteCustomPathAction",
    expect: TEACHER_ONLY_ACTION,
    run: (w, s) => pathActions.deleteCustomPathAction(NONE, form({ pathId: w[s].pathId })),
  },
  {
    name: "joinClassAction (with the class's code)",
    expect: {
      "signed out": ["signed out", "signed out"],
      "learner in class": ["ok", "ok"],
      "learner not in class": ["ok", "ok"],
      "the class's instructor": ["conflict: You teach this class, so you cannot join it as a learner.", "ok"],
      "another instructor": ["ok", "conflict: You teach this class, so you cannot join it as a learner."],
      admin: ["ok", "ok"],
    },
    run: (w, s) => learnerActions.joinClassAction(NONE, form({ code: w[s].code })),
  },
  {
    name: "leaveClassAction",
    expect: MEMBER_ONLY_ACTION,
    run: (w, s) => learnerActions.leaveClassAction(NONE, form({ classId: w[s].classId })),
  },
  {
    name: "setRoleAction (A: oneself, B: another user)",
    expect: {
      "signed out": ["signed out", "signed out"],
      "learner in class": ["forbidden", "forbidden"],
      "learner not in class": ["forbidden", "forbidden"],
      "the class's instructor": ["forbidden", "forbidden"],
      "another instructor": ["forbidden", "forbidden"],
      admin: ["ok", "ok"],
    },
    run: (w, s, actor) => {
      const self = actor === "signed out" ? w.memberB : w.users[actor];
      const target = s === "A" ? self : w.memberB;
      return adminActions.setRoleAction(NONE, form({ userId: target.id, role: "instructor", granted: "true" }));
    },
  },
];

let shared: World;
beforeAll(async () => {
  shared = await createWorld();
});
afterAll(() => {
  session.viewer = null;
});

describe("pages", () => {
  for (const surface of PAGES) {
    describe(surface.name, () => {
      it.each(ACTORS)("%s", async (actor) => {
        as(shared, actor);
        const outcomes = [];
        for (const side of ["A", "B"] as const) outcomes.push((await pageOutcome(() => surface.render(shared, side))).outcome);
        expect(outcomes).toEqual(surface.expect[actor]);
      });
    });
  }

  it("the roster page carries its own learners' emails and no one else's", async () => {
    as(shared, "the class's instructor");
    const { output } = await pageOutcome(() => classPage({ params: params({ id: shared.A.classId }), searchParams: params({}) }));
    const text = stringsIn(output).join("\n");
    expect(text).toContain(shared.users["learner in class"].email);
    expect(text).not.toContain(shared.memberB.email);
    expect(text).not.toContain(shared.users["learner not in class"].email);
  });
});

describe("route handler GET /instructor/classes/<id>/roster.csv", () => {
  const expected: Expect = Object.fromEntries(
    ACTORS.map((a) => [a, TEACHER_ONLY_PAGE[a].map((o) => (o === "ok" ? "200" : "404"))]),
  ) as Expect;

  it.each(ACTORS)("%s", async (actor) => {
    as(shared, actor);
    const statuses = [];
    for (const side of ["A", "B"] as const) {
      const res = await rosterCsv(new Request(`http://test.local/instructor/classes/${shared[side].classId}/roster.csv`), {
        params: params({ id: shared[side].classId }),
      });
      const body = await res.text();
      statuses.push(String(res.status));
      if (res.status === 404) expect(body).not.toContain("@");
      else {
        expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
        const member = side === "A" ? shared.users["learner in class"] : shared.memberB;
        expect(body).toContain(member.email);
        expect(body).not.toContain((side === "A" ? shared.memberB : shared.users["learner in class"]).email);
      }
    }
    expect(statuses).toEqual(expected[actor]);
  });

  it("an id that is not an id is a 404, not a 500", async () => {
    as(shared, "the class's instructor");
    const res = await rosterCsv(new Request("http://test.local/x"), { params: params({ id: "../../etc/passwd" }) });
    expect(res.status).toBe(404);
  });
});

describe("server actions", () => {
  for (const surface of ACTIONS) {
    describe(surface.name, () => {
      it.each(ACTORS)("%s", async (actor) => {
        const outcomes = [];
        for (const side of ["A", "B"] as const) {
          const world = await createWorld();
          as(world, actor);
          const before = await snapshot();
          const outcome = await actionOutcome(() => surface.run(world, side, actor));
          if (outcome !== "ok") expect(await snapshot(), `${side}: a refused call changed nothing`).toBe(before);
          outcomes.push(outcome);
        }
        expect(outcomes).toEqual(surface.expect[actor]);
      });
    });
  }
});

describe("labChallengesAction: a lab's challenges, from the viewer's own classes only", () => {
  const expected: Record<Actor, string> = {
    "signed out": "401",
    "learner in class": "A",
    "learner not in class": "none",
    "the class's instructor": "none",
    "another instructor": "none",
    admin: "none",
  };
  it.each(ACTORS)("%s", async (actor) => {
    as(shared, actor);
    const result = await studyActions.labChallengesAction("consistent-hashing-ring");
    const seen = !result.ok ? String(result.status) : result.data.map((c) => (c.assignmentId === shared.A.assignmentId ? "A" : "B")).join(",") || "none";
    expect(seen).toBe(expected[actor]);
  });
});

describe("replayed calls with forged ids change nothing", () => {
  let world: World;
  beforeAll(async () => {
    world = await createWorld();
  });

  const cases: { name: string; run: (w: World) => Promise<FormState> }[] = [
    { name: "assigning another instructor's custom path to one's own class", run: (w) => classActions.assignPathAction(NONE, form({ classId: w.A.classId, path: `custom:${w.B.pathId}`, dueDate: "" })) },
    { name: "removing a learner of another class through one's own class", run: (w) => classActions.removeMemberAction(NONE, form({ classId: w.A.classId, userId: w.memberB.id })) },
    { name: "removing another class's instructor through one's own class", run: (w) => classActions.removeInstructorAction(NONE, form({ classId: w.A.classId, userId: w.coB.id })) },
    { name: "changing another class's lab challenge", run: (w) => classActions.setAssignmentChallengeAction(NONE, form({ assignmentId: w.B.assignmentId, challenge: "" })) },
    { name: "a lab challenge that does not exist", run: (w) => classActions.setAssignmentChallengeAction(NONE, form({ assignmentId: w.A.assignmentId, challenge: "win-everything" })) },
    { name: "moving another class's assignment due date", run: (w) => classActions.setAssignmentDueAction(NONE, form({ assignmentId: w.B.assignmentId, dueDate: "2030-01-01" })) },
    { name: "a class id that is not an id", run: (w) => classActions.renameClassAction(NONE, form({ classId: `${w.B.classId}' OR '1'='1`, name: "x" })) },
    { name: "a class that does not exist", run: () => classActions.deleteClassAction(NONE, form({ classId: "cl_does_not_exist" })) },
    { name: "a custom path made of unknown studies", run: (w) => pathActions.updateCustomPathAction(NONE, form({ pathId: w.A.pathId, title: "x", description: "", steps: ["databases/nope"] })) },
    { name: "granting a role as a non-admin", run: (w) => adminActions.setRoleAction(NONE, form({ userId: w.users["the class's instructor"].id, role: "admin", granted: "true" })) },
    { name: "a role that does not exist", run: (w) => adminActions.setRoleAction(NONE, form({ userId: w.users["the class's instructor"].id, role: "owner", granted: "true" })) },
  ];

  it.each(cases)("$name", async ({ run }) => {
    as(world, "the class's instructor");
    const before = await snapshot();
    const outcome = await actionOutcome(() => run(world));
    expect(outcome).not.toBe("ok");
    expect(await snapshot()).toBe(before);
  });
});
