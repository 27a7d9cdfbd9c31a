import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { exportMyData } from "@/lib/data/export";
import { listRecentLabRuns, saveLabRun } from "@/lib/data/lab-runs";
import { createAccount, deleteAccount, loadViewer } from "@/lib/data/users";
import { findLab, runLab } from "@/lib/labs";
import { createViewer } from "./factories";

const session = vi.hoisted(() => ({ viewer: null as import("@/lib/data/viewer").Viewer | null }));
vi.mock("@/lib/auth/session", () => ({ getViewer: async () => session.viewer }));
const { saveLabRunAction } = await import("@/app/case-studies/actions");

// The quickest lab (a few milliseconds a run), so the rate-limit test stays fast.
const LAB = findLab("consumer-group-rebalance")!;
const DEFAULTS = LAB.defaults as Record<string, unknown>;

describe("saving a lab run", () => {
  it("stores the prediction with the server's own run of the parameters and seed, never a measurement sent to it", async () => {
    const viewer = await createViewer();
    const expected = runLab(LAB, DEFAULTS, 7);
    if (!expected.ok) throw new Error("the defaults must run");
    const saved = await saveLabRun(viewer, { labId: LAB.id, params: { ...DEFAULTS, measured: 123 }, seed: 7, predicted: 3000 });
    expect(saved.measured).toBe(expected.measured);
    const row = await db.labRun.findUniqueOrThrow({ where: { id: saved.id } });
    expect(row).toMatchObject({ userId: viewer.id, labId: LAB.id, seed: 7, predicted: 3000, measured: expected.measured });
    // What is kept is the validated parameters: the stray field is gone.
    expect(row.params).toEqual(expected.params);
  });

  it("refuses an unknown lab, parameters the schema refuses and a prediction that is not a number, writing nothing", async () => {
    const viewer = await createViewer();
    await expect(saveLabRun(viewer, { labId: "no-such-lab", params: DEFAULTS, seed: 1, predicted: 1 })).rejects.toMatchObject({ status: 404 });
    await expect(saveLabRun(viewer, { labId: LAB.id, params: { ...DEFAULTS, topics: 0 }, seed: 1, predicted: 1 })).rejects.toMatchObject({
      status: 422,
      message: expect.stringContaining("Topics must be a whole number from 1 to 20"),
    });
    await expect(saveLabRun(viewer, { labId: LAB.id, params: DEFAULTS, seed: -1, predicted: 1 })).rejects.toMatchObject({ status: 422 });
    await expect(saveLabRun(viewer, { labId: LAB.id, params: DEFAULTS, seed: 1, predicted: Number.NaN })).rejects.toMatchObject({ status: 422 });
    expect(await db.labRun.count({ where: { userId: viewer.id } })).toBe(0);
  });

  it("allows 30 saved runs a minute per learner, then answers 429 with the wait", async () => {
    const viewer = await createViewer();
    for (let i = 0; i < 30; i++) await saveLabRun(viewer, { labId: LAB.id, params: DEFAULTS, seed: i, predicted: 1 });
    await expect(saveLabRun(viewer, { labId: LAB.id, params: DEFAULTS, seed: 99, predicted: 1 })).rejects.toMatchObject({
      status: 429,
      message: expect.stringMatching(/^Too many runs saved in a minute\. Try again in (\d+ seconds?|about a minute)\.$/),
    });
    // Another learner behind the same school address is not affected: the limit is per account.
    const classmate = await createViewer();
    await expect(saveLabRun(classmate, { labId: LAB.id, params: DEFAULTS, seed: 1, predicted: 1 })).resolves.toMatchObject({ labId: LAB.id });
    expect(await db.labRun.count({ where: { userId: viewer.id } })).toBe(30);
  });

  it("lists a learner's own runs only, newest first, and leaves out labs that no longer exist", async () => {
    const [ana, bo] = [await createViewer(), await createViewer()];
    const first = await saveLabRun(ana, { labId: LAB.id, params: DEFAULTS, seed: 1, predicted: 10 });
    const second = await saveLabRun(ana, { labId: "consistent-hashing-ring", params: findLab("consistent-hashing-ring")!.defaults, seed: 1, predicted: 9 });
    await saveLabRun(bo, { labId: LAB.id, params: DEFAULTS, seed: 1, predicted: 5 });
    await db.labRun.create({ data: { userId: ana.id, labId: "a-retired-lab", params: {}, seed: 1, predicted: 1 } });
    const runs = await listRecentLabRuns(ana);
    expect(runs.map((r) => r.id)).toEqual([second.id, first.id]);
    expect(runs[0]).toMatchObject({ labTitle: "Keys moved and load balance on a hash ring", studyId: "infrastructure/consistent-hashing", unit: "%" });
  });

  it("is in the data export and goes with the account", async () => {
    const { id } = await createAccount({ name: "Lab Learner", email: "lab-learner@example.test", password: "runs and predictions" });
    const viewer = (await loadViewer(id))!;
    await saveLabRun(viewer, { labId: LAB.id, params: DEFAULTS, seed: 3, predicted: 2500 });
    const exported = await exportMyData(viewer);
    expect(exported.labRuns).toEqual([expect.objectContaining({ labId: LAB.id, seed: 3, predicted: 2500 })]);
    await deleteAccount(viewer, "runs and predictions");
    expect(await db.labRun.count({ where: { userId: id } })).toBe(0);
  });
});

describe("saveLabRunAction, by who calls it", () => {
  const input = { labId: LAB.id, params: DEFAULTS, seed: 1, predicted: 3000 };

  it("asks a visitor to sign in, and saves nothing", async () => {
    session.viewer = null;
    const before = await db.labRun.count();
    expect(await saveLabRunAction(input)).toEqual({ ok: false, status: 401, message: "Sign in to keep your predictions and results" });
    expect(await db.labRun.count()).toBe(before);
  });

  it("saves a learner's run as theirs, whatever user id the call carries", async () => {
    const [learner, other] = [await createViewer(["learner"]), await createViewer(["learner"])];
    session.viewer = learner;
    const result = await saveLabRunAction({ ...input, userId: other.id });
    expect(result).toMatchObject({ ok: true });
    expect(await db.labRun.count({ where: { userId: learner.id } })).toBe(1);
    expect(await db.labRun.count({ where: { userId: other.id } })).toBe(0);
  });

  it("refuses an account without the learner role (403), and malformed input (400)", async () => {
    session.viewer = await createViewer(["admin"]);
    expect(await saveLabRunAction(input)).toMatchObject({ ok: false, status: 403 });
    session.viewer = await createViewer(["learner"]);
    expect(await saveLabRunAction({ ...input, predicted: "a lot" })).toEqual({ ok: false, status: 400, message: "A prediction must be a number." });
    expect(await saveLabRunAction("not an object")).toMatchObject({ ok: false, status: 400 });
  });
});
