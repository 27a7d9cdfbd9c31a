import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listClassRoster } from "@/lib/data/class-roster";
import { addCoInstructor, createClass, deleteClass, removeInstructor, transferClassOwnership } from "@/lib/data/classes";
import { deleteAccount, setRole } from "@/lib/data/users";
import { hashPassword } from "@/lib/auth/password";
import type { Viewer } from "@/lib/data/viewer";
import { createViewer } from "./factories";

async function taughtBy() {
  const owner = await createViewer(["learner", "instructor"], "Olive Owner");
  const co = await createViewer(["learner", "instructor"], "Cora Co");
  const { id: classId } = await createClass(owner, "Owned class");
  await addCoInstructor(owner, classId, co.email);
  return { owner, co, classId };
}

async function withPassword(viewer: Viewer, password: string): Promise<Viewer> {
  await db.user.update({ where: { id: viewer.id }, data: { passwordHash: await hashPassword(password) } });
  return viewer;
}

describe("class owners and co-instructors", () => {
  it("a co-instructor can neither delete the class nor remove its owner", async () => {
    const { owner, co, classId } = await taughtBy();
    await expect(deleteClass(co, classId)).rejects.toMatchObject({ status: 403 });
    await expect(removeInstructor(co, classId, owner.id)).rejects.toMatchObject({ status: 403 });
    expect(await db.class.count({ where: { id: classId } })).toBe(1);
    expect(await db.classInstructor.count({ where: { classId } })).toBe(2);
  });

  it("a co-instructor may stop teaching; the owner may remove co-instructors but not leave without handing over", async () => {
    const { owner, co, classId } = await taughtBy();
    await expect(removeInstructor(owner, classId, owner.id)).rejects.toMatchObject({ status: 409 });
    await removeInstructor(co, classId, co.id);
    expect(await listClassRoster(co, classId)).toBeNull();
    await addCoInstructor(owner, classId, co.email);
    await removeInstructor(owner, classId, co.id);
    expect((await listClassRoster(owner, classId))?.instructors.map((i) => i.id)).toEqual([owner.id]);
  });

  it("ownership is handed on: the new owner can delete, the old one stays as a co-instructor", async () => {
    const { owner, co, classId } = await taughtBy();
    await expect(transferClassOwnership(co, classId, co.id)).rejects.toMatchObject({ status: 403 });
    await transferClassOwnership(owner, classId, co.id);
    expect((await listClassRoster(owner, classId))?.ownerId).toBe(co.id);
    await expect(deleteClass(owner, classId)).rejects.toMatchObject({ status: 403 });
    await deleteClass(co, classId);
    expect(await db.class.count({ where: { id: classId } })).toBe(0);
  });

  it("an outsider still gets not found, not forbidden", async () => {
    const { classId } = await taughtBy();
    const outsider = await createViewer(["learner", "instructor"]);
    await expect(deleteClass(outsider, classId)).rejects.toMatchObject({ status: 404 });
  });

  it("deleting the owner's account hands a co-taught class to the co-instructor instead of deleting it", async () => {
    const { owner, co, classId } = await taughtBy();
    const { id: soloClass } = await createClass(owner, "Taught alone");
    await deleteAccount(await withPassword(owner, "owner's own phrase"), "owner's own phrase");
    const survived = await db.class.findUnique({ where: { id: classId }, select: { createdById: true } });
    expect(survived?.createdById).toBe(co.id);
    expect(await db.class.count({ where: { id: soloClass } })).toBe(0);
  });
});

describe("admins", () => {
  it("the last admin cannot delete their own account", async () => {
    await db.$executeRaw`DELETE FROM "_RoleToUser" WHERE "A" = 'role_admin'`;
    const admin = await withPassword(await createViewer(["learner", "admin"]), "admin's own phrase");
    await expect(deleteAccount(admin, "admin's own phrase")).rejects.toMatchObject({ status: 409 });
    expect(await db.user.count({ where: { id: admin.id } })).toBe(1);
  });

  it("granting a role needs a sign-in within the last 15 minutes", async () => {
    const admin = await createViewer(["learner", "admin"]);
    const learner = await createViewer(["learner"]);
    const stale = { ...admin, authTime: Math.floor(Date.now() / 1000) - 16 * 60 };
    await expect(setRole(stale, learner.id, "instructor", true)).rejects.toMatchObject({ status: 403 });
    await setRole(admin, learner.id, "instructor", true);
    expect(await db.user.count({ where: { id: learner.id, roles: { some: { name: "instructor" } } } })).toBe(1);
  });
});
