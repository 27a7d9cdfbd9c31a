/**
 * The instructor's roster of a class of 200 learners x 5 assignments (four
 * built-in paths and a custom one; each learner has completed a different
 * share of the assigned studies): listClassRoster's latency and query count,
 * the CSV export built from it, and a learner's own view of their classes.
 *
 * Runs in a child process: lib/db keeps one client per process, and other
 * benchmarks in the same `npm run bench` process end theirs when they finish.
 */
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import { measure, type Benchmark, type BenchRow } from "../lib/bench-kit";

const LEARNERS = 200;
const RUNS = 200;

async function worker(databaseUrl: string): Promise<BenchRow[]> {
  process.env.DATABASE_URL = databaseUrl;
  const pg = (await import("pg")).default;
  const { db, pool } = await import("../../lib/db");
  const { getCatalog } = await import("../../lib/content/catalog");
  const { createClass } = await import("../../lib/data/classes");
  const { assignPath } = await import("../../lib/data/assignments");
  const { listClassRoster } = await import("../../lib/data/class-roster");
  const { listMyClasses } = await import("../../lib/data/memberships");
  const { createCustomPath } = await import("../../lib/data/custom-paths");
  const { rosterCsv } = await import("../../lib/learning/roster");
  const { loadViewer } = await import("../../lib/data/users");

  const instructorRow = await db.user.create({
    data: { email: "instructor@bench.test", name: "Bench Instructor", passwordHash: "x", roles: { connect: [{ name: "learner" }, { name: "instructor" }] } },
  });
  const instructor = (await loadViewer(instructorRow.id))!;
  const { id: classId } = await createClass(instructor, "Bench class");
  const due = new Date(Date.now() + 21 * 86_400_000);
  for (const slug of ["foundation-track", "data-track", "databases", "infrastructure"]) {
    await assignPath(instructor, classId, { kind: "built-in", slug }, due);
  }
  const extra = getCatalog().studies.slice(0, 8).map((s) => s.id);
  const { id: pathId } = await createCustomPath(instructor, { title: "Extra reading", description: "", steps: extra });
  await assignPath(instructor, classId, { kind: "custom", id: pathId }, null);
  const roster = (await listClassRoster(instructor, classId))!;
  const studies = [...new Set(roster.assignments.flatMap((a) => a.path.steps.map((s) => s.id)))];

  const users = Array.from({ length: LEARNERS }, (_, i) => ({
    id: crypto.randomUUID(),
    email: `learner-${i}@bench.test`,
    name: `Learner ${String(i).padStart(3, "0")}`,
    passwordHash: "x",
  }));
  await db.user.createMany({ data: users });
  await db.$executeRaw`INSERT INTO "_RoleToUser" ("A", "B") SELECT 'role_learner', "id" FROM "User" WHERE "email" LIKE 'learner-%@bench.test'`;
  await db.classMembership.createMany({ data: users.map((u) => ({ classId, userId: u.id })) });
  await db.studyProgress.createMany({
    data: users.flatMap((u, i) =>
      studies.slice(0, i % (studies.length + 1)).map((studyId) => ({ userId: u.id, studyId, status: "COMPLETED" as const, completedAt: new Date() })),
    ),
  });
  const learner = (await loadViewer(users[LEARNERS - 1]!.id))!;

  const original = pg.Client.prototype.query;
  let queries = 0;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    queries += 1;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  await listClassRoster(instructor, classId);
  pg.Client.prototype.query = original;

  const runs = Array.from({ length: RUNS });
  const label = `${LEARNERS} learners x ${roster.assignments.length} paths`;
  const loaded = (await listClassRoster(instructor, classId))!;
  const rows: BenchRow[] = [
    { case: `listClassRoster, ${label}`, ...(await measure(runs, () => listClassRoster(instructor, classId))), extra: `${queries} queries` },
    { case: `rosterCsv, ${label}`, ...(await measure(runs, () => rosterCsv(loaded.assignments, loaded.rows))) },
    { case: "listMyClasses, one learner of that class", ...(await measure(runs, () => listMyClasses(learner))) },
  ];
  await db.$disconnect();
  await pool.end();
  return rows;
}

const bench: Benchmark = {
  name: "roster",
  async run(ctx) {
    const url = await ctx.createDatabase();
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", import.meta.filename, url], {
        stdio: ["ignore", "pipe", "inherit"],
      });
      let out = "";
      child.stdout.on("data", (chunk) => (out += chunk));
      child.on("exit", (code) => {
        const line = out.trim().split("\n").at(-1) ?? "";
        if (code === 0 && line.startsWith("[")) resolve(JSON.parse(line) as BenchRow[]);
        else reject(new Error(`roster bench worker exited with ${code}: ${out.slice(-500)}`));
      });
    });
  },
};
export default bench;

if (process.argv[1] === import.meta.filename && process.argv[2]) {
  console.log(JSON.stringify(await worker(process.argv[2])));
}
