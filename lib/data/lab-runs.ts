import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { describeWait, takeLabRunSave } from "@/lib/auth/rate-limit";
import { db } from "@/lib/db";
import { findLab, runLab } from "@/lib/labs";
import { DataError } from "./errors";
import { assertCan, type Viewer } from "./viewer";

/** How many of a learner's runs the dashboard lists, newest first. */
export const RECENT_LAB_RUNS = 10;

export type SavedLabRun = {
  id: string;
  labId: string;
  labTitle: string;
  studyId: string;
  unit: string;
  predicted: number;
  /** What the server's own run measured; null when the run never got there. */
  measured: number | null;
  seed: number;
  createdAt: Date;
};

/**
 * Saves a learner's prediction with the run that answers it. The run is done
 * here, from the parameters and seed (the simulations are deterministic):
 * a measurement sent by the browser is never taken. Rate-limited per learner,
 * since each run can cost up to a second of CPU.
 */
export async function saveLabRun(viewer: Viewer, input: { labId: string; params: unknown; seed: unknown; predicted: number }): Promise<SavedLabRun> {
  assertCan(viewer, "write", "lab-run", "own");
  const lab = findLab(input.labId);
  if (!lab) throw new DataError(404, `There is no lab '${input.labId}'`);
  if (!Number.isFinite(input.predicted)) throw new DataError(422, "A prediction must be a number.");
  const limited = await takeLabRunSave(viewer.id);
  if (limited) throw new DataError(429, `Too many runs saved in a minute. Try again in ${describeWait(limited)}.`);
  const run = runLab(lab, input.params, input.seed);
  if (!run.ok) throw new DataError(422, run.issues.map((i) => i.message).join(" "));
  const measured = Number.isFinite(run.measured) ? run.measured : null;
  const row = await db.labRun.create({
    data: { userId: viewer.id, labId: lab.id, params: run.params as Prisma.InputJsonValue, seed: run.seed, predicted: input.predicted, measured },
    select: { id: true, createdAt: true },
  });
  return { id: row.id, labId: lab.id, labTitle: lab.title, studyId: lab.study, unit: lab.prediction.unit, predicted: input.predicted, measured, seed: run.seed, createdAt: row.createdAt };
}

/** The viewer's most recent runs of labs that still exist, newest first. */
export async function listRecentLabRuns(viewer: Viewer, take = RECENT_LAB_RUNS): Promise<SavedLabRun[]> {
  assertCan(viewer, "read", "lab-run", "own");
  const rows = await db.labRun.findMany({
    where: { userId: viewer.id },
    select: { id: true, labId: true, predicted: true, measured: true, seed: true, createdAt: true },
    orderBy: { createdAt: "desc" },
    take: take * 2,
  });
  return rows
    .flatMap((r) => {
      const lab = findLab(r.labId);
      return lab ? [{ ...r, labTitle: lab.title, studyId: lab.study, unit: lab.prediction.unit }] : [];
    })
    .slice(0, take);
}
