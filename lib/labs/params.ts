import { z } from "zod";
import { SEED_MAX } from "./random";

/**
 * The most work one run may do. A server re-runs a learner's parameters, so
 * every schema estimates the steps a run will take (a step is one request,
 * key lookup or partition tick, each well under a microsecond; a Raft message
 * counts as two) and refuses anything above this, which keeps a run to about a
 * second on one core.
 */
export const MAX_STEPS = 2_000_000;

const number = (value: number) => value.toLocaleString("en-US");

interface Range {
  /** How the field reads at the start of a sentence: "Nodes", "The mean lag". */
  label: string;
  min: number;
  max: number;
  unit?: string;
}

const rangeMessage = (kind: string, { label, min, max, unit }: Range) =>
  `${label} must be ${kind} from ${number(min)} to ${number(max)}${unit ? ` ${unit}` : ""}`;

/** What a form needs to draw a field: kept on the field's schema (zod's metadata), read by `controlsOf`. */
export type Control =
  | { kind: "whole" | "decimal"; label: string; min: number; max: number; unit?: string }
  | { kind: "choice"; label: string; options: readonly string[] };

/** One message for every way the value can be wrong, since each says the same thing: the range. */
export function wholeNumber(range: Range) {
  const message = rangeMessage("a whole number", range);
  const control: Control = { kind: "whole", ...range };
  return z.number({ error: message }).int(message).min(range.min, message).max(range.max, message).meta({ control });
}

export function decimal(range: Range) {
  const message = rangeMessage("a number", range);
  const control: Control = { kind: "decimal", ...range };
  return z.number({ error: message }).min(range.min, message).max(range.max, message).meta({ control });
}

export function choice<const T extends readonly [string, ...string[]]>(label: string, options: T) {
  const control: Control = { kind: "choice", label, options };
  return z.enum(options, { error: `${label} must be one of: ${options.join(", ")}` }).meta({ control });
}

/**
 * The fields of a lab's parameters a form can show, in schema order, with
 * their controls. Fields without one (lists of events) keep the lab's default.
 */
export function controlsOf(schema: z.ZodType): { name: string; control: Control }[] {
  if (!(schema instanceof z.ZodObject)) return [];
  return Object.entries(schema.shape as Record<string, z.ZodType>).flatMap(([name, field]) => {
    const control = (field.meta() as { control?: Control } | undefined)?.control;
    return control ? [{ name, control }] : [];
  });
}

export const seedSchema = wholeNumber({ label: "The seed", min: 0, max: SEED_MAX });

type Report = (field: string, message: string) => void;

interface Limits<T> {
  /** About how many steps a run with these parameters takes. */
  steps: (params: T) => number;
  /** What to lower when a run is too big: "Use fewer keys or fewer nodes." */
  advice: string;
  /** Rules between fields (R at most N); each problem is reported against one field. */
  check?: (params: T, report: Report) => void;
}

/**
 * The parameter schema of a lab: the fields, the rules between them, and the
 * work bound. The bound is stated in the schema's description so that whoever
 * reads the schema (a form, an API document) can tell a learner about it.
 */
export function labParameters<Shape extends z.ZodRawShape>(shape: Shape, limits: Limits<z.output<z.ZodObject<Shape>>>) {
  return z
    .object(shape)
    .superRefine((params, ctx) => {
      let consistent = true;
      limits.check?.(params, (field, message) => {
        consistent = false;
        ctx.addIssue({ code: "custom", path: [field], message });
      });
      if (!consistent) return;
      const steps = limits.steps(params);
      if (steps > MAX_STEPS) {
        ctx.addIssue({
          code: "custom",
          path: [],
          message: `This run needs about ${number(Math.ceil(steps))} steps and the limit is ${number(MAX_STEPS)}. ${limits.advice}`,
        });
      }
    })
    .describe(`A run is limited to ${number(MAX_STEPS)} simulation steps.`);
}
