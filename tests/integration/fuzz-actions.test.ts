/**
 * Fuzzing every server action (fast-check): random and hostile form data,
 * including real ids from other people's classes, paths and accounts. Each
 * action must answer (a form state or result) or redirect / 404 as Next
 * would; nothing may throw, which in production is a 500. And no row outside
 * the caller's own scope may change.
 *
 * FUZZ_RUNS inputs per action: 100 under `npm test`, 1,000 under
 * `npm run test:resilience`. Sign-in, sign-up and sign-out need Auth.js's
 * request context; they are fuzzed over HTTP by the resilience campaign.
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { assignPath } from "@/lib/data/assignments";
import { createClass } from "@/lib/data/classes";
import { createCustomPath } from "@/lib/data/custom-paths";
import type { Viewer } from "@/lib/data/viewer";
import { createViewer } from "./factories";

const RUNS = Number(process.env.FUZZ_RUNS ?? 100);
const session = vi.hoisted(() => ({ viewer: null as import("@/lib/data/viewer").Viewer | null }));
vi.mock("@/lib/auth/session", async () => {
  const { redirect } = await import("next/navigation");
  return {
    getViewer: async () => session.viewer,
    requireViewer: async (path: string) => session.viewer ?? redirect(`/signin?next=${encodeURIComponent(path)}`),
  };
});
vi.mock("@/lib/auth/auth", () => ({
  signOut: async () => {
    throw Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/signin;307;" });
  },
  signIn: async () => {},
}));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
vi.mock("next/headers", () => ({ headers: async () => new Headers({ host: "test.local" }) }));

const MODULES = {
  account: await import("@/app/account/actions"),
  admin: await import("@/app/admin/actions"),
  bookmarks: await import("@/app/bookmarks/actions"),
  studies: await import("@/app/case-studies/actions"),
  classes: await import("@/app/classes/actions"),
  instructor: await import("@/app/instructor/actions"),
  classAdmin: await import("@/app/instructor/classes/[id]/actions"),
  paths: await import("@/app/instructor/paths/actions"),
  learningPaths: await import("@/app/paths/actions"),
  verifyEmail: await import("@/app/verify-email/actions"),
  unsubscribe: await import("@/app/unsubscribe/actions"),
};

const HOSTILE = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\u202eevil",
  "'; DROP TABLE \"User\"; --",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "%E0%A4%A",
  "__proto__",
  "constructor",
  "null",
  "undefined",
  "true",
  "-1",
  "1e309",
  "NaN",
  "9999-12-31",
  "2026-02-30",
  "custom:",
  "custom:../x",
  "databases/etcd",
  "databases/../etcd",
  "yes",
  "all",
  "x".repeat(5_000),
  "🧭".repeat(300),
];

const FIELDS = [
  "classId", "userId", "assignmentId", "pathId", "name", "email", "code", "path", "dueDate", "title", "description",
  "steps", "note", "studyId", "confirm", "password", "currentPassword", "newPassword", "scope", "enabled", "role", "granted",
];

type World = { caller: Viewer; ids: string[] };

async function createWorld(): Promise<World> {
  const [teacher, other, learner, caller] = await Promise.all([
    createViewer(["learner", "instructor"], "Tess Teacher"),
    createViewer(["learner", "instructor"], "Oscar Other"),
    createViewer(["learner"], "Lia Learner"),
    createViewer(["learner", "instructor"], "Fuzz Caller"),
  ]);
  const ids: string[] = [teacher.id, other.id, learner.id, caller.id];
  for (const owner of [teacher, other]) {
    const { id: classId } = await createClass(owner, `Class of ${owner.name}`);
    await db.classMembership.create({ data: { classId, userId: learner.id } });
    const { id: pathId } = await createCustomPath(owner, { title: `Path of ${owner.name}`, description: "", steps: ["databases/etcd"] });
    await assignPath(owner, classId, { kind: "custom", id: pathId }, null);
    const assignment = await db.assignment.findFirstOrThrow({ where: { classId }, select: { id: true } });
    const { joinCode } = await db.class.findUniqueOrThrow({ where: { id: classId }, select: { joinCode: true } });
    ids.push(classId, pathId, assignment.id, joinCode, `custom:${pathId}`);
  }
  await db.studyProgress.create({ data: { userId: learner.id, studyId: "databases/etcd", status: "COMPLETED", completedAt: new Date() } });
  await db.bookmark.create({ data: { userId: learner.id, studyId: "databases/etcd", note: "private" } });
  return { caller, ids };
}

/** Every row that is not the caller's own, as one checksum per table (evaluated at call time). */
async function othersChecksum(callerId: string): Promise<Record<string, string>> {
  const taught = `(SELECT "classId" FROM "ClassInstructor" WHERE "userId" = $1)`;
  const owned = `(SELECT id FROM "CustomPath" WHERE "ownerId" = $1)`;
  const scopes: Record<string, string> = {
    User: `id <> $1`,
    StudyProgress: `"userId" <> $1`,
    Bookmark: `"userId" <> $1`,
    PathEnrollment: `"userId" <> $1`,
    CustomPath: `"ownerId" <> $1`,
    CustomPathStep: `"pathId" NOT IN ${owned}`,
    Class: `id NOT IN ${taught}`,
    ClassInstructor: `"classId" NOT IN ${taught}`,
    ClassMembership: `"classId" NOT IN ${taught} AND "userId" <> $1`,
    Assignment: `"classId" NOT IN ${taught}`,
    _RoleToUser: `"B" <> $1`,
    Role: "$1::text IS NOT NULL",
    Permission: "$1::text IS NOT NULL",
    _PermissionToRole: "$1::text IS NOT NULL",
  };
  const out: Record<string, string> = {};
  for (const [table, where] of Object.entries(scopes)) {
    const rows = await db.$queryRawUnsafe<{ sum: string | null; n: number }[]>(
      `SELECT md5(string_agg(r, E'\\n' ORDER BY r)) AS sum, count(*)::int AS n FROM (SELECT row_to_json(t)::text AS r FROM "${table}" t WHERE ${where}) x`,
      callerId,
    );
    out[table] = `${rows[0]!.n}:${rows[0]!.sum ?? ""}`;
  }
  return out;
}

function isNextControlFlow(error: unknown): boolean {
  const digest = String((error as { digest?: unknown })?.digest ?? "");
  return digest.startsWith("NEXT_REDIRECT") || digest.startsWith("NEXT_HTTP_ERROR_FALLBACK;");
}

let world: World;
beforeAll(async () => {
  world = await createWorld();
  session.viewer = world.caller;
});

const value = () => fc.oneof(fc.string(), fc.string({ unit: "grapheme", maxLength: 40 }), fc.constantFrom(...HOSTILE), fc.constantFrom(...(world?.ids ?? ["x"])));

function formData() {
  return fc.array(fc.tuple(fc.oneof(fc.constantFrom(...FIELDS), fc.string({ maxLength: 12 })), value()), { maxLength: 8 }).map((entries) => {
    const form = new FormData();
    for (const [key, v] of entries) form.append(key, v);
    return form;
  });
}

const FORM_ACTIONS = Object.entries(MODULES).flatMap(([module, exports]) =>
  Object.entries(exports)
    .filter(([name, fn]) => typeof fn === "function" && name.endsWith("Action") && fn.length === 2 && !["openStudyAction", "setCompletedAction", "setBookmarkAction"].includes(name))
    .map(([name, fn]) => ({ name: `${module}.${name}`, fn: fn as (prev: unknown, form: FormData) => Promise<unknown> })),
);

const BUTTON_ACTIONS = [
  { name: "studies.openStudyAction", fn: (a: unknown) => MODULES.studies.openStudyAction(a) },
  { name: "studies.setCompletedAction", fn: (a: unknown, b: unknown) => MODULES.studies.setCompletedAction(a, b) },
  { name: "studies.setBookmarkAction", fn: (a: unknown, b: unknown) => MODULES.studies.setBookmarkAction(a, b) },
  { name: "learningPaths.startPathAction", fn: (a: unknown) => MODULES.learningPaths.startPathAction(a) },
];

describe(`fuzzing server actions (${RUNS} inputs each)`, () => {
  it("finds every form action", () => {
    expect(FORM_ACTIONS.length).toBeGreaterThanOrEqual(20);
  });

  for (const { name, fn } of FORM_ACTIONS) {
    it(`${name} answers every input and changes nothing outside the caller's scope`, async () => {
      const before = await othersChecksum(world.caller.id);
      await fc.assert(
        fc.asyncProperty(formData(), async (form) => {
          session.viewer = world.caller;
          try {
            const result = await fn({}, form);
            expect(typeof result === "object" || result === undefined).toBe(true);
          } catch (error) {
            if (!isNextControlFlow(error)) throw error;
          }
        }),
        { numRuns: RUNS },
      );
      expect(await othersChecksum(world.caller.id)).toEqual(before);
    });
  }

  for (const { name, fn } of BUTTON_ACTIONS) {
    it(`${name} answers every input with a result and changes nothing outside the caller's scope`, async () => {
      const before = await othersChecksum(world.caller.id);
      const arg = fc.oneof(fc.anything(), value(), fc.constantFrom("databases/etcd", "infrastructure/url-shortener", "foundation-track"));
      await fc.assert(
        fc.asyncProperty(arg, arg, async (a, b) => {
          session.viewer = world.caller;
          const result = (await fn(a, b)) as { ok: boolean; status?: number };
          expect(typeof result.ok).toBe("boolean");
          if (!result.ok) expect(result.status).toBeGreaterThanOrEqual(400);
          if (!result.ok) expect(result.status).toBeLessThan(500);
        }),
        { numRuns: RUNS },
      );
      expect(await othersChecksum(world.caller.id)).toEqual(before);
    });
  }
});
