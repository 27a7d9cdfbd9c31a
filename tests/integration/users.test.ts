import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DataError } from "@/lib/data/errors";
import { changePassword, createAccount, deleteAccount, endAllSessions, listUsers, loadViewer, setRole, verifyCredentials } from "@/lib/data/users";
import { createViewer } from "./factories";
import { countQueries } from "./query-count";

describe("accounts", () => {
  it("stores an argon2id hash at OWASP parameters and verifies it", async () => {
    const user = await createAccount({ name: "Ana", email: "ana@example.test", password: "correct horse battery" });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyCredentials("ana@example.test", "correct horse battery")).toMatchObject({ id: user.id });
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    await createAccount({ name: "Bo", email: "bo@example.test", password: "a long enough phrase" });
    expect(await verifyCredentials("bo@example.test", "wrong password here")).toBeNull();
    expect(await verifyCredentials("nobody@example.test", "a long enough phrase")).toBeNull();
  });

  it("refuses a second account with the same email with a 409", async () => {
    await createAccount({ name: "Cy", email: "cy@example.test", password: "another fine phrase" });
    await expect(createAccount({ name: "Cy2", email: "cy@example.test", password: "another fine phrase" })).rejects.toMatchObject({
      status: 409,
    });
  });

  it("new accounts are learners with learner permissions only", async () => {
    const { id } = await createAccount({ name: "Di", email: "di@example.test", password: "yet another phrase" });
    const viewer = await loadViewer(id);
    expect(viewer?.roles).toEqual(["learner"]);
    expect(viewer?.permissions.has("write:progress:own")).toBe(true);
    expect(viewer?.permissions.has("create:class:own")).toBe(false);
  });

  it("a password change needs the current password and ends older sessions", async () => {
    const { id } = await createAccount({ name: "Ed", email: "ed@example.test", password: "the first phrase" });
    const viewer = (await loadViewer(id))!;
    await expect(changePassword(viewer, "not it", "the second phrase")).rejects.toBeInstanceOf(DataError);
    const version = await changePassword(viewer, "the first phrase", "the second phrase");
    expect(version).toBe(viewer.sessionVersion + 1);
    expect(await verifyCredentials("ed@example.test", "the second phrase")).not.toBeNull();
  });

  it("sign-out everywhere moves the session version on", async () => {
    const viewer = await createViewer();
    await endAllSessions(viewer.id);
    expect((await loadViewer(viewer.id))?.sessionVersion).toBe(1);
  });

  it("deleting an account removes every row that belongs to it", async () => {
    const { id } = await createAccount({ name: "Fay", email: "fay@example.test", password: "delete me please" });
    const viewer = (await loadViewer(id))!;
    await db.studyProgress.create({ data: { userId: id, studyId: "databases/etcd" } });
    await db.bookmark.create({ data: { userId: id, studyId: "databases/etcd", note: "n" } });
    await db.pathEnrollment.create({ data: { userId: id, pathSlug: "foundation-track" } });
    await expect(deleteAccount(viewer, "wrong")).rejects.toMatchObject({ status: 422 });
    await deleteAccount(viewer, "delete me please");
    expect(await db.user.count({ where: { id } })).toBe(0);
    expect(await db.studyProgress.count({ where: { userId: id } })).toBe(0);
    expect(await db.bookmark.count({ where: { userId: id } })).toBe(0);
    expect(await db.pathEnrollment.count({ where: { userId: id } })).toBe(0);
  });

  it("loads a viewer in one statement, with every role and each grant of its roles once", async () => {
    const { id } = await createAccount({ name: "Fay", email: "fay@example.test", password: "a phrase for fay" });
    await db.user.update({ where: { id }, data: { roles: { connect: [{ name: "instructor" }, { name: "admin" }] } } });
    const { result: viewer, queries } = await countQueries(() => loadViewer(id));
    expect(queries).toBe(1);
    expect(viewer?.roles).toEqual(["admin", "instructor", "learner"]);
    const roles = await db.role.findMany({ where: { users: { some: { id } } }, select: { permissions: true } });
    const granted = new Set(roles.flatMap((r) => r.permissions.map((p) => `${p.action}:${p.entity}:${p.access}`)));
    expect([...viewer!.permissions].sort()).toEqual([...granted].sort());
    expect(await loadViewer("no-such-user")).toBeNull();
  });
});

describe("roles", () => {
  it("only admins can list users or change roles", async () => {
    const learner = await createViewer(["learner"]);
    await expect(listUsers(learner, "")).rejects.toMatchObject({ status: 403 });
    await expect(setRole(learner, learner.id, "instructor", true)).rejects.toMatchObject({ status: 403 });
  });

  it("granting instructor takes effect on the next load and ends the target's sessions", async () => {
    const admin = await createViewer(["learner", "admin"]);
    const learner = await createViewer(["learner"]);
    await setRole(admin, learner.id, "instructor", true);
    const after = await loadViewer(learner.id);
    expect(after?.roles).toContain("instructor");
    expect(after?.permissions.has("create:class:own")).toBe(true);
    expect(after?.sessionVersion).toBe(1);
  });

  it("the last admin cannot remove their own admin role", async () => {
    await db.user.deleteMany({ where: { roles: { some: { name: "admin" } } } });
    const admin = await createViewer(["learner", "admin"]);
    await expect(setRole(admin, admin.id, "admin", false)).rejects.toMatchObject({ status: 409 });
    const other = await createViewer(["learner", "admin"]);
    await setRole(admin, admin.id, "admin", false);
    expect((await loadViewer(admin.id))?.roles).not.toContain("admin");
    expect((await loadViewer(other.id))?.roles).toContain("admin");
  });
});
