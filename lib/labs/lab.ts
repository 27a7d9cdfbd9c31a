import type { z } from "zod";
import { seedSchema } from "./params";
import type { LabResult } from "./result";

export type StudyId =
  | "infrastructure/consistent-hashing"
  | "databases/amazon-dynamo"
  | "databases/etcd"
  | "monitoring-observability/rate-limiter"
  | "messaging-streaming/kafka"
  | "databases/memcached";

/** What the learner is asked to guess before pressing Run. */
export interface Prediction {
  question: string;
  unit: string;
  /** What governs the number, shown beside the learner's guess and the measurement to explain the gap. */
  insight: string;
}

// Methods rather than function-valued properties: TypeScript compares method
// parameters bivariantly, which lets a lab with specific parameters and result
// sit in a list of labs typed by the general shapes.
export interface Lab<Params, Result extends LabResult> {
  id: string;
  title: string;
  study: StudyId;
  schema: z.ZodType<Params>;
  defaults: Params;
  prediction: Prediction;
  simulate(params: Params, seed: number): Result;
  /** The number from a run that answers the prediction, in the prediction's unit. */
  measure(result: Result): number;
}

export type AnyLab = Lab<unknown, LabResult>;

export interface FieldIssue {
  /** Dotted path of the field ("events.2.atMs"), or "" for the parameters as a whole. */
  field: string;
  message: string;
}

export type LabRun<Params, Result> =
  | { ok: true; params: Params; seed: number; result: Result; measured: number }
  | { ok: false; issues: FieldIssue[] };

/** Validates untrusted parameters and seed (a form, an API body) and runs the lab only if both are valid. */
export function runLab<Params, Result extends LabResult>(
  lab: Lab<Params, Result>,
  input: unknown,
  seed: unknown,
): LabRun<Params, Result> {
  const params = lab.schema.safeParse(input);
  const parsedSeed = seedSchema.safeParse(seed);
  if (!params.success || !parsedSeed.success) {
    const issues = [
      ...(params.error?.issues ?? []).map((issue) => ({ field: issue.path.join("."), message: issue.message })),
      ...(parsedSeed.error?.issues ?? []).map((issue) => ({ field: "seed", message: issue.message })),
    ];
    return { ok: false, issues };
  }
  const result = lab.simulate(params.data, parsedSeed.data);
  return { ok: true, params: params.data, seed: parsedSeed.data, result, measured: lab.measure(result) };
}
