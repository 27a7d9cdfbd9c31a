import "server-only";
import { db } from "@/lib/db";
import { hashPassword, timingSafeDummyHash, verifyPassword } from "@/lib/auth/password";
import { describeWait, passwordCheckSucceeded, takePasswordCheck } from "@/lib/auth/rate-limit";
import { signedInRecently } from "@/lib/auth/session-policy";
import { securityEvent } from "@/lib/observability/security-events";
import { DataError, isUniqueViolation } from "./errors";
import { assertCan, type RoleName, type Viewer } from "./viewer";

type ViewerRow = {
  id: string;
  name: string;
  email: string;
  emailVerifiedAt: Date | null;
  sessionVersion: number;
  roles: string[];
  permissions: string[];
};

/**
 * Loads the viewer for a session; null when the user is gone. Every signed-in
 * request does this (twice: Auth.js's session check and the request's own
 * permissions), so it is one statement, with the roles and their grants
 * gathered in the database, instead of Prisma's three round trips.
 */
export async function loadViewer(userId: string): Promise<(Viewer & { sessionVersion: number }) | null> {
  const [row] = await db.$queryRaw<ViewerRow[]>`
    SELECT u.id, u.name, u.email, u."emailVerifiedAt", u."sessionVersion",
      ARRAY(SELECT r.name FROM "_RoleToUser" ur JOIN "Role" r ON r.id = ur."A" WHERE ur."B" = u.id ORDER BY r.name) AS roles,
      ARRAY(
        SELECT DISTINCT p.action || ':' || p.entity || ':' || p.access
        FROM "_RoleToUser" ur
        JOIN "_PermissionToRole" rp ON rp."B" = ur."A"
        JOIN "Permission" p ON p.id = rp."A"
        WHERE ur."B" = u.id
      ) AS permissions
    FROM "User" u
    WHERE u.id = ${userId}`;
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    emailVerified: row.emailVerifiedAt !== null,
    sessionVersion: row.sessionVersion,
    roles: row.roles as RoleName[],
    permissions: new Set(row.permissions),
  };
}

/**
 * Checks an email and password. Unknown emails are verified against a dummy
 * hash so both failures take the same time and give the same answer.
 */
export async function verifyCredentials(email: string, password: string) {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, email: true, passwordHash: true, sessionVersion: true },
  });
  if (!user) {
    await verifyPassword(await timingSafeDummyHash(), password);
    return null;
  }
  if (!(await verifyPassword(user.passwordHash, password))) return null;
  return { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion };
}

export async function createAccount(input: { name: string; email: string; password: string }) {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: {
        name: input.name,
        email: input.email,
        passwordHash,
        roles: { connect: { name: "learner" } },
      },
      select: { id: true, email: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DataError(409, "An account with this email already exists. Sign in instead.");
    throw error;
  }
}

export async function updateName(viewer: Viewer, name: string): Promise<void> {
  await db.user.update({ where: { id: viewer.id }, data: { name } });
}

/**
 * Checks a signed-in user's password again (before a password change or an
 * account deletion). The attempt is counted before the check, so a stolen
 * session cannot be used to guess the password at speed.
 */
export async function confirmPassword(viewer: Viewer, password: string, wrong: string): Promise<void> {
  const limited = await takePasswordCheck(viewer.id);
  if (limited) throw new DataError(429, `Too many wrong passwords. Try again in ${describeWait(limited)}.`);
  const user = await db.user.findUnique({ where: { id: viewer.id }, select: { passwordHash: true } });
  if (!user || !(await verifyPassword(user.passwordHash, password))) {
    securityEvent("password_check_failed", { userId: viewer.id });
    throw new DataError(422, wrong);
  }
  await passwordCheckSucceeded(viewer.id);
}

/**
 * The write that sets a new password: its hash, and the next session version,
 * so every JWT issued before it stops working. Change-password and reset both use it.
 */
export async function newPasswordData(newPassword: string) {
  return { passwordHash: await hashPassword(newPassword), sessionVersion: { increment: 1 } };
}

/** Changes the password and ends every other session (their JWTs carry the old version). */
export async function changePassword(viewer: Viewer, currentPassword: string, newPassword: string): Promise<number> {
  await confirmPassword(viewer, currentPassword, "Your current password is not correct");
  const updated = await db.user.update({
    where: { id: viewer.id },
    data: await newPasswordData(newPassword),
    select: { sessionVersion: true },
  });
  return updated.sessionVersion;
}

/** Invalidates every JWT issued to the user so far. */
export async function endAllSessions(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
}

/**
 * Deletes the account and everything that is only the user's. Classes they own
 * pass to their longest-serving co-instructor rather than disappearing; a class
 * they teach alone goes with them. The last admin cannot leave.
 */
export async function deleteAccount(viewer: Viewer, password: string): Promise<void> {
  await confirmPassword(viewer, password, "Your password is not correct");
  await db.$transaction(async (tx) => {
    const admins = await tx.$queryRaw<{ B: string }[]>`
      SELECT "B" FROM "_RoleToUser" WHERE "A" = 'role_admin' FOR UPDATE`;
    if (admins.length <= 1 && admins.some((a) => a.B === viewer.id)) {
      throw new DataError(409, "You are the last admin: grant admin to someone else before deleting your account");
    }
    const owned = await tx.class.findMany({
      where: { createdById: viewer.id },
      select: { id: true, instructors: { where: { userId: { not: viewer.id } }, orderBy: { addedAt: "asc" }, take: 1, select: { userId: true } } },
    });
    for (const { id, instructors } of owned) {
      const heir = instructors[0]?.userId;
      if (heir) await tx.class.update({ where: { id }, data: { createdById: heir } });
    }
    await tx.user.delete({ where: { id: viewer.id } });
  });
  securityEvent("account_deleted", { userId: viewer.id });
}

export type UserListItem = { id: string; name: string; email: string; roles: RoleName[]; createdAt: Date };

export async function listUsers(viewer: Viewer, query: string, take = 50): Promise<UserListItem[]> {
  assertCan(viewer, "read", "user", "any");
  const q = query.trim();
  const rows = await db.user.findMany({
    where: q
      ? { OR: [{ email: { contains: q, mode: "insensitive" } }, { name: { contains: q, mode: "insensitive" } }] }
      : undefined,
    select: { id: true, name: true, email: true, createdAt: true, roles: { select: { name: true } } },
    orderBy: { createdAt: "desc" },
    take,
  });
  return rows.map((r) => ({ ...r, roles: r.roles.map((x) => x.name as RoleName) }));
}

/**
 * Grants or revokes a role. The last admin cannot remove their own admin role.
 * Bumps the target's session version so the change applies on their next request.
 */
export async function setRole(viewer: Viewer, userId: string, role: "instructor" | "admin", granted: boolean) {
  assertCan(viewer, "update", "user-role", "any");
  if (!signedInRecently(viewer.authTime)) {
    throw new DataError(403, "Changing roles needs a sign-in within the last 15 minutes. Sign in again to confirm it is you, then retry.");
  }
  await db.$transaction(async (tx) => {
    const target = await tx.user.findUnique({ where: { id: userId }, select: { id: true } });
    if (!target) throw new DataError(404, "That user was not found");
    if (role === "admin" && !granted) {
      // Lock the admin rows so two admins demoting each other cannot both succeed.
      const admins = await tx.$queryRaw<{ B: string }[]>`
        SELECT "B" FROM "_RoleToUser" WHERE "A" = 'role_admin' FOR UPDATE`;
      if (admins.length <= 1 && admins.some((a) => a.B === userId)) {
        throw new DataError(409, "You are the last admin: grant admin to someone else first");
      }
    }
    await tx.user.update({
      where: { id: userId },
      data: {
        roles: granted ? { connect: { name: role } } : { disconnect: { name: role } },
        sessionVersion: { increment: 1 },
      },
    });
  });
  securityEvent("role_changed", { by: viewer.id, userId, role, granted });
}
