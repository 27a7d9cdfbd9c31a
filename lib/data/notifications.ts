import "server-only";
import { db } from "@/lib/db";
import { assignmentProgress, completionsByUser, type AssignmentProgress, type ClassAssignment } from "@/lib/learning/roster";
import type { NotificationKind } from "@/lib/notifications/unsubscribe";
import { assignmentSelect, toAssignment } from "./assignments";
import type { Viewer } from "./viewer";

/*
 * Assignment emails (docs/decisions/017). A scheduled job in every app process
 * queues what is owed (idempotently: a unique key per kind, assignment and
 * learner) and then sends it, each row claimed by one process at a time. These
 * functions are the job's access to the database: it acts for no viewer, and
 * reads only what the emails need. Learners change their own settings.
 */

/** Reminders go this long before the due date. */
export const REMINDER_BEFORE_MS = 3 * 24 * 60 * 60 * 1000;
/** An assignment is announced only while it is this new (a job that was down a day still catches up). */
export const ANNOUNCE_WITHIN_MS = 2 * 24 * 60 * 60 * 1000;
/** How long a claim lasts before another process may take the row over. */
export const CLAIM_MS = 5 * 60 * 1000;
export const MAX_ATTEMPTS = 5;

export type NotificationSettings = { notifyAssignments: boolean; notifyReminders: boolean };

export async function notificationSettings(viewer: Viewer): Promise<NotificationSettings> {
  return db.user.findUniqueOrThrow({ where: { id: viewer.id }, select: { notifyAssignments: true, notifyReminders: true } });
}

export async function updateNotificationSettings(viewer: Viewer, settings: NotificationSettings): Promise<void> {
  await db.user.update({ where: { id: viewer.id }, data: settings });
}

/** What a signed unsubscribe link does; true when there was such a user. */
export async function unsubscribe(userId: string, kind: NotificationKind): Promise<boolean> {
  const data = kind === "assignments" ? { notifyAssignments: false } : { notifyReminders: false };
  const updated = await db.user.updateMany({ where: { id: userId }, data });
  return updated.count === 1;
}

/**
 * Queues an "assigned" email for each member who was in the class when a
 * recent assignment was made and wants them. One statement; rows that exist
 * already are left alone, so concurrent runs queue each email once.
 */
export async function queueAssignedEmails(now: Date): Promise<number> {
  return db.$executeRaw`
    INSERT INTO "Notification" (id, kind, "userId", "assignmentId")
    SELECT gen_random_uuid()::text, 'assigned', m."userId", a.id
    FROM "Assignment" a
    JOIN "ClassMembership" m ON m."classId" = a."classId" AND m."joinedAt" < a."createdAt"
    JOIN "User" u ON u.id = m."userId" AND u."notifyAssignments"
    WHERE a."createdAt" > ${new Date(now.getTime() - ANNOUNCE_WITHIN_MS)}
    ON CONFLICT ("kind", "assignmentId", "userId") DO NOTHING`;
}

/**
 * Queues a reminder for each member who has not finished an assignment due
 * within 3 days. Assignments made inside that window get none: their
 * announcement already gave the date.
 */
export async function queueReminders(now: Date): Promise<number> {
  const rows = await db.assignment.findMany({
    where: { dueAt: { gt: now, lte: new Date(now.getTime() + REMINDER_BEFORE_MS) } },
    select: { ...assignmentSelect, createdAt: true, class: { select: { members: { where: { user: { notifyReminders: true } }, select: { userId: true } } } } },
  });
  const owed: { kind: string; userId: string; assignmentId: string }[] = [];
  for (const row of rows) {
    if (row.dueAt!.getTime() - row.createdAt.getTime() <= REMINDER_BEFORE_MS) continue;
    const assignment = toAssignment(row);
    const members = row.class.members.map((m) => m.userId);
    const progress = await progressOf(assignment, members, now);
    for (const userId of members) if (!progress.get(userId)?.completedAt) owed.push({ kind: "reminder", userId, assignmentId: row.id });
  }
  if (owed.length === 0) return 0;
  return (await db.notification.createMany({ data: owed, skipDuplicates: true })).count;
}

/** Each learner's progress on the assignment, as the roster computes it. One query. */
async function progressOf(assignment: ClassAssignment, userIds: string[], now: Date): Promise<Map<string, AssignmentProgress>> {
  const studyIds = assignment.path.steps.map((s) => s.id);
  const done =
    studyIds.length === 0 || userIds.length === 0
      ? []
      : await db.studyProgress.findMany({
          where: { userId: { in: userIds }, status: "COMPLETED", studyId: { in: studyIds } },
          select: { userId: true, studyId: true, completedAt: true },
        });
  const byUser = completionsByUser(done);
  const none = new Map<string, Date>();
  return new Map(userIds.map((id) => [id, assignmentProgress(assignment.path.steps, byUser.get(id) ?? none, assignment.dueAt, now)]));
}

export type ClaimedNotification = { id: string; kind: "assigned" | "reminder"; userId: string; assignmentId: string };

/**
 * Claims up to `limit` unsent rows for this process: rows another process is
 * claiming right now are skipped (SKIP LOCKED), rows whose claim expired are
 * taken over, and each claim counts as an attempt.
 */
export async function claimNotifications(limit: number, now: Date): Promise<ClaimedNotification[]> {
  return db.$queryRaw<ClaimedNotification[]>`
    UPDATE "Notification" SET "lockedUntil" = ${new Date(now.getTime() + CLAIM_MS)}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "Notification"
      WHERE "sentAt" IS NULL AND "skippedAt" IS NULL AND attempts < ${MAX_ATTEMPTS}
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now})
      ORDER BY "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING id, kind, "userId", "assignmentId"`;
}

export type NotificationDetails = {
  user: { name: string; email: string; notifyAssignments: boolean; notifyReminders: boolean };
  className: string;
  classId: string;
  member: boolean;
  assignment: ClassAssignment;
  progress: { completedSteps: number; totalSteps: number; complete: boolean };
};

/** What one email needs, read when it is sent (settings, membership and progress may have changed since it was queued). */
export async function notificationDetails(claimed: ClaimedNotification, now: Date): Promise<NotificationDetails | null> {
  const row = await db.assignment.findUnique({
    where: { id: claimed.assignmentId },
    select: { ...assignmentSelect, class: { select: { id: true, name: true, members: { where: { userId: claimed.userId }, select: { userId: true } } } } },
  });
  const user = await db.user.findUnique({ where: { id: claimed.userId }, select: { name: true, email: true, notifyAssignments: true, notifyReminders: true } });
  if (!row || !user) return null;
  const assignment = toAssignment(row);
  const progress = (await progressOf(assignment, [claimed.userId], now)).get(claimed.userId)!;
  return {
    user,
    className: row.class.name,
    classId: row.class.id,
    member: row.class.members.length === 1,
    assignment,
    progress: { completedSteps: progress.completedSteps, totalSteps: progress.totalSteps, complete: progress.completedAt !== null },
  };
}

/** Marks a claimed row sent (only while unsent, so a late duplicate claim cannot overwrite it). */
export async function markSent(id: string, now: Date): Promise<void> {
  await db.notification.updateMany({ where: { id, sentAt: null }, data: { sentAt: now, lockedUntil: null } });
}

export async function markSkipped(id: string, now: Date): Promise<void> {
  await db.notification.updateMany({ where: { id, sentAt: null }, data: { skippedAt: now, lockedUntil: null } });
}

/** Gives a failed claim back at once, for the next run (attempts still count). */
export async function releaseClaim(id: string): Promise<void> {
  await db.notification.updateMany({ where: { id, sentAt: null }, data: { lockedUntil: null } });
}
