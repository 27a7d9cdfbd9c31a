import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getCatalog } from "@/lib/content/catalog";
import { getDashboard } from "@/lib/data/dashboard";
import { getLearnerState, setStudyCompleted } from "@/lib/data/progress";
import { startPath } from "@/lib/data/paths";
import { createViewer } from "./factories";
import { countQueries } from "./query-count";

/** `n` progress rows: real studies first, then ids of studies no longer in the catalog. */
async function seedProgress(userId: string, n: number) {
  const ids = getCatalog().studies.map((s) => s.id);
  const rows = Array.from({ length: n }, (_, i) => ({
    userId,
    studyId: i < ids.length ? ids[i]! : `retired/study-${i}`,
    status: i % 2 === 0 ? ("COMPLETED" as const) : ("IN_PROGRESS" as const),
    completedAt: i % 2 === 0 ? new Date(Date.now() - i * 86_400_000) : null,
    completedVersion: i % 2 === 0 ? 1 : null,
  }));
  await db.studyProgress.createMany({ data: rows });
}

describe("dashboard reads", () => {
  it("use the same number of queries at 10 and at 500 progress rows", async () => {
    const small = await createViewer();
    const large = await createViewer();
    await seedProgress(small.id, 10);
    await seedProgress(large.id, 500);
    await getDashboard(small); // warm the content model and the connection pool
    const a = await countQueries(() => getDashboard(small));
    const b = await countQueries(() => getDashboard(large));
    expect(a.queries).toBe(b.queries);
    expect(a.queries).toBeLessThanOrEqual(3);
    const s1 = await countQueries(() => getLearnerState(small));
    const s2 = await countQueries(() => getLearnerState(large));
    expect(s1.queries).toBe(s2.queries);
    expect(b.result.totals.completed).toBe(Math.ceil(getCatalog().studies.length / 2));
  });

  it("reflects completions, paths and pattern coverage from the content model", async () => {
    const viewer = await createViewer();
    const path = getCatalog().pathBySlug.get("foundation-track")!;
    await startPath(viewer, path.slug);
    await setStudyCompleted(viewer, path.steps[0]!, true);
    let d = await getDashboard(viewer);
    expect(d.pathsInProgress.map((p) => [p.path.slug, p.progress.percent])).toEqual([["foundation-track", 33]]);
    expect(d.activity.total).toBe(1);
    expect(d.patterns.covered).toEqual(expect.arrayContaining(getCatalog().studyById.get(path.steps[0]!)!.patterns));
    expect(d.patterns.next?.closes.length).toBeGreaterThan(0);
    for (const step of path.steps.slice(1)) await setStudyCompleted(viewer, step, true);
    d = await getDashboard(viewer);
    expect(d.pathsInProgress).toEqual([]);
    expect(d.completedPaths.map((p) => p.path.slug)).toEqual(["foundation-track"]);
  });

  it("flags completed studies revised since", async () => {
    const viewer = await createViewer();
    const study = getCatalog().studyById.get("infrastructure/url-shortener")!;
    await db.studyProgress.create({
      data: { userId: viewer.id, studyId: study.id, status: "COMPLETED", completedAt: new Date(), completedVersion: study.version - 1 },
    });
    expect((await getDashboard(viewer)).updatedSinceCompleted.map((s) => s.id)).toEqual([study.id]);
  });
});
