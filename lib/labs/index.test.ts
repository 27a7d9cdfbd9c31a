import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { controlsOf, findLab, labs, labsForStudy, MAX_STEPS, runLab } from "./index";

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

  it("describes every number and choice of every lab for a form, with the bounds its schema enforces", () => {
    for (const lab of labs) {
      const controls = controlsOf(lab.schema);
      const defaults = lab.defaults as Record<string, unknown>;
      const scalars = Object.keys(defaults).filter((name) => !Array.isArray(defaults[name]));
      expect(controls.map((c) => c.name), lab.id).toEqual(scalars);
      for (const { name, control } of controls) {
        if (control.kind === "choice") {
          expect(control.options, `${lab.id}.${name}`).toContain(defaults[name]);
          continue;
        }
        const value = defaults[name] as number;
        expect(value, `${lab.id}.${name}`).toBeGreaterThanOrEqual(control.min);
        expect(value, `${lab.id}.${name}`).toBeLessThanOrEqual(control.max);
        // The bounds a form shows are the ones the schema refuses beyond.
        const above = runLab(lab, { ...defaults, [name]: control.max + (control.kind === "whole" ? 1 : control.max * 0.01 + 1) }, 1);
        expect(!above.ok && above.issues.some((i) => i.field === name), `${lab.id}.${name} above its max`).toBe(true);
      }
    }
  });

  it("places every lab once, in the study that teaches it, and no study names a lab that does not exist", () => {
    const root = path.resolve(import.meta.dirname, "../../content/studies");
    const placed = new Map<string, string[]>();
    for (const domain of readdirSync(root)) {
      for (const file of readdirSync(path.join(root, domain))) {
        const study = `${domain}/${file.replace(/\.mdx$/, "")}`;
        for (const [, id] of readFileSync(path.join(root, domain, file), "utf8").matchAll(/<Lab\s+id="([^"]+)"/g)) placed.set(id!, [...(placed.get(id!) ?? []), study]);
      }
    }
    for (const lab of labs) expect(placed.get(lab.id), lab.id).toEqual([lab.study]);
    expect([...placed.keys()].filter((id) => !findLab(id))).toEqual([]);
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
