/**
 * Demo data: three accounts with a published password, and some progress so
 * the learner's pages are not empty. Runs by itself only on the embedded
 * database; against DATABASE_URL only through `npm run db:seed`.
 */
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../generated/prisma/client";
import { hashPassword } from "../lib/auth/password";

export const DEMO_PASSWORD = "demo-password-123";
export const DEMO_ACCOUNTS = [
  { email: "admin@example.com", name: "Ada Admin", roles: ["learner", "instructor", "admin"] },
  { email: "instructor@example.com", name: "Ian Instructor", roles: ["learner", "instructor"] },
  { email: "learner@example.com", name: "Lena Learner", roles: ["learner"] },
] as const;

const DAY = 24 * 60 * 60 * 1000;

/** Seeds when the database has no users; returns whether it did. */
export async function seedDemo(connectionString: string): Promise<boolean> {
  const pool = new pg.Pool({ connectionString, max: 2, connectionTimeoutMillis: 5_000 });
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  try {
    if ((await prisma.user.count()) > 0) return false;
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const users: Record<string, string> = {};
    for (const account of DEMO_ACCOUNTS) {
      const user = await prisma.user.create({
        data: {
          email: account.email,
          name: account.name,
          passwordHash,
          // example.com is reserved (RFC 2606): no one else can own these addresses, so the demo shows verified accounts.
          emailVerifiedAt: new Date(),
          roles: { connect: account.roles.map((name) => ({ name })) },
        },
      });
      users[account.email] = user.id;
    }
    const learner = users["learner@example.com"]!;
    const now = Date.now();
    await prisma.studyProgress.createMany({
      data: [
        {
          userId: learner,
          studyId: "infrastructure/url-shortener",
          status: "COMPLETED",
          startedAt: new Date(now - 9 * DAY),
          completedAt: new Date(now - 8 * DAY),
          completedVersion: 1,
        },
        { userId: learner, studyId: "databases/key-value-store", status: "IN_PROGRESS", startedAt: new Date(now - 2 * DAY) },
      ],
    });
    await prisma.bookmark.create({
      data: {
        userId: learner,
        studyId: "infrastructure/consistent-hashing",
        note: "Read before the key-value store: virtual nodes and rebalancing.",
      },
    });
    await prisma.pathEnrollment.create({
      data: { userId: learner, pathSlug: "foundation-track", startedAt: new Date(now - 9 * DAY) },
    });
    // A class so the instructor's pages and the learner's assignments are not empty.
    const instructor = users["instructor@example.com"]!;
    await prisma.class.create({
      data: {
        name: "Distributed Systems Study Group",
        joinCode: "DEMQ7K2P",
        createdById: instructor,
        instructors: { create: { userId: instructor } },
        members: { create: { userId: learner, joinedAt: new Date(now - 9 * DAY) } },
        assignments: {
          create: [
            { pathSlug: "foundation-track", dueAt: new Date(now + 14 * DAY) },
            { pathSlug: "data-track", dueAt: new Date(now + 35 * DAY) },
          ],
        },
      },
    });
    return true;
  } finally {
    await prisma.$disconnect();
    await pool.end();
  }
}

/** Demo accounts whose password is still the published one (so anyone who reads the README can sign in as them). */
export async function demoAccountsWithPublishedPassword(connectionString: string): Promise<string[]> {
  const { verifyPassword } = await import("../lib/auth/password");
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ email: string; passwordHash: string }>(
      `SELECT email, "passwordHash" FROM "User" WHERE email = ANY($1)`,
      [DEMO_ACCOUNTS.map((a) => a.email)],
    );
    const exposed: string[] = [];
    for (const row of rows) if (await verifyPassword(row.passwordHash, DEMO_PASSWORD)) exposed.push(row.email);
    return exposed;
  } finally {
    await client.end();
  }
}
