import crypto from "node:crypto";
import { db } from "@/lib/db";
import { loadViewer } from "@/lib/data/users";
import type { RoleName, Viewer } from "@/lib/data/viewer";

/** A user with the given roles, created directly (password hashing is tested separately). */
export async function createViewer(roles: RoleName[] = ["learner"], name = "Test User"): Promise<Viewer> {
  const user = await db.user.create({
    data: {
      email: `${crypto.randomBytes(5).toString("hex")}@example.test`,
      name,
      passwordHash: "not-a-hash",
      roles: { connect: roles.map((r) => ({ name: r })) },
    },
    select: { id: true },
  });
  const viewer = await loadViewer(user.id);
  const { sessionVersion: _sv, ...rest } = viewer!;
  return { ...rest, authTime: Math.floor(Date.now() / 1000) };
}
