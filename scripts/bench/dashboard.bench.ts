/**
 * The dashboard's read for a learner with 500 progress rows (88 real studies,
 * the rest retired ids), against one with 10: same query count, and latency.
 */
import crypto from "node:crypto";
import { measure, type Benchmark } from "../lib/bench-kit";

const bench: Benchmark = {
  name: "dashboard",
  async run(ctx) {
    process.env.DATABASE_URL = await ctx.createDatabase();
    const { db, pool } = await import("../../lib/db");
    const { getCatalog } = await import("../../lib/content/catalog");
    const { getDashboard } = await import("../../lib/data/dashboard");
    const { getLearnerState } = await import("../../lib/data/progress");
    const { loadViewer } = await import("../../lib/data/users");

    const ids = getCatalog().studies.map((s) => s.id);
    async function learnerWith(rows: number) {
      const user = await db.user.create({
        data: { email: `${crypto.randomUUID()}@bench.test`, name: "Bench", passwordHash: "x", roles: { connect: { name: "learner" } } },
      });
      await db.studyProgress.createMany({
        data: Array.from({ length: rows }, (_, i) => ({
          userId: user.id,
          studyId: i < ids.length ? ids[i]! : `retired/study-${i}`,
          status: i % 2 === 0 ? ("COMPLETED" as const) : ("IN_PROGRESS" as const),
          completedAt: i % 2 === 0 ? new Date(Date.now() - (i % 365) * 86_400_000) : null,
          completedVersion: 1,
        })),
      });
      await db.pathEnrollment.createMany({ data: ["foundation-track", "data-track", "databases"].map((pathSlug) => ({ userId: user.id, pathSlug })) });
      return (await loadViewer(user.id))!;
    }
    const small = await learnerWith(10);
    const large = await learnerWith(500);
    const runs = Array.from({ length: 200 });
    const rows = [
      { case: "getDashboard, 10 progress rows", ...(await measure(runs, () => getDashboard(small))) },
      { case: "getDashboard, 500 progress rows", ...(await measure(runs, () => getDashboard(large))) },
      { case: "/api/me/state read, 500 progress rows", ...(await measure(runs, () => getLearnerState(large))) },
    ];
    await db.$disconnect();
    await pool.end();
    return rows;
  },
};
export default bench;
