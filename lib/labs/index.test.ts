import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findLab, labs, labsForStudy, MAX_STEPS, runLab } from "./index";

describe("the lab registry", () => {
  it("gives every lab a unique kebab-case id and a study that exists", () => {
    expect(new Set(labs.map((lab) => lab.id)).size).toBe(labs.length);
    for (const lab of labs) {
      expect(lab.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(existsSync(path.resolve(import.meta.dirname, "../../content/studies", `${lab.study}.mdx`)), lab.study).toBe(true);
    }
    expect(labsForStudy("databases/memcached").map((lab) => lab.id)).toEqual(["cache-hit-ratio", "cache-stampede"]);
    expect(findLab("raft-partition")?.study).toBe("databases/etcd");
    expect(findLab("nope")).toBeUndefined();
  });

  it("states the step limit in every schema", () => {
    for (const lab of labs) expect(lab.schema.description).toBe(`A run is limited to ${MAX_STEPS.toLocaleString("en-US")} simulation steps.`);
  });

  it.each(labs.map((lab) => [lab.id, lab] as const))("%s: the defaults validate, run, and answer the prediction with a number", (_, lab) => {
    const run = runLab(lab, lab.defaults, 1);
    if (!run.ok) throw new Error(JSON.stringify(run.issues));
    expect(run.params).toEqual(lab.defaults);
    expect(Number.isFinite(run.measured)).toBe(true);
    expect(lab.prediction.question).toMatch(/\?$/);
    expect(run.result.metrics.length).toBeGreaterThan(0);
    for (const figure of run.result.figures) {
      expect(figure.chart.series.length, figure.id).toBeGreaterThan(0);
      for (const series of figure.chart.series) expect(series.points.length, `${figure.id}: ${series.name}`).toBeGreaterThan(0);
      for (const row of figure.table.rows) expect(row, figure.id).toHaveLength(figure.table.columns.length);
    }
  });

  it.each(labs.map((lab) => [lab.id, lab] as const))("%s: bad input gets messages, not an exception", (_, lab) => {
    const run = runLab(lab, { ...(lab.defaults as object), unexpected: true, [Object.keys(lab.defaults as object)[0]!]: "many" }, -1);
    expect(run.ok).toBe(false);
    if (run.ok) return;
    expect(run.issues.map((issue) => issue.field)).toEqual([Object.keys(lab.defaults as object)[0], "seed"]);
    expect(run.issues.at(-1)?.message).toBe("The seed must be a whole number from 0 to 4,294,967,295");
    expect(runLab(lab, null, 1).ok).toBe(false);
  });
});
