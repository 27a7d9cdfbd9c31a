import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { demoAccountsWithPublishedPassword, seedDemo } from "@/prisma/demo-seed";

describe("demo accounts on a public address", () => {
  it("are found while they keep the published password, and not once it is changed", async () => {
    const url = process.env.DATABASE_URL!;
    expect(await seedDemo(url)).toBe(true);
    expect((await demoAccountsWithPublishedPassword(url)).sort()).toEqual(["admin@example.com", "instructor@example.com", "learner@example.com"]);
    await db.user.update({ where: { email: "admin@example.com" }, data: { passwordHash: await hashPassword("a private admin phrase") } });
    expect((await demoAccountsWithPublishedPassword(url)).sort()).toEqual(["instructor@example.com", "learner@example.com"]);
  });
});
