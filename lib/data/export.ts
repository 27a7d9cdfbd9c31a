import "server-only";
import { db } from "@/lib/db";
import { assertCan, type Viewer } from "./viewer";

/** Everything the platform holds about the viewer, as plain JSON (the password hash excepted). */
export async function exportMyData(viewer: Viewer) {
  assertCan(viewer, "read", "progress", "own");
  const user = await db.user.findUniqueOrThrow({
    where: { id: viewer.id },
    select: {
      id: true,
      name: true,
      email: true,
      emailVerifiedAt: true,
      createdAt: true,
      updatedAt: true,
      roles: { select: { name: true } },
      progress: { select: { studyId: true, status: true, startedAt: true, completedAt: true, completedVersion: true, updatedAt: true } },
      bookmarks: { select: { studyId: true, note: true, createdAt: true, updatedAt: true } },
      enrollments: { select: { pathSlug: true, customPathId: true, startedAt: true, completedAt: true } },
      customPaths: { select: { id: true, title: true, description: true, createdAt: true, steps: { select: { position: true, studyId: true }, orderBy: { position: "asc" } } } },
      memberships: { select: { joinedAt: true, class: { select: { id: true, name: true } } } },
      teaching: { select: { addedAt: true, class: { select: { id: true, name: true } } } },
      oauthAccounts: { select: { provider: true, createdAt: true } },
      labRuns: { select: { labId: true, params: true, seed: true, predicted: true, measured: true, createdAt: true }, orderBy: { createdAt: "asc" } },
      challengeAttempts: {
        select: { challengeId: true, params: true, seed: true, met: true, score: true, detail: true, createdAt: true, assignment: { select: { class: { select: { id: true, name: true } } } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
  return {
    exportedAt: new Date().toISOString(),
    account: { id: user.id, name: user.name, email: user.email, emailVerifiedAt: user.emailVerifiedAt, createdAt: user.createdAt, updatedAt: user.updatedAt, roles: user.roles.map((r) => r.name) },
    progress: user.progress,
    bookmarks: user.bookmarks,
    pathEnrollments: user.enrollments,
    customPaths: user.customPaths,
    classesJoined: user.memberships.map((m) => ({ ...m.class, joinedAt: m.joinedAt })),
    classesTaught: user.teaching.map((t) => ({ ...t.class, addedAt: t.addedAt })),
    signInProviders: user.oauthAccounts,
    labRuns: user.labRuns,
    challengeAttempts: user.challengeAttempts.map(({ assignment, ...attempt }) => ({ ...attempt, class: assignment.class })),
  };
}
